"""A round's answers per dimension, the change between two rounds and the history."""

import pytest

from styra.maturity import (
    DimensionChange,
    DimensionSummary,
    compare_rounds,
    history,
    summarise_round,
)

DIMENSIONS = ("political_decision", "steering_group", "follow_up")


def test_round_summary_per_dimension_in_catalog_order():
    answers = [
        ("follow_up", 1),
        ("political_decision", 2),
        ("follow_up", 3),
        ("political_decision", 4),
        ("political_decision", 3),
    ]
    summaries = summarise_round(answers, DIMENSIONS)
    assert summaries == [
        DimensionSummary("political_decision", 3, 3.0, 2, 4, 2.5, 3.5),
        DimensionSummary("steering_group", 0),
        DimensionSummary("follow_up", 2, 2.0, 1, 3, 1.0, 3.0),
    ]


def test_an_answer_to_an_unknown_dimension_is_refused():
    with pytest.raises(ValueError, match="'budget' is not a dimension"):
        summarise_round([("budget", 2)], DIMENSIONS)


def test_change_between_rounds_is_the_difference_of_medians():
    spring = summarise_round([("political_decision", 1), ("follow_up", 2)], DIMENSIONS)
    autumn = summarise_round(
        [("political_decision", 3), ("political_decision", 2), ("steering_group", 2)], DIMENSIONS
    )
    changes = compare_rounds(spring, autumn)
    assert changes == [
        DimensionChange("political_decision", 1.0, 2.5),
        DimensionChange("steering_group", None, 2.0),
        DimensionChange("follow_up", 2.0, None),
    ]
    assert [c.change for c in changes] == [1.5, None, None]


def test_change_can_be_negative_or_zero():
    before = [DimensionSummary("follow_up", 2, 3.0, 3, 3, 3.0, 3.0)]
    assert compare_rounds(before, [DimensionSummary("follow_up", 1, 1.0, 1, 1, 1.0, 1.0)])[
        0
    ].change == (-2.0)
    assert compare_rounds(before, before)[0].change == 0.0


def test_history_lines_up_each_dimension_over_the_rounds():
    first = summarise_round([("follow_up", 1)], DIMENSIONS)
    second = summarise_round([("follow_up", 2), ("steering_group", 4)], DIMENSIONS)
    rows = history([first, second], DIMENSIONS)
    assert [d for d, _ in rows] == list(DIMENSIONS)
    medians = {d: [s.median for s in summaries] for d, summaries in rows}
    assert medians == {
        "political_decision": [None, None],
        "steering_group": [None, 4.0],
        "follow_up": [1.0, 2.0],
    }
    assert history([[]], ("follow_up",)) == [("follow_up", [DimensionSummary("follow_up", 0)])]
