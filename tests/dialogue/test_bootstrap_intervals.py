"""The 95 % percentile bootstrap: contains the estimate, seeded, narrows with data."""

import random
import statistics

import pytest

from styra.dialogue import Interval, aggregate_rankings, bootstrap_means, percentile

OFFERED = (3, 7, 13)
RANKINGS = [[3, 7, 13], [7, 3, 13], [3, 13, 7], [13]]


def test_percentile_is_linear_between_sorted_values():
    assert percentile([1, 2, 3, 4], 0.25) == 1.75
    assert percentile([1, 2, 3, 4], 0.0) == 1
    assert percentile([1, 2, 3, 4], 1.0) == 4
    values = sorted(random.Random(1).random() for _ in range(101))
    cuts = statistics.quantiles(values, n=40, method="inclusive")
    assert percentile(values, 0.025) == pytest.approx(cuts[0])
    assert percentile(values, 0.975) == pytest.approx(cuts[-1])


def test_two_participants_0_and_1_give_the_whole_range():
    # Resampled means are 0, ½ and 1 with chances ¼, ½, ¼: both tails reach the ends.
    (interval,) = bootstrap_means([[0, 1]])
    assert interval == Interval(0.0, 1.0)


def test_the_intervals_contain_the_estimates():
    result = aggregate_rankings(RANKINGS, OFFERED)
    for rank in result.goals:
        assert rank.borda_interval.contains(rank.borda)
        assert rank.mean_rank_interval.contains(rank.mean_rank)
        assert 0 <= rank.borda_interval.lower <= rank.borda_interval.upper <= 1
        assert 1 <= rank.mean_rank_interval.lower <= rank.mean_rank_interval.upper <= 3


def test_share_and_mean_rank_intervals_come_from_the_same_resamples():
    rank = aggregate_rankings(RANKINGS, OFFERED).goal(7)
    m = 3  # mean rank = m − (m − 1) · share, the ends swapped
    assert rank.mean_rank_interval.lower == pytest.approx(m - 2 * rank.borda_interval.upper)
    assert rank.mean_rank_interval.upper == pytest.approx(m - 2 * rank.borda_interval.lower)


def test_the_same_seed_gives_the_same_interval():
    first = aggregate_rankings(RANKINGS * 5, OFFERED, rng=random.Random(7))
    again = aggregate_rankings(RANKINGS * 5, OFFERED, rng=random.Random(7))
    default = aggregate_rankings(RANKINGS * 5, OFFERED)
    assert first == again
    assert default == aggregate_rankings(RANKINGS * 5, OFFERED)  # default seed fixed


def test_another_seed_draws_other_resamples():
    column = [list(range(50))]
    assert bootstrap_means(column, rng=random.Random(1)) != bootstrap_means(
        column, rng=random.Random(2)
    )


def test_the_interval_narrows_with_more_data():
    few = aggregate_rankings(RANKINGS, OFFERED).goal(3).borda_interval
    many = aggregate_rankings(RANKINGS * 25, OFFERED).goal(3).borda_interval
    assert many.width < few.width / 2  # ≈ 1/√25 as wide


def test_everyone_answering_the_same_gives_a_zero_width_interval():
    result = aggregate_rankings([[13, 3, 7]] * 30, OFFERED)
    for rank in result.goals:
        assert rank.borda_interval.width == 0
        assert rank.borda_interval.lower == rank.borda
        assert rank.mean_rank_interval == Interval(rank.mean_rank, rank.mean_rank)


def test_resamples_drawn_in_chunks_are_seeded_too(monkeypatch):
    from styra.dialogue import bootstrap

    whole = bootstrap.bootstrap_sums([[1, 5, 9, 2]], resamples=30, rng=random.Random(3))
    monkeypatch.setattr(bootstrap, "CHUNK_ROWS", 4 * 7)  # 7 resamples a chunk: 5 chunks
    chunked = bootstrap.bootstrap_sums([[1, 5, 9, 2]], resamples=30, rng=random.Random(3))
    assert len(chunked[0]) == 30
    assert all(4 <= s <= 36 for s in chunked[0])  # 4 draws from 1…9
    assert whole != chunked  # other draws, still seeded
    assert chunked == bootstrap.bootstrap_sums([[1, 5, 9, 2]], resamples=30, rng=random.Random(3))


@pytest.mark.parametrize(
    ("columns", "resamples", "message"),
    [
        ([], 10, "at least one"),
        ([[]], 10, "at least one"),
        ([[1], [1, 2]], 10, "one value"),
        ([[1]], 0, "at least 1"),
    ],
)
def test_bad_bootstrap_input_is_refused(columns, resamples, message):
    with pytest.raises(ValueError, match=message):
        bootstrap_means(columns, resamples=resamples)
