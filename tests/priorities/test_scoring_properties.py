"""Properties of M8 on random items and weights (hypothesis)."""

import math

from hypothesis import given
from hypothesis import strategies as st

from styra.priorities import (
    analyse_sensitivity,
    invert,
    renormalise,
    scale_min_max,
    score_items,
)

CRITERIA = ["challenge", "focus_gap", "mandate", "leverage"]
unit = st.floats(min_value=0, max_value=1, allow_nan=False)
weight = st.floats(min_value=0.01, max_value=10, allow_nan=False)
weights = st.fixed_dictionaries({c: weight for c in CRITERIA})
items = st.dictionaries(
    st.sampled_from([str(goal) for goal in range(1, 18)]),
    st.fixed_dictionaries({c: st.one_of(unit, unit, st.none()) for c in CRITERIA}),
    min_size=1,
    max_size=17,
)
numbers = st.dictionaries(
    st.text(min_size=1, max_size=3),
    st.one_of(st.none(), st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)),
    max_size=12,
)


@given(weights, st.sets(st.sampled_from(CRITERIA), min_size=1))
def test_renormalised_weights_sum_to_one(given_weights, keep):
    assert math.isclose(sum(renormalise(given_weights, keep).values()), 1.0)


@given(items, weights)
def test_contributions_sum_to_the_score_within_0_and_1(values, given_weights):
    if all(any(v[c] is None for v in values.values()) for c in CRITERIA):
        return  # every criterion dropped: refused, tested by hand
    result = score_items(values, given_weights)
    assert math.isclose(sum(result.weights.values()), 1.0)
    for item in result.items:
        assert math.isclose(sum(item.contributions.values()), item.score, abs_tol=1e-12)
        assert -1e-12 <= item.score <= 1 + 1e-12
    scores = [round(item.score, 9) for item in result.items]  # ranks compare 9 decimals
    assert scores == sorted(scores, reverse=True)
    assert [item.rank for item in result.items] == sorted(item.rank for item in result.items)


@given(items, weights, st.integers(min_value=1, max_value=6))
def test_fragility_follows_its_definition(values, given_weights, top_n):
    if all(any(v[c] is None for v in values.values()) for c in CRITERIA):
        return
    result = analyse_sensitivity(values, given_weights, top_n=top_n)
    assert len(result.variations) == 2 * len(result.base.weights)
    for item in result.items:
        in_top = [v.ranks[item.item_id] <= top_n for v in result.variations]
        assert item.times_in_top == sum(in_top)
        assert item.fragile == any(flag != item.in_top for flag in in_top)
    for variation in result.variations:
        assert math.isclose(sum(variation.weights.values()), 1.0)


@given(numbers)
def test_min_max_stays_within_0_and_1_and_keeps_the_order(values):
    scaled = scale_min_max(values)
    assert scaled.keys() == values.keys()
    present = [key for key, value in values.items() if value is not None]
    assert all(scaled[key] is None for key in values if key not in present)
    assert all(0 <= scaled[key] <= 1 for key in present)
    for a in present:
        for b in present:
            if values[a] < values[b]:
                assert scaled[a] <= scaled[b]


@given(numbers)
def test_inverting_after_scaling_is_scaling_the_negated_values(values):
    negated = {key: None if v is None else -v for key, v in values.items()}
    left, right = invert(scale_min_max(values)), scale_min_max(negated)
    for key in values:
        assert (left[key] is None and right[key] is None) or math.isclose(
            left[key], right[key], abs_tol=1e-9
        )
