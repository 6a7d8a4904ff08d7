"""The criteria from the other modules' results, worked out by hand (no database).

Higher always means more reason to prioritise; a value not known for a goal is
``None``; a partial criterion's unknown goals get 0.5 in ``item_values``, a
criterion without any value stays ``None`` for all (the core drops it).
"""

import pytest

from styra.analysis import GoalResult
from styra.priorities import (
    Criterion,
    GoalCriteria,
    challenge_from_goals,
    focus_gap_from_focus,
    leverage_from_targets,
    mandate_from_levels,
    score_items,
    strategic_from_weights,
)
from styra.priorities import criteria as c


def goal(number: int, rank: int, standing: float | None, too_little: bool = False) -> GoalResult:
    return GoalResult(
        goal=number,
        rank=rank,
        n_kpis=3,
        n_with_data=0 if too_little else 3,
        n_scored=0 if standing is None else 3,
        mean_score=None if standing is None else 50.0,
        n_coloured=0 if too_little else 3,
        n_red=1,
        share_red=None if too_little else 1 / 3,
        n_trend=0,
        n_worsening=0,
        share_worsening=None,
        worst_kpi_id=None,
        major_challenge=False,
        too_little_data=too_little,
        standing=standing,
        standing_size=0 if standing is None else 290,
    )


def test_challenge_is_one_minus_the_standing_over_100():
    values, source = challenge_from_goals(
        [goal(6, 1, 20.0), goal(1, 2, 75.0), goal(14, 3, None), goal(17, 4, None, True)]
    )
    assert source == c.STANDING
    assert values[6] == pytest.approx(0.8)
    assert values[1] == pytest.approx(0.25)
    assert values[14] is None  # no standing: not known
    assert values[17] is None
    assert values[2] is None  # not analysed at all
    assert set(values) == set(range(1, 18))


def test_challenge_by_rank_when_no_goal_has_a_standing():
    goals = [goal(14, 1, None), goal(10, 2, None), goal(11, 3, None), goal(17, 4, None, True)]
    values, source = challenge_from_goals(goals)
    assert source == c.RANK
    assert values[14] == 1.0  # biggest challenge
    assert values[10] == pytest.approx(0.5)
    assert values[11] == 0.0
    assert values[17] is None  # too little data


def test_challenge_of_one_ranked_goal_is_the_middle_and_of_none_missing():
    assert challenge_from_goals([goal(3, 1, None)]) == (
        {**dict.fromkeys(range(1, 18)), 3: 0.5},
        c.RANK,
    )
    values, source = challenge_from_goals([goal(17, 1, None, True)])
    assert source == c.NO_DATA and all(v is None for v in values.values())


def test_focus_gap_is_one_minus_focus_and_missing_without_focus():
    gaps = focus_gap_from_focus({11: 1.0, 13: 1 / 3, 4: 0.0})
    assert gaps[11] == 0.0 and gaps[13] == pytest.approx(2 / 3) and gaps[4] == 1.0
    assert gaps[1] is None  # focus_per_goal always gives all 17; a partial dict stays partial
    assert all(v is None for v in focus_gap_from_focus({}).values())


def test_mandate_is_the_mean_level_over_3():
    levels = {"14.1": 1, "14.2": 2, "14.3": 0, "11.1": 3, "11.2": 3}
    values = mandate_from_levels(levels)
    assert values[14] == pytest.approx(1 / 3)
    assert values[11] == 1.0
    assert values[1] is None


def test_leverage_is_the_mean_of_the_goals_targets_in_the_matrix():
    values = leverage_from_targets({"11.1": 1.0, "11.2": 0.5, "13.2": 0.0, "7.2": 0.25})
    assert values[11] == pytest.approx(0.75)
    assert values[13] == 0.0 and values[7] == 0.25
    assert values[1] is None  # no target of goal 1 in the matrix


def test_strategic_weights_as_set():
    values = strategic_from_weights({13: 1.0, 4: 0.25})
    assert values[13] == 1.0 and values[4] == 0.25 and values[5] is None


def criterion(key: str, values: dict) -> Criterion:
    return Criterion(key, c.all_goals(values), "test")


def test_item_values_fill_a_partial_criterion_with_the_middle_and_drop_a_missing_one():
    table = GoalCriteria(
        (
            criterion("challenge", {g: 1.0 for g in range(1, 17)}),  # 17 unknown
            criterion("focus_gap", {}),
            criterion("mandate", {g: 0.0 for g in range(1, 18)}),
            criterion("leverage", {}),
            criterion("strategic", {13: 1.0}),
            criterion("citizens", {}),
        )
    )
    values = table.item_values()
    assert values["17"]["challenge"] == 0.5 and values["1"]["challenge"] == 1.0
    assert values["13"]["strategic"] == 1.0 and values["12"]["strategic"] == 0.5
    assert values["1"]["focus_gap"] is None and values["1"]["citizens"] is None
    assert table.in_use == ["challenge", "mandate", "strategic"]
    result = score_items(values)
    assert result.dropped == ("focus_gap", "leverage", "citizens")
    # challenge 0.30, mandate 0.15, strategic 0.10 → renormalised over 0.55
    assert result.item("13").score == pytest.approx((0.30 * 1 + 0.10 * 1) / 0.55)
    assert result.item("17").score == pytest.approx((0.30 * 0.5 + 0.10 * 0.5) / 0.55)
