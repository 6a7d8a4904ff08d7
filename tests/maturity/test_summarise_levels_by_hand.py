"""Median, min, max and quartiles (Tukey's hinges) of one dimension, worked out by hand."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from styra.maturity import DimensionSummary, hinges, median, summarise_levels


@pytest.mark.parametrize(
    ("levels", "n", "med", "low", "high", "q1", "q3", "iqr"),
    [
        # n = 1: every statistic is the one answer, IQR 0
        ([3], 1, 3.0, 3, 3, 3.0, 3.0, 0.0),
        # n = 2: halves [1] and [3] → Q1 = 1, Q3 = 3, IQR = max − min
        ([3, 1], 2, 2.0, 1, 3, 1.0, 3.0, 2.0),
        # n = 3: [0, 2, 2]; halves [0, 2] and [2, 2] → Q1 = 1, Q3 = 2
        ([2, 0, 2], 3, 2.0, 0, 2, 1.0, 2.0, 1.0),
        # n = 4: [0, 2, 2, 3]; median (2 + 2)/2; halves [0, 2], [2, 3] → 1, 2.5
        ([2, 2, 3, 0], 4, 2.0, 0, 3, 1.0, 2.5, 1.5),
        # n = 5: [0, 1, 1, 2, 4]; halves [0, 1, 1], [1, 2, 4] → 1, 2
        ([4, 1, 0, 2, 1], 5, 1.0, 0, 4, 1.0, 2.0, 1.0),
        # n = 6: [0, 1, 1, 3, 4, 4]; median (1 + 3)/2; halves [0, 1, 1], [3, 4, 4] → 1, 4
        ([4, 1, 3, 0, 4, 1], 6, 2.0, 0, 4, 1.0, 4.0, 3.0),
        # n = 7: [1, 1, 2, 2, 2, 3, 4]; halves [1, 1, 2, 2], [2, 2, 3, 4] → 1.5, 2.5
        ([2, 1, 4, 2, 3, 1, 2], 7, 2.0, 1, 4, 1.5, 2.5, 1.0),
    ],
)
def test_summary_of_hand_worked_answers(levels, n, med, low, high, q1, q3, iqr):
    summary = summarise_levels("competence", levels)
    assert summary == DimensionSummary("competence", n, med, low, high, q1, q3)
    assert summary.iqr == iqr


def test_an_even_number_of_answers_can_give_a_half_level_median():
    assert summarise_levels("follow_up", [1, 2]).median == 1.5
    assert summarise_levels("follow_up", [0, 1, 2, 4]).median == 1.5


def test_no_answers_is_missing_not_zero():
    summary = summarise_levels("competence", [])
    assert summary == DimensionSummary("competence", 0)
    assert (summary.median, summary.minimum, summary.iqr) == (None, None, None)


@pytest.mark.parametrize("bad", [5, -1, 2.5, "2", True, None])
def test_a_level_outside_0_to_4_is_refused(bad):
    with pytest.raises(ValueError, match="is not a maturity level"):
        summarise_levels("competence", [1, bad])


def test_median_and_hinges_helpers():
    assert median([1, 2, 4]) == 2.0
    assert median([1, 2, 3, 4]) == 2.5
    assert hinges([0, 1, 2, 3, 4]) == (1.0, 3.0)
    with pytest.raises(ValueError):
        median([])


@given(st.lists(st.integers(min_value=0, max_value=4), min_size=1, max_size=40))
def test_order_of_the_statistics(levels):
    s = summarise_levels("x", levels)
    assert s.minimum <= s.q1 <= s.median <= s.q3 <= s.maximum
    assert s.n == len(levels)
    assert 0 <= s.iqr <= s.maximum - s.minimum
