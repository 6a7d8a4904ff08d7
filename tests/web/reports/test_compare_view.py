"""The comparison page: a frozen version against the live document (the default) or two
frozen versions; a bad choice in the URL names the field and shows nothing of another
organisation."""

from styra.web.radighet.services import change_level
from styra.web.reports.models import ReportVersion

from .conftest import BASE, text_of


def freeze(client, label: str) -> ReportVersion:
    assert client.post(f"{BASE}frys/", {"label": label}).status_code == 302
    return ReportVersion.objects.get(label=label)


def test_without_versions_there_is_nothing_to_compare(client_for, viewer_a, org_a):
    response = client_for(viewer_a).get(f"{BASE}jamfor/")
    assert response.status_code == 200
    assert "Ingen version är fryst ännu." in text_of(response)


def test_a_frozen_version_against_today(client_for, editor_a, org_a, material_a):
    client = client_for(editor_a)
    first = freeze(client, "Beslutad i KS 2025-03-12")
    change_level(org_a, "14.1", 3, "Vi har en egen plan mot övergödning.", editor_a)
    text = text_of(client.get(f"{BASE}jamfor/"))  # default: the newest version → today
    assert "Från Beslutad i KS 2025-03-12 (framtagen" in text and "till Nuläget i dag" in text
    goal14 = text[text.index("Medelnivå för rådighet") :]
    goal14 = goal14[goal14.index("Mål 14:") :].split("</tr>")[0]
    assert "<td>+0,10</td>" in goal14  # one target of ten, from level 2 to level 3
    assert "Utmaning, poäng och rang per mål, före och efter" in text
    assert text.count("<td>±0</td>") >= 17  # the same data: no goal moved
    assert "Median per dimension (0–4), före och efter" in text

    second = freeze(client, "Efter ändringen")
    text = text_of(client.get(f"{BASE}jamfor/?fran={first.pk}&till={second.pk}"))
    assert "Från Beslutad i KS 2025-03-12" in text and "till Efter ändringen" in text


def test_a_bad_choice_names_the_field(client_for, editor_a, editor_b, org_a, org_b):
    mine = ReportVersion.objects.create(organisation=org_a, label="A:s version", content={})
    theirs = ReportVersion.objects.create(
        organisation=org_b, label="Göteborgs hemliga version", content={}
    )
    client = client_for(editor_a)
    for query, field, message in [
        (f"fran={theirs.pk}&till=nu", "fran", "Det finns ingen sådan version."),
        ("fran=abc&till=nu", "fran", "Det finns ingen sådan version."),
        (f"fran={mine.pk}&till={mine.pk}", "till", "Välj två olika versioner."),
        (f"fran={mine.pk}", "till", "Välj en version."),
    ]:
        response = client.get(f"{BASE}jamfor/?{query}")
        assert response.status_code == 400, query
        text = text_of(response)
        assert message in text and f'href="#id_{field}"' in text
        assert "Göteborgs hemliga version" not in text
