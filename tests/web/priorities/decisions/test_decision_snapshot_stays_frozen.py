"""A decision keeps the criteria, weights and scores it was taken on, whatever changes later.

It is never edited or deleted; earlier decisions stay in the list, newest first.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from styra.web.priorities.decisions.models import Decision, FrozenDecisionError, StrategicWeight
from styra.web.priorities.decisions.services import ranking_from
from styra.web.radighet.services import change_level
from tests.focus.documents import make_pdf

from .conftest import BASE, SECRET_REFERENCE, text_of

POST = {
    "utmaning": "30",
    "fokusglapp": "15",
    "radighet": "15",
    "havstang": "20",
    "strategisk": "10",
    "medborgare": "10",
    "topp": "3",
    "goals": ["14", "4"],
    "targets": "14-2; 4.1 4.1",
    "body": "Kommunstyrelsen",
    "decided_on": "2026-06-01",
    "reference": "KS 2026/77 § 3",
    "motivation": "Havet och skolan.",
}
PROTOCOL = make_pdf([["Protokoll"]])


def test_recording_freezes_the_basis(client_for, editor_a, org_a):
    StrategicWeight.objects.create(organisation=org_a, goal=14, weight=1.0)
    response = client_for(editor_a).post(f"{BASE}beslut/nytt/", POST)
    decision = Decision.objects.get()
    assert response["Location"] == f"{BASE}beslut/{decision.pk}/"
    assert decision.goals == [4, 14]  # in the order of the ranking: 0.70 before 0.52
    assert decision.targets == ["4.1", "14.2"]  # the catalog's order, once each
    assert decision.created_by == editor_a
    snapshot = decision.snapshot
    assert snapshot["top_n"] == 3 and snapshot["change"] == 0.5
    assert snapshot["weights"]["strategic"] == 0.1
    assert snapshot["dropped"] == ["challenge", "focus_gap", "leverage", "citizens"]
    assert snapshot["used_weights"] == pytest.approx({"mandate": 0.6, "strategic": 0.4})
    goal_14 = next(row for row in snapshot["goals"] if row["goal"] == 14)
    assert goal_14["values"]["strategic"] == 1.0
    assert goal_14["values"]["mandate"] == pytest.approx(0.2)
    assert goal_14["score"] == pytest.approx(0.6 * 0.2 + 0.4 * 1.0)
    assert goal_14["unknown"] == []
    goal_4 = next(row for row in snapshot["goals"] if row["goal"] == 4)
    assert goal_4["unknown"] == ["strategic"] and goal_4["values"]["strategic"] == 0.5
    assert [row["rank"] for row in snapshot["goals"]] == sorted(
        row["rank"] for row in snapshot["goals"]
    )
    assert snapshot["criteria"]["citizens"]["source"] == "no_dialogue"


def test_the_decision_page_shows_the_snapshot_after_the_data_changed(
    client_for, editor_a, viewer_a, org_a
):
    StrategicWeight.objects.create(organisation=org_a, goal=14, weight=1.0)
    client_for(editor_a).post(f"{BASE}beslut/nytt/", POST)
    decision = Decision.objects.get()
    before = text_of(client_for(viewer_a).get(f"{BASE}beslut/{decision.pk}/"))
    frozen = ranking_from(decision.snapshot)

    # Later: the strategic weight goes, rådighet of 14.2 rises, the weights are saved anew.
    StrategicWeight.objects.all().delete()
    change_level(org_a, "14.2", 3, "Egen havsplan antagen.", editor_a)
    client_for(editor_a).post(f"{BASE}spara-vikter/", POST | {"radighet": "100"})

    after = text_of(client_for(viewer_a).get(f"{BASE}beslut/{decision.pk}/"))
    strip = lambda text: text[text.index("<main") : text.index("</main>")]  # noqa: E731
    assert strip(after) == strip(before)
    assert ranking_from(Decision.objects.get().snapshot) == frozen
    live = text_of(client_for(viewer_a).get(BASE))
    assert "Organisationen har inte satt någon strategisk vikt ännu" in live
    assert "Den strategiska vikt organisationen har satt för varje mål." in after


def test_a_decision_is_never_edited_or_deleted(decision_a):
    decision_a.motivation = "Ändrad i efterhand"
    with pytest.raises(FrozenDecisionError):
        decision_a.save()
    with pytest.raises(FrozenDecisionError):
        decision_a.delete()
    assert Decision.objects.get().motivation != "Ändrad i efterhand"


def test_earlier_decisions_are_kept_newest_first(client_for, editor_a, viewer_a, decision_a):
    client_for(editor_a).post(f"{BASE}beslut/nytt/", POST)
    client_for(editor_a).post(
        f"{BASE}beslut/nytt/", POST | {"decided_on": "2025-01-15", "reference": "KS 2025/1"}
    )
    text = text_of(client_for(viewer_a).get(f"{BASE}beslut/"))
    order = [text.index(ref) for ref in ("KS 2026/77 § 3", SECRET_REFERENCE, "KS 2025/1")]
    assert order == sorted(order)  # 1 June 2026, 12 May 2026, 15 January 2025
    assert Decision.objects.count() == 3


def test_the_document_is_kept_privately_and_served_to_members(
    client_for, editor_a, viewer_a, settings
):
    upload = SimpleUploadedFile("protokoll.pdf", PROTOCOL, "application/pdf")
    client_for(editor_a).post(f"{BASE}beslut/nytt/", POST | {"upload": upload})
    decision = Decision.objects.get()
    assert decision.document_name == "protokoll.pdf"
    assert str(settings.PRIVATE_MEDIA_ROOT) in decision.document.path
    response = client_for(viewer_a).get(f"{BASE}beslut/{decision.pk}/dokument/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PROTOCOL
    assert "attachment" in response["Content-Disposition"]
    assert response["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"goals": []}, "Prioriterade mål", "Välj minst ett mål."),
        ({"goals": ["18"]}, "Prioriterade mål", "18"),
        (
            {"targets": "11.1, 11.99, tolv"},
            "Prioriterade delmål",
            "11.99, tolv är inga delmål i Agenda 2030.",
        ),
        (
            {"decided_on": "2099-01-01"},
            "Beslutsdatum",
            "Beslutsdatumet kan inte ligga i framtiden.",
        ),
        ({"decided_on": "igår"}, "Beslutsdatum", ""),
        ({"body": ""}, "Beslutande organ", ""),
        ({"reference": ""}, "Diarienummer eller paragraf", ""),
        ({"motivation": ""}, "Motivering", ""),
        ({"radighet": "900"}, "Rådighet", ""),
        (
            {"upload": SimpleUploadedFile("virus.exe", b"MZ")},
            "Beslutsdokument (valfritt)",
            "Filtypen stöds inte.",
        ),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(
    change, field, message, client_for, editor_a, org_a, settings
):
    response = client_for(editor_a).post(f"{BASE}beslut/nytt/", POST | change)
    assert response.status_code == 400
    text = text_of(response)
    assert "<title>Fel: " in text and "Inget sparades: rätta de här fälten" in text
    assert f"{field}" in text[text.index('id="error-summary"') :] and message in text
    assert not Decision.objects.exists()
    private = settings.PRIVATE_MEDIA_ROOT
    assert not private.exists() or not any(private.rglob("*.*"))


def test_a_failed_save_leaves_no_file(client_for, editor_a, org_a, settings, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("database down")

    monkeypatch.setattr(Decision, "save", fail)
    upload = SimpleUploadedFile("protokoll.pdf", PROTOCOL, "application/pdf")
    with pytest.raises(RuntimeError):
        client_for(editor_a).post(f"{BASE}beslut/nytt/", POST | {"upload": upload})
    assert not any(settings.PRIVATE_MEDIA_ROOT.rglob("*.pdf"))
