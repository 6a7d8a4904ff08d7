"""The scale's percents, the counts per goal and status, and what moved between cycles."""

import pytest

from styra.followup import PERCENT, SCALE, Scale, compare, count_by_goal, percent_of


def test_the_scale_in_order_and_its_percents():
    assert [s.value for s in SCALE] == [
        "done",
        "more_than_half",
        "started",
        "not_started",
        "not_relevant",
    ]
    assert [PERCENT[s] for s in SCALE] == [100, 75, 25, 0, None]
    assert percent_of("started") == 25
    with pytest.raises(ValueError, match="unknown status 'klar'"):
        percent_of("klar")


def test_counts_per_goal_count_an_action_under_each_of_its_goals():
    goals = {1: {13}, 2: {7, 13}, 3: {7}, 4: {13}}
    statuses = {1: "done", 2: "started", 3: "not_relevant"}  # 4 not reported
    counts = count_by_goal(goals, statuses)
    assert [c.goal for c in counts] == [7, 13]
    seven, thirteen = counts
    assert seven.by_status[Scale.STARTED] == 1 and seven.by_status[Scale.NOT_RELEVANT] == 1
    assert seven.missing == 0 and seven.total == 2
    assert thirteen.by_status[Scale.DONE] == 1 and thirteen.by_status[Scale.STARTED] == 1
    assert thirteen.missing == 1 and thirteen.total == 3


def test_compare_says_what_moved_up_down_or_stayed():
    before = {"a": "started", "b": "done", "c": "not_started", "d": "started"}
    now = {
        "a": "done",
        "b": "more_than_half",
        "c": "not_started",
        "e": "started",
        "d": "not_relevant",
    }
    moves = {m.action_id: m for m in compare(before, now)}
    assert [m.action_id for m in compare(before, now)] == ["a", "b", "c", "e", "d"]
    assert (moves["a"].direction, moves["a"].changed) == (1, True)
    assert (moves["b"].direction, moves["b"].changed) == (-1, True)
    assert (moves["c"].direction, moves["c"].changed) == (0, False)
    assert (moves["e"].before, moves["e"].now, moves["e"].direction) == (None, Scale.STARTED, 0)
    assert (moves["d"].changed, moves["d"].direction) == (True, 0)  # not relevant: no direction


def test_an_action_only_in_the_earlier_cycle_is_listed_last():
    moves = compare({"x": "done", "y": "started"}, {"y": "done"})
    assert [(m.action_id, m.before, m.now) for m in moves] == [
        ("y", Scale.STARTED, Scale.DONE),
        ("x", Scale.DONE, None),
    ]
