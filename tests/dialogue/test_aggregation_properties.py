"""Properties of the dialogue aggregations on random answers (hypothesis)."""

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from styra.dialogue import aggregate_points, aggregate_rankings, split_groups

OFFERED = (1, 4, 6, 11, 13)


@st.composite
def rankings(draw):
    drawn = []
    for _ in range(draw(st.integers(min_value=1, max_value=12))):
        order = draw(st.permutations(OFFERED))
        drawn.append(list(order[: draw(st.integers(1, len(OFFERED)))]))
    return drawn


@settings(max_examples=40, deadline=None)
@given(rankings())
def test_borda_shares_lie_in_0_1_and_sum_to_half_the_goals(given_rankings):
    result = aggregate_rankings(given_rankings, OFFERED, resamples=50, rng=random.Random(1))
    m = len(OFFERED)
    shares = [rank.borda for rank in result.goals]
    assert all(0 <= share <= 1 for share in shares)
    assert abs(sum(shares) - m / 2) < 1e-9  # every participant gives m (m − 1) / 2 points
    for rank in result.goals:
        assert abs(rank.mean_rank - (m - (m - 1) * rank.borda)) < 1e-9
        assert 0 <= rank.borda_interval.lower <= rank.borda_interval.upper <= 1
        assert 1 <= rank.mean_rank_interval.lower <= rank.mean_rank_interval.upper <= m
    assert list(result.order) == sorted(OFFERED, key=lambda g: (-result.goal(g).borda, g))


@st.composite
def allocations(draw):
    answers = []
    for _ in range(draw(st.integers(min_value=1, max_value=10))):
        cuts = sorted(draw(st.lists(st.integers(0, 100), min_size=2, max_size=2)))
        answers.append({"a": cuts[0], "b": cuts[1] - cuts[0], "c": 100 - cuts[1]})
    return answers


@settings(max_examples=40, deadline=None)
@given(allocations())
def test_mean_points_add_up_to_100(given_allocations):
    result = aggregate_points(given_allocations, ("a", "b", "c"), resamples=50)
    assert abs(sum(p.mean for p in result.items) - 100) < 1e-9
    assert sum(p.total for p in result.items) == 100 * len(given_allocations)


@given(st.lists(st.one_of(st.none(), st.sampled_from("abcdef")), max_size=80))
def test_every_group_shown_has_10_and_every_answer_is_accounted_for(labels):
    result = split_groups([(label, i) for i, label in enumerate(labels)])
    assert all(group.size >= 10 for group in result.shown)
    assert sum(g.size for g in result.shown) + result.left_out + result.not_stated == len(labels)
    assert result.left_out == 0 or result.left_out + result.not_stated >= 10 or not result.groups
