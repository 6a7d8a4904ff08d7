"""Scaling criteria to 0–1 (higher = more reason to prioritise), missing kept missing."""

import pytest

from styra.priorities import invert, scale_min_max, scale_range


def test_min_max_maps_the_smallest_to_0_and_the_largest_to_1():
    assert scale_min_max({"1": 2.0, "2": 4.0, "3": None, "4": 6.0}) == {
        "1": 0.0,
        "2": 0.5,
        "3": None,
        "4": 1.0,
    }


def test_constant_input_gives_the_midpoint():
    assert scale_min_max({"1": 3.0, "2": 3.0, "3": None}) == {"1": 0.5, "2": 0.5, "3": None}
    assert scale_min_max({"1": None}) == {"1": None}
    assert scale_min_max({}) == {}


def test_challenge_from_m2_scores_is_the_inverted_score():
    # a goal score of 20 (of 100) is a big challenge: 0.8; 100 → 0; out of range clipped
    scores = {"1": 20.0, "2": 100.0, "3": None, "4": 130.0}
    assert invert(scale_range(scores, 0, 100)) == pytest.approx(
        {"1": 0.8, "2": 0.0, "3": None, "4": 0.0}
    )


def test_mandate_levels_0_to_3():
    assert scale_range({"1.1": 3, "11.2": 1, "13.1": 0}, 0, 3) == pytest.approx(
        {"1.1": 1.0, "11.2": 1 / 3, "13.1": 0.0}
    )


def test_reversed_bounds_invert_the_direction():
    assert scale_range({"a": 25.0}, 100, 0) == {"a": 0.75}


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: scale_min_max({"a": float("nan")}), "finite"),
        (lambda: scale_range({"a": 1.0}, 1, 1), "two different"),
        (lambda: invert({"a": 1.5}), "0–1"),
    ],
)
def test_bad_input_is_refused(call, message):
    with pytest.raises(ValueError, match=message):
        call()
