"""M9 out- and in-influence, second order, trade-offs and leverage on hand-worked matrices."""

import pytest

from styra.priorities import (
    TradeOff,
    analyse_interactions,
    compute_second_order,
    list_tradeoffs,
)
from tests.priorities.matrices import FOUR, THREE


def test_out_and_in_influence_of_the_three_by_three():
    result = analyse_interactions(THREE)
    sums = {
        t.target_id: (t.out_positive, t.out_negative, t.in_positive, t.in_negative)
        for t in result.targets
    }
    # out 1.1: +2 −1 → (2, −1); 2.1: +1 +3 → (4, 0); 3.1: 0 −2 → (0, −2)
    # in  1.1: +1 0 → (1, 0);   2.1: +2 −2 → (2, −2); 3.1: −1 +3 → (3, −1)
    assert sums == {
        "1.1": (2, -1, 1, 0),
        "2.1": (4, 0, 2, -2),
        "3.1": (0, -2, 3, -1),
    }
    assert [t.out_net for t in result.targets] == [1, 4, -2]
    assert [t.in_net for t in result.targets] == [1, 0, 2]


def test_second_order_of_the_three_by_three():
    # S_1.1 = a(1.1,2.1)·a(2.1,3.1) + a(1.1,3.1)·a(3.1,2.1) = 2·3 + (−1)(−2) = 8
    # S_2.1 = a(2.1,1.1)·a(1.1,3.1) + a(2.1,3.1)·a(3.1,1.1) = 1·(−1) + 3·0 = −1
    # S_3.1 = a(3.1,1.1)·a(1.1,2.1) + a(3.1,2.1)·a(2.1,1.1) = 0·2 + (−2)·1 = −2
    assert compute_second_order(THREE) == {"1.1": 8, "2.1": -1, "3.1": -2}


def test_leverage_is_net_out_influence_min_max():
    # net out 1, 4, −2 → (x + 2) / 6
    leverage = analyse_interactions(THREE).leverage()
    assert leverage == pytest.approx({"1.1": 0.5, "2.1": 1.0, "3.1": 0.0})


def test_tradeoffs_are_the_targets_counteracted_with_score_and_rationale():
    assert list_tradeoffs(THREE, "1.1") == (
        TradeOff("3.1", -1, "Mer odling tränger undan hälsoinsatser"),
    )
    assert list_tradeoffs(THREE, "2.1") == ()
    assert analyse_interactions(THREE).target("3.1").tradeoffs == (TradeOff("2.1", -2, ""),)


def test_tradeoffs_of_an_unknown_target_raise():
    with pytest.raises(KeyError):
        list_tradeoffs(THREE, "9.9")


def test_missing_cell_is_counted_not_read_as_zero():
    result = analyse_interactions(FOUR)
    assert (result.pair_count, result.missing_count) == (12, 1)
    assert (result.target("1.2").missing_out, result.target("1.2").missing_in) == (1, 0)
    assert (result.target("2.1").missing_out, result.target("2.1").missing_in) == (0, 1)
    # in 2.1 = a(1.1,2.1) + a(2.2,2.1) = −1 + 2, the missing a(1.2,2.1) left out
    assert (result.target("2.1").in_positive, result.target("2.1").in_negative) == (2, -1)


def test_four_by_four_sums_second_order_and_leverage():
    result = analyse_interactions(FOUR)
    # out: 1.1 (+3, −1), 1.2 (+3, 0), 2.1 (+3, 0), 2.2 (+2, −2) → net 2, 3, 3, 0
    assert [(t.out_positive, t.out_negative) for t in result.targets] == [
        (3, -1),
        (3, 0),
        (3, 0),
        (2, -2),
    ]
    # in: 1.1 (+3, 0), 1.2 (+3, −2), 2.1 (+2, −1), 2.2 (+3, 0)
    assert [(t.in_positive, t.in_negative) for t in result.targets] == [
        (3, 0),
        (3, -2),
        (2, -1),
        (3, 0),
    ]
    # S_1.1 = 3·(a(1.2,2.1)? + a(1.2,2.2)=0) + (−1)·(a(2.1,1.2)=0 + a(2.1,2.2)=3) = −3
    # S_1.2 = 3·(a(1.1,2.1)=−1 + a(1.1,2.2)=0) + 0·… = −3   (1.2 → 2.1 missing: skipped)
    # S_2.1 = 3·(a(2.2,1.1)=0 + a(2.2,1.2)=−2) = −6
    # S_2.2 = (−2)·(a(1.2,1.1)=3 + a(1.2,2.1)?) + 2·(a(2.1,1.1)=0 + a(2.1,1.2)=0) = −6
    assert [t.second_order for t in result.targets] == [-3, -3, -6, -6]
    # net 2, 3, 3, 0 → x / 3
    assert [t.leverage for t in result.targets] == pytest.approx([2 / 3, 1.0, 1.0, 0.0])
    assert result.target("2.2").tradeoffs == (TradeOff("1.2", -2, ""),)
