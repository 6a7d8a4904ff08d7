"""Focus, samverkan, the prioritisation and the document read one default analysis.

For a kommun (Stockholm) and a region (Region Stockholm) on the real data, each
app's view of the 17 goals — rank, major challenge, year, comparison — is the
one of ``default_analysis``; and the rule for when there is none (Riket, an area
the loaded data does not know) is the same in all four.
"""

import datetime

import pytest
from django.urls import reverse

from styra.priorities import challenge_from_goals
from styra.priorities.criteria import NO_DATA
from styra.web.accounts.models import Role
from styra.web.focus.results import focus_result
from styra.web.nulage import data
from styra.web.nulage.default import default_analysis, goal_challenges
from styra.web.nulage.presentation import RED
from styra.web.organisations.models import Organisation
from styra.web.priorities.decisions.criteria import load_challenge
from styra.web.reports.content import build_content
from tests.web.conftest import make_member

pytestmark = pytest.mark.bundle
NOW = datetime.datetime(2025, 6, 1, 12, tzinfo=datetime.UTC)


def per_goal(pairs) -> dict[int, tuple[int | None, bool]]:
    """goal → (rank, major challenge); rank None for a goal with too little data."""
    return {goal: (rank, major) for goal, rank, major in pairs}


@pytest.mark.parametrize("kolada_id", ["0180", "0001"])
def test_every_app_gives_the_same_goal_challenges(kolada_id, kolada_sample, client_for):
    organisation = Organisation.objects.get(pk=kolada_id)
    analysis = default_analysis(organisation)
    assert analysis is not None and analysis.year == data.snapshot().latest_year
    expected = per_goal(
        (g.goal, None if g.too_little_data else g.rank, g.major_challenge) for g in analysis.goals
    )
    assert len(expected) == 17 and any(major for _, major in expected.values())
    comparison = "alla kommuner" if organisation.type == "K" else "alla regioner"

    focus = focus_result(organisation)
    assert per_goal((r.goal, r.rank, r.level == RED) for r in focus.rows) == expected
    assert (focus.challenges.year, focus.challenges.comparison) == (analysis.year, comparison)

    viewer = make_member(f"lasare{kolada_id}", organisation, Role.VIEWER)
    page = client_for(viewer).get(reverse("samverkan-overview", args=[kolada_id]))
    samverkan = page.context["suggestions"]
    assert samverkan.challenges.major == {g: major for g, (_, major) in expected.items()}
    assert (samverkan.challenges.year, samverkan.challenges.comparison) == (
        analysis.year,
        comparison,
    )

    criterion = load_challenge(organisation)
    assert (criterion.values, criterion.source) == challenge_from_goals(analysis.goals)
    assert criterion.details == {
        "year": analysis.year,
        "comparison": comparison,
        "too_little_data": [g for g, (rank, _) in expected.items() if rank is None],
    }

    content = build_content(organisation, NOW)
    challenges = content["challenges"]
    rows = (
        (r["goal"], None if r["level"] == "grey" else r["rank"], r["level"] == RED)
        for r in challenges["goals"]
    )
    assert per_goal(rows) == expected
    assert (challenges["year"], challenges["comparison"]) == (analysis.year, comparison)
    external = [need["goal"] for need in content["collaboration"]["external"]]
    assert external == [need.goal for need in samverkan.external]


def test_riket_has_no_default_analysis_in_any_app(kolada_sample):
    riket = Organisation.objects.get(pk="0000")
    assert default_analysis(riket) is None and goal_challenges(riket) is None
    assert focus_result(riket).challenges is None
    assert load_challenge(riket).source == NO_DATA
    assert build_content(riket, NOW)["challenges"] == {"available": False}


def test_an_area_the_loaded_data_does_not_know_has_none(kolada_sample, monkeypatch):
    monkeypatch.setattr(data, "_current", None)
    data.snapshot()  # the data as it was read, before the organisation was added
    newcomer = Organisation.objects.create(kolada_id="9999", name="Nyköping Nord", type="K")
    assert default_analysis(newcomer) is None
    assert focus_result(newcomer).challenges is None
    assert load_challenge(newcomer).source == NO_DATA
    assert build_content(newcomer, NOW)["challenges"] == {"available": False}


def test_an_organisation_without_values_of_its_own_gets_too_little_data(kolada_sample, monkeypatch):
    newcomer = Organisation.objects.create(kolada_id="9999", name="Nyköping Nord", type="K")
    monkeypatch.setattr(data, "_current", None)  # the data read again, with it
    analysis = default_analysis(newcomer)
    assert analysis is not None
    assert all(goal.too_little_data for goal in analysis.goals)
    criterion = load_challenge(newcomer)
    assert criterion.is_missing and criterion.source == NO_DATA
    assert [row["level"] for row in build_content(newcomer, NOW)["challenges"]["goals"]] == [
        "grey"
    ] * 17
