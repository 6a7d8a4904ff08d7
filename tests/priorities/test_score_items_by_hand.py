"""M8 score = Σ w_c · c, with ranks and per-criterion contributions, by hand."""

import pytest

from styra.priorities import CRITERIA, DEFAULT_WEIGHTS, Weights, renormalise, score_items

WEIGHTS = {"challenge": 0.5, "leverage": 0.3, "citizens": 0.2}
VALUES = {
    "1": {"challenge": 1.0, "leverage": 0.0, "citizens": 0.5},
    "11": {"challenge": 0.4, "leverage": 1.0, "citizens": 0.0},
    "13": {"challenge": 0.6, "leverage": 0.5, "citizens": 1.0},
}


def test_scores_ranks_and_contributions():
    result = score_items(VALUES, WEIGHTS)
    # 1:  0.5·1.0 + 0.3·0.0 + 0.2·0.5 = 0.50 + 0.00 + 0.10 = 0.60
    # 11: 0.5·0.4 + 0.3·1.0 + 0.2·0.0 = 0.20 + 0.30 + 0.00 = 0.50
    # 13: 0.5·0.6 + 0.3·0.5 + 0.2·1.0 = 0.30 + 0.15 + 0.20 = 0.65
    assert [(i.item_id, i.rank) for i in result.items] == [("13", 1), ("1", 2), ("11", 3)]
    assert [i.score for i in result.items] == pytest.approx([0.65, 0.60, 0.50])
    assert result.item("13").contributions == pytest.approx(
        {"challenge": 0.30, "leverage": 0.15, "citizens": 0.20}
    )
    assert result.weights == WEIGHTS
    assert result.dropped == ()
    assert result.top(2) == ("13", "1")


def test_weights_are_relative():
    doubled = {criterion: 2 * weight for criterion, weight in WEIGHTS.items()}
    assert score_items(VALUES, doubled) == score_items(VALUES, WEIGHTS)


def test_a_criterion_missing_for_one_item_is_left_out_for_all():
    values = {item: dict(v) for item, v in VALUES.items()}
    values["11"]["citizens"] = None  # e.g. no dialogue about goal 11
    result = score_items(values, WEIGHTS)
    assert result.dropped == ("citizens",)
    # renormalised: challenge 0.5/0.8 = 0.625, leverage 0.3/0.8 = 0.375
    assert result.weights == pytest.approx({"challenge": 0.625, "leverage": 0.375})
    # 1: 0.625 · 1.0 = 0.625; 11: 0.625·0.4 + 0.375·1.0 = 0.625; 13: 0.375 + 0.1875 = 0.5625
    assert [(i.item_id, i.rank) for i in result.items] == [("1", 1), ("11", 1), ("13", 3)]
    assert result.top(1) == ("1", "11")  # a tie at the boundary keeps both in
    assert set(result.item("1").contributions) == {"challenge", "leverage"}


def test_an_absent_key_is_missing_too():
    values = {"1": {"challenge": 0.2, "leverage": 0.9}, "2": {"challenge": 0.8}}
    result = score_items(values, {"challenge": 1, "leverage": 1})
    assert result.dropped == ("leverage",)
    assert [i.item_id for i in result.items] == ["2", "1"]


def test_default_weights_sum_to_one_and_cover_the_six_criteria():
    weights = DEFAULT_WEIGHTS.as_dict()
    assert tuple(weights) == CRITERIA
    assert weights == {
        "challenge": 0.30,
        "focus_gap": 0.15,
        "mandate": 0.15,
        "leverage": 0.20,
        "strategic": 0.10,
        "citizens": 0.10,
    }
    assert sum(weights.values()) == pytest.approx(1.0)
    assert renormalise(Weights(citizens=0.0))["challenge"] == pytest.approx(0.30 / 0.90)


@pytest.mark.parametrize(
    ("values", "weights", "message"),
    [
        ({"1": {"challenge": 1.2}}, WEIGHTS, "not in 0–1"),
        ({"1": {"challenge": float("nan")}}, WEIGHTS, "not in 0–1"),
        ({"1": {"rådighet": 0.5}}, WEIGHTS, "unknown criterion"),
        ({"1": {"challenge": 0.5}}, {"challenge": -1.0}, "≥ 0"),
        ({"1": {"challenge": 0.5}}, {"challenge": 0.0}, "at least one must be positive"),
        ({"1": {"challenge": None}}, {"challenge": 1.0}, "at least one must be positive"),
        ({"1": {}}, {}, "no weights"),
    ],
)
def test_bad_values_and_weights_are_refused(values, weights, message):
    with pytest.raises(ValueError, match=message):
        score_items(values, weights)


def test_no_items_give_an_empty_result():
    assert score_items({}).items == ()
