"""The interaction matrix keeps the diagonal empty, scores in −3…+3, and counts missing cells."""

import pytest

from styra.priorities import Cell, InteractionMatrix
from tests.priorities.matrices import FOUR, THREE


def test_missing_cells_are_listed_row_by_row():
    assert FOUR.missing == (("1.2", "2.1"),)
    assert (FOUR.pair_count, FOUR.missing_count, FOUR.is_complete) == (12, 1, False)
    assert THREE.is_complete
    assert FOUR.score("1.2", "2.1") is None
    assert FOUR.score("1.1", "2.2") == 0


def test_an_empty_matrix_has_every_cell_missing():
    matrix = InteractionMatrix(("1.1", "2.1", "3.1"))
    assert matrix.missing_count == 6


@pytest.mark.parametrize(
    ("targets", "cells", "message"),
    [
        (("1.1",), {}, "at least two"),
        (("1.1", "1.1"), {}, "duplicate"),
        (("1.1", "2.1"), {("1.1", "1.1"): Cell(1)}, "diagonal"),
        (("1.1", "2.1"), {("1.1", "3.1"): Cell(1)}, "not in the matrix"),
        (("1.1", "2.1"), {("1.1", "2.1"): Cell(4)}, "score 4 not in"),
        (("1.1", "2.1"), {("1.1", "2.1"): Cell(True)}, "score True not in"),
    ],
)
def test_invalid_matrices_are_refused(targets, cells, message):
    with pytest.raises(ValueError, match=message):
        InteractionMatrix(targets, cells)


def test_rationale_without_score_is_refused():
    with pytest.raises(ValueError, match="without a score"):
        InteractionMatrix.from_scores(["1.1", "2.1"], {}, {("1.1", "2.1"): "varför"})


def test_equal_matrices_compare_equal_whatever_the_cell_order():
    scores = {("1.1", "2.1"): 1, ("2.1", "1.1"): -1}
    reversed_scores = dict(reversed(list(scores.items())))
    assert InteractionMatrix.from_scores(["1.1", "2.1"], scores) == InteractionMatrix.from_scores(
        ["1.1", "2.1"], reversed_scores
    )
