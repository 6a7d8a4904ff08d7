"""A workshop with two participants: their weights and points aggregate as the core says,
each participant has one entry (the latest answer counts), points are validated and a
closed workshop takes no answers."""

import pytest

from styra.web.priorities.decisions.criteria import assemble
from styra.web.priorities.decisions.models import WorkshopEntry
from styra.web.priorities.decisions.services import workshop_summary

from .conftest import BASE, TOKEN, text_of

WORKSHOP = f"{BASE}workshop/{TOKEN}/"
ZERO = dict.fromkeys(
    ["utmaning", "fokusglapp", "radighet", "havstang", "strategisk", "medborgare"], "0"
)


def test_two_participants_aggregate(client_for, editor_a, viewer_a, workshop_a, org_a):
    editor, viewer = client_for(editor_a), client_for(viewer_a)
    # Editor: rådighet 30, strategisk 10 → 0.75 / 0.25; viewer: rådighet 50, utmaning 50.
    for client, part, data in (
        (editor, "vikter", ZERO | {"radighet": "30", "strategisk": "10"}),
        (viewer, "vikter", ZERO | {"radighet": "50", "utmaning": "50"}),
        (editor, "poang", {"mal_13": "6", "mal_4": "4"}),
        (viewer, "poang", {"mal_13": "10"}),
    ):
        assert client.post(f"{WORKSHOP}{part}/", data).status_code == 302

    summary = workshop_summary(workshop_a, assemble(org_a))
    assert summary.participants == ["Erik Ek", "Vera Vik"]
    assert summary.weight_count == 2 and summary.vote_count == 2
    spread = {row.label: row for row in summary.spread}
    assert spread["Rådighet"].mean == pytest.approx(62.5)  # (75 + 50) / 2 per cent
    assert (spread["Rådighet"].minimum, spread["Rådighet"].maximum) == pytest.approx((50, 75))
    assert spread["Rådighet"].stdev == pytest.approx(12.5)
    assert spread["Utmaning"].median == pytest.approx(25)
    assert summary.mean_weights["strategic"] == pytest.approx(0.125)
    assert [(v.goal, v.total, v.supporters) for v in summary.votes] == [(13, 16, 2), (4, 4, 1)]
    assert summary.votes[0].share == pytest.approx(80)
    assert summary.ranking is not None and summary.ranking.top_n == 5

    text = text_of(editor.get(f"{WORKSHOP}sammanstallning/", headers={"HX-Request": "true"}))
    assert "2 deltagare har svarat: Erik Ek, Vera Vik." in text
    assert "Mål 13: Bekämpa klimatförändringen" in text and "80 %" in text


def test_a_participant_has_one_entry_and_the_latest_answer_counts(client_for, viewer_a, workshop_a):
    viewer = client_for(viewer_a)
    viewer.post(f"{WORKSHOP}vikter/", ZERO | {"radighet": "50"})
    viewer.post(f"{WORKSHOP}poang/", {"mal_1": "3"})
    viewer.post(f"{WORKSHOP}vikter/", ZERO | {"utmaning": "20", "radighet": "10"})
    entry = WorkshopEntry.objects.get()
    assert entry.weights["challenge"] == 0.2 and entry.weights["mandate"] == 0.1
    assert entry.votes == {"1": 3}  # the points stay when the weights change
    page = text_of(viewer.get(WORKSHOP))
    assert 'name="utmaning" value="20"' in page and 'name="mal_1" value="3"' in page


@pytest.mark.parametrize(
    ("points", "message"),
    [
        (
            {"mal_13": "8", "mal_11": "4"},
            "Du har gett 12 poäng. Du kan ge högst 10 poäng sammanlagt.",
        ),
        ({}, "Ge minst 1 poäng till något mål."),
        ({"mal_13": "0"}, "Ge minst 1 poäng till något mål."),
        ({"mal_13": "-2", "mal_4": "3"}, "Mål 13: Bekämpa klimatförändringen"),
        ({"mal_13": "2.5"}, "Mål 13: Bekämpa klimatförändringen"),
        ({"mal_13": "tio"}, "Mål 13: Bekämpa klimatförändringen"),
        ({"mal_7": "11"}, "Mål 7: Hållbar energi för alla"),
    ],
)
def test_points_are_validated_and_nothing_is_saved(
    points, message, client_for, viewer_a, workshop_a
):
    response = client_for(viewer_a).post(f"{WORKSHOP}poang/", points)
    assert response.status_code == 400
    text = text_of(response)
    assert "<title>Fel: " in text and message in text[text.index('id="error-summary"') :]
    assert not WorkshopEntry.objects.exists()


def test_weights_all_zero_are_refused(client_for, viewer_a, workshop_a):
    response = client_for(viewer_a).post(f"{WORKSHOP}vikter/", ZERO)
    assert response.status_code == 400
    assert "måste ha en vikt över 0" in text_of(response)
    assert not WorkshopEntry.objects.exists()


def test_a_closed_workshop_takes_no_answers(client_for, editor_a, viewer_a, workshop_a):
    client_for(editor_a).post(f"{WORKSHOP}status/", {"oppen": "0"})
    viewer = client_for(viewer_a)
    response = viewer.post(f"{WORKSHOP}poang/", {"mal_13": "5"}, follow=True)
    assert "Workshoppen är stängd: inga fler svar tas emot." in text_of(response)
    assert not WorkshopEntry.objects.exists()
    page = text_of(viewer.get(WORKSHOP))
    assert "Spara mina poäng" not in page and 'hx-trigger="every' in page
    client_for(editor_a).post(f"{WORKSHOP}status/", {"oppen": "1"})
    assert viewer.post(f"{WORKSHOP}poang/", {"mal_13": "5"}).status_code == 302


def test_the_aggregate_can_be_paused(client_for, viewer_a, workshop_a):
    """WCAG 2.2.2: content that updates by itself can be paused."""
    viewer = client_for(viewer_a)
    assert 'hx-trigger="every 3s"' in text_of(viewer.get(WORKSHOP))
    paused = text_of(viewer.get(f"{WORKSHOP}?pausa"))
    assert "hx-trigger" not in paused and "Starta uppdateringen igen" in paused
