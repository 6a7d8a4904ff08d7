"""Per goal: the number of targets on each level and the mean level, worked out by hand."""

import pytest

from styra.radighet import GoalMandate, default_levels, goal_summary

LEVELS = {
    "6.1": 3,
    "6.2": 3,
    "6.4": 2,
    "6.a": 1,  # goal 6: levels 3, 3, 2, 1 → mean 9/4 = 2.25; counts (0, 1, 1, 2)
    "14.5": 1,
    "14.6": 0,
    "14.c": 0,  # goal 14: 1, 0, 0 → mean 1/3; counts (2, 1, 0, 0)
}


def test_hand_worked_goals():
    six, fourteen = goal_summary(LEVELS)
    assert six == GoalMandate(goal=6, targets=4, mean_level=2.25, counts=(0, 1, 1, 2))
    assert fourteen.goal == 14 and fourteen.targets == 3
    assert fourteen.mean_level == pytest.approx(1 / 3)
    assert fourteen.counts == (2, 1, 0, 0)
    assert fourteen.count(0) == 2


def test_goals_come_in_goal_order_whatever_the_input_order():
    shuffled = dict(reversed(list(LEVELS.items())))
    assert [summary.goal for summary in goal_summary(shuffled)] == [6, 14]


def test_empty_levels_give_no_goals():
    assert goal_summary({}) == ()


@pytest.mark.parametrize("area_type", ["K", "L"])
def test_the_shipped_defaults_summarise_all_17_goals(area_type):
    summaries = goal_summary(default_levels(area_type))
    assert [summary.goal for summary in summaries] == list(range(1, 18))
    assert sum(summary.targets for summary in summaries) == 169
    assert all(sum(summary.counts) == summary.targets for summary in summaries)


def test_goal_17_is_mostly_out_of_reach_and_goal_4_within_it_for_a_kommun():
    by_goal = {summary.goal: summary for summary in goal_summary(default_levels("K"))}
    assert by_goal[4].mean_level > 2
    assert by_goal[17].mean_level < 1
