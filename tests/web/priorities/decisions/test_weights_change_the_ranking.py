"""The weights decide the order: on the page (GET and the HTMX fragment) and once saved.

No Kolada data here: rådighet (Styra's defaults) and the strategic weights that A
sets are the criteria in use. Goal 4 has the most rådighet (0.83), goal 14 little
(0.2); A gives goal 14 the strategic weight 1 and every other goal 0.
"""

import pytest

from styra.web.priorities.decisions.models import StrategicWeight, WeightSet

from .conftest import BASE, text_of

ALL_ON_MANDATE = "?utmaning=0&fokusglapp=0&radighet=100&havstang=0&strategisk=0&medborgare=0"
ALL_ON_STRATEGY = "?utmaning=0&fokusglapp=0&radighet=0&havstang=0&strategisk=100&medborgare=0"


@pytest.fixture
def strategy_a(org_a, editor_a):
    for goal in range(1, 18):
        StrategicWeight.objects.create(organisation=org_a, goal=goal, weight=float(goal == 14))


def first_row(text: str) -> str:
    table = text.index("Målen rangordnade efter poäng")
    start = text.index("<tbody>", table)
    return text[start : text.index("</tr>", start)]


def test_weights_in_the_address_change_the_order(client_for, viewer_a, strategy_a):
    client = client_for(viewer_a)
    assert "Mål 4: God utbildning för alla" in first_row(text_of(client.get(BASE + ALL_ON_MANDATE)))
    assert "Mål 14: Hav och marina resurser" in first_row(
        text_of(client.get(BASE + ALL_ON_STRATEGY))
    )


def test_the_fragment_holds_only_the_results(client_for, viewer_a, strategy_a):
    response = client_for(viewer_a).get(BASE + ALL_ON_STRATEGY, headers={"HX-Request": "true"})
    text = text_of(response)
    assert "<html" not in text and 'type="range"' not in text
    assert "Mål 14: Hav och marina resurser" in first_row(text)
    assert 'id="prio-status" hx-swap-oob="innerHTML"' in text and "Plats 1: mål 14" in text
    assert "data-spec-json=" in text  # the chart rides on the figure (no script element)
    assert "HX-Request" in response["Vary"]


def test_saved_weights_are_the_organisations_until_changed(client_for, editor_a, strategy_a):
    client = client_for(editor_a)
    text = text_of(client.get(BASE))
    assert "Det här är Styras standardvikter." in text
    response = client.post(
        f"{BASE}spara-vikter/",
        {"utmaning": "0", "fokusglapp": "0", "radighet": "0", "havstang": "0"}
        | {"strategisk": "100", "medborgare": "0"},
    )
    assert response.status_code == 302
    saved = WeightSet.objects.get()
    assert saved.strategic == 1.0 and saved.mandate == 0.0 and saved.saved_by == editor_a
    text = text_of(client.get(BASE))
    assert "Mål 14: Hav och marina resurser" in first_row(text)
    assert "Det här är organisationens sparade vikter." in text
    assert 'name="radighet" value="0"' in text


def test_weights_of_only_what_is_missing_are_refused(client_for, viewer_a, strategy_a):
    """Only leverage weighs, and A has no matrix: the error says so; the ranking still shows."""
    only_leverage = "?utmaning=0&fokusglapp=0&radighet=0&havstang=100&strategisk=0&medborgare=0"
    response = client_for(viewer_a).get(BASE + only_leverage)
    text = text_of(response)
    assert (
        "Minst ett av kriterierna som räknas (rådighet, strategisk vikt) måste ha en vikt över 0."
        in text
    )
    assert "Rangordningen nedan bygger på Styras standardvikter." in text
    assert text.startswith("<!doctype html>") and "<title>Fel: " in text


@pytest.mark.parametrize(
    ("query", "field"),
    [("?utmaning=150", "Utmaning"), ("?radighet=-1", "Rådighet"), ("?havstang=mycket", "Hävstång")],
)
def test_bad_weights_in_the_address_name_the_field(query, field, client_for, viewer_a, org_a):
    text = text_of(client_for(viewer_a).get(BASE + query))
    assert f">{field}</a>:" in text and "<title>Fel: " in text


def test_a_saved_weight_on_a_missing_criterion_only_falls_back_to_the_defaults(
    client_for, viewer_a, org_a
):
    WeightSet.objects.create(
        organisation=org_a,
        challenge=0,
        focus_gap=0,
        mandate=0,
        leverage=1,
        strategic=0,
        citizens=0,
    )
    text = text_of(client_for(viewer_a).get(BASE))
    assert "Fel:" not in text and 'name="radighet" value="15"' in text
