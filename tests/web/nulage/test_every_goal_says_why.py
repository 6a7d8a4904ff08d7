"""Each goal on the overview and its own page says in one sentence why it is, or is not,
a big challenge, and names the KPIs far from a policy target apart from the level."""

import pytest
from django.core.cache import cache

LEVEL_WORDS = {"major": "Stor utmaning:", "some": "Viss utmaning:", "minor": "Mindre utmaning:"}


@pytest.mark.parametrize("area", ["0780", "0001"])
def test_overview_and_goal_pages_give_the_reason(area, kolada_sample, client_for, viewer_a):
    cache.clear()
    client = client_for(viewer_a)
    overview = client.get(f"/omraden/{area}/")
    rows = overview.context["goal_rows"]
    analysis = overview.context["analysis"]
    for row, goal in zip(rows, analysis.goals, strict=True):
        words = LEVEL_WORDS.get(goal.level, "För lite data:")
        assert row["reason"].startswith(words), (goal.goal, row["reason"])
        assert row["reason"] in overview.content.decode()
    first = analysis.goals[0].goal
    goal_page = client.get(f"/omraden/{area}/mal/{first}/").content.decode()
    assert rows[0]["reason"] in goal_page


def test_stockholm_protected_land_is_far_from_target_but_not_a_big_challenge(
    kolada_sample, client_for, viewer_a
):
    """The issue's example: 9.4 % protected land is green, far from 30 %, not "stor"."""
    cache.clear()
    response = client_for(viewer_a).get("/omraden/0180/mal/15/")
    goal = response.context["result"]
    assert goal.level != "major" and "N85055" in goal.far_from_target
    page = response.content.decode()
    assert "Långt från ett politiskt mål" in page and "Kunming–Montreal" in page
