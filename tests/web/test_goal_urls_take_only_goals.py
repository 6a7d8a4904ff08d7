"""The ``<goal:…>`` URL part matches the SDG goals 1–17 and nothing else (404)."""

import pytest
from django.urls import NoReverseMatch, Resolver404, resolve, reverse

GOAL_PAGES = ["nulage-goal", "radighet-goal", "samverkan-goal"]


@pytest.mark.parametrize("name", GOAL_PAGES)
@pytest.mark.parametrize("goal", [1, 9, 10, 17])
def test_a_goal_page_gets_its_goal_as_a_number(name, goal):
    match = resolve(reverse(name, args=["0180", goal]))
    assert match.url_name == name
    assert match.kwargs["goal"] == goal


@pytest.mark.parametrize("name", GOAL_PAGES)
@pytest.mark.parametrize("goal", ["0", "18", "99", "01", "-1", "1a"])
def test_a_number_that_is_not_a_goal_matches_no_page(name, goal):
    path = reverse(name, args=["0180", 1]).replace("/mal/1/", f"/mal/{goal}/")
    with pytest.raises(Resolver404):
        resolve(path)


@pytest.mark.parametrize("goal", [0, 18])
def test_no_link_to_a_goal_that_does_not_exist(goal):
    with pytest.raises(NoReverseMatch):
        reverse("nulage-goal", args=["0180", goal])


def test_the_goal_export_takes_only_goals_too():
    assert resolve("/omraden/0180/mal/17/export.csv").kwargs["goal"] == 17
    with pytest.raises(Resolver404):
        resolve("/omraden/0180/mal/18/export.csv")
