"""M8's citizens criterion from a dialogue's goal ranking: Borda share min–max over the
goals offered; all equal → 0.5; goals not offered → None (a partial criterion)."""

import pytest

from styra.dialogue import aggregate_rankings
from styra.priorities import Criterion, GoalCriteria
from styra.priorities import criteria as c
from styra.priorities.criteria import NEUTRAL, citizens_from_ranking


def test_min_max_of_the_borda_shares_over_the_goals_offered():
    # Shares 0.6875, 0.4375, 0.375 (test_rankings_by_hand): range 0.3125.
    result = aggregate_rankings([[3, 7, 13], [7, 3, 13], [3, 13, 7], [13]], (3, 7, 13))
    values = citizens_from_ranking(result)
    assert set(values) == set(range(1, 18))
    assert values[3] == 1.0
    assert values[7] == pytest.approx(0.0625 / 0.3125)  # 0.2
    assert values[13] == 0.0
    assert values[1] is None and values[17] is None  # not offered


def test_all_goals_equal_give_the_middle():
    result = aggregate_rankings([[4, 5], [5, 4]], (4, 5))
    values = citizens_from_ranking(result)
    assert (values[4], values[5]) == (0.5, 0.5)


def test_no_answers_make_the_criterion_missing():
    values = citizens_from_ranking(aggregate_rankings([], (4, 5)))
    assert all(value is None for value in values.values())
    assert Criterion("citizens", values, c.DIALOGUE).is_missing


def test_goals_not_offered_get_neutral_in_the_scoring():
    values = citizens_from_ranking(aggregate_rankings([[4, 5]], (4, 5)))
    criterion = Criterion("citizens", values, c.DIALOGUE)
    items = GoalCriteria((criterion,)).item_values()
    assert (items["4"]["citizens"], items["5"]["citizens"]) == (1.0, 0.0)
    assert items["6"]["citizens"] == NEUTRAL


def test_the_sources_of_the_citizens_criterion():
    assert (c.DIALOGUE, c.NO_DIALOGUE) == ("dialogue", "no_dialogue")
