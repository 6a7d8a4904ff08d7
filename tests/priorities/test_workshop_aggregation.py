"""Workshop helpers: participants' weights and votes aggregated, by hand."""

import pytest

from styra.priorities import Weights, aggregate_votes, aggregate_weights


def test_weights_are_normalised_per_participant_then_aggregated():
    result = aggregate_weights(
        [
            {"challenge": 3, "leverage": 1},  # → 0.75, 0.25
            {"challenge": 1, "leverage": 1},  # → 0.50, 0.50
            {"challenge": 0.2, "leverage": 0.8},  # → 0.20, 0.80
        ]
    )
    challenge, leverage = result.criteria
    assert result.participants == 3
    # mean (0.75 + 0.5 + 0.2) / 3 = 0.48333; deviations 0.26667, 0.01667, −0.28333
    # → population variance (0.071111 + 0.000278 + 0.080278) / 3 = 0.050556, sd 0.224845
    assert (challenge.mean, challenge.median) == pytest.approx((1.45 / 3, 0.5))
    assert (challenge.minimum, challenge.maximum, challenge.range) == pytest.approx(
        (0.2, 0.75, 0.55)
    )
    assert challenge.stdev == pytest.approx(0.224845, abs=1e-6)
    assert leverage.mean == pytest.approx(1.55 / 3)
    assert result.mean_weights == pytest.approx({"challenge": 1.45 / 3, "leverage": 1.55 / 3})
    assert result.median_weights == pytest.approx({"challenge": 0.5, "leverage": 0.5})


def test_weights_dataclass_and_all_zero_medians():
    assert aggregate_weights([Weights()]).mean_weights == pytest.approx(Weights().as_dict())
    result = aggregate_weights(
        [{"a": 1, "b": 0, "c": 0}, {"a": 0, "b": 1, "c": 0}, {"a": 0, "b": 0, "c": 1}]
    )
    assert result.median_weights is None
    assert result.mean_weights == pytest.approx({"a": 1 / 3, "b": 1 / 3, "c": 1 / 3})


@pytest.mark.parametrize(
    ("sets", "message"),
    [
        ([], "no weight sets"),
        ([{"a": 1}, {"b": 1}], "participant 2"),
        ([{"a": 0}], "every weight 0"),
        ([{"a": -1, "b": 2}], "≥ 0"),
    ],
)
def test_bad_weight_sets_are_refused(sets, message):
    with pytest.raises(ValueError, match=message):
        aggregate_weights(sets)


def test_votes_per_goal():
    result = aggregate_votes(
        [{"1": 3, "13": 2}, {"13": 5}, {"1": 1, "11": 4}], items=["1", "11", "13", "15"]
    )
    rows = {v.item_id: (v.total, v.median, v.supporters, v.share, v.priority) for v in result.items}
    # points: 1 → 3, 0, 1; 11 → 0, 0, 4; 13 → 2, 5, 0; 15 → nothing; 15 points in all
    # means 4/3, 4/3, 7/3, 0 → priority (min–max) 4/7, 4/7, 1, 0
    expected = {
        "1": (4, 1, 2, 4 / 15, 4 / 7),
        "11": (4, 0, 1, 4 / 15, 4 / 7),
        "13": (7, 2, 2, 7 / 15, 1.0),
        "15": (0, 0, 0, 0.0, 0.0),
    }
    assert rows.keys() == expected.keys()
    for item_id, row in expected.items():
        assert rows[item_id] == pytest.approx(row), item_id
    assert [v.item_id for v in result.items] == ["13", "1", "11", "15"]
    assert result.items[0].mean == pytest.approx(7 / 3)
    assert result.priority()["13"] == 1.0


def test_votes_items_default_to_those_voted_on_and_bad_ballots_are_refused():
    assert [v.item_id for v in aggregate_votes([{"2": 1}, {"5": 1}]).items] == ["2", "5"]
    with pytest.raises(ValueError, match="unknown item"):
        aggregate_votes([{"2": 1}], items=["1"])
    with pytest.raises(ValueError, match="need ≥ 0"):
        aggregate_votes([{"2": -1}])
    with pytest.raises(ValueError, match="no ballots"):
        aggregate_votes([])
