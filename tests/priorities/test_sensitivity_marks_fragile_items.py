"""M8 sensitivity: each weight −50 % and +50 % in turn; fragile = top-N membership changes."""

import pytest

from styra.priorities import analyse_sensitivity

# Weights x = y = 0.5.
# base:  A = 0.5·1.0 + 0.5·0.0 = 0.50, B = 0.5·0.0 + 0.5·0.9 = 0.45, C = 0.30
# x·0.5: x = 1/3, y = 2/3 → A 0.333, B 0.600, C 0.300 → B, A, C
# x·1.5: x = 0.6, y = 0.4 → A 0.600, B 0.360, C 0.300 → A, B, C
# y·0.5: x = 2/3, y = 1/3 → A 0.667, B 0.300, C 0.300 → A, then B and C tied at rank 2
# y·1.5: x = 0.4, y = 0.6 → A 0.400, B 0.540, C 0.300 → B, A, C
VALUES = {
    "A": {"x": 1.0, "y": 0.0},
    "B": {"x": 0.0, "y": 0.9},
    "C": {"x": 0.3, "y": 0.3},
}
WEIGHTS = {"x": 0.5, "y": 0.5}


def summary(result):
    return {
        i.item_id: (i.base_rank, i.in_top, i.times_in_top, i.best_rank, i.worst_rank, i.fragile)
        for i in result.items
    }


def test_four_variations_with_renormalised_weights():
    result = analyse_sensitivity(VALUES, WEIGHTS, top_n=1)
    assert [(v.criterion, v.factor) for v in result.variations] == [
        ("x", 0.5),
        ("x", 1.5),
        ("y", 0.5),
        ("y", 1.5),
    ]
    assert result.variations[0].weights == pytest.approx({"x": 1 / 3, "y": 2 / 3})
    assert [v.top for v in result.variations] == [("B",), ("A",), ("A",), ("B",)]
    assert result.variations[2].ranks == {"A": 1, "B": 2, "C": 2}


def test_top_one_is_fragile_for_both_leaders():
    result = analyse_sensitivity(VALUES, WEIGHTS, top_n=1)
    assert summary(result) == {
        "A": (1, True, 2, 1, 2, True),  # in at base, out in 2 of 4
        "B": (2, False, 2, 1, 2, True),  # out at base, in in 2 of 4
        "C": (3, False, 0, 2, 3, False),  # never in: stable
    }


def test_top_two_is_stable_except_a_tie_at_the_boundary():
    result = analyse_sensitivity(VALUES, WEIGHTS, top_n=2)
    assert summary(result) == {
        "A": (1, True, 4, 1, 2, False),
        "B": (2, True, 4, 1, 2, False),
        "C": (3, False, 1, 2, 3, True),  # tied 2nd under y·0.5, so in once
    }


def test_zero_weights_and_dropped_criteria_are_not_varied():
    values = {"A": {"x": 1.0, "y": 0.0, "z": None}, "B": {"x": 0.0, "y": 1.0, "z": 0.5}}
    result = analyse_sensitivity(values, {"x": 1.0, "y": 0.0, "z": 1.0}, top_n=1)
    assert result.base.dropped == ("z",)
    assert [(v.criterion, v.factor) for v in result.variations] == [("x", 0.5), ("x", 1.5)]
    assert result.item("A").variation_count == 2


def test_another_change_and_bad_parameters():
    result = analyse_sensitivity(VALUES, WEIGHTS, top_n=1, change=0.2)
    assert [v.factor for v in result.variations] == pytest.approx([0.8, 1.2, 0.8, 1.2])
    with pytest.raises(ValueError, match="top_n"):
        analyse_sensitivity(VALUES, WEIGHTS, top_n=0)
    with pytest.raises(ValueError, match="change"):
        analyse_sensitivity(VALUES, WEIGHTS, change=1.0)
