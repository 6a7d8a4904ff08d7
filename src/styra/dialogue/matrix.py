"""A matrix question: each row answered by one column; per row, how many chose each column.

An answer is {row: column} for the rows the participant answered. Per row the
counts and shares are of the answers giving that row (``count_choices``), and
rows or columns the question no longer has are counted after the others.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from styra.dialogue.choices import ChoiceResult, count_choices


@dataclass(frozen=True)
class MatrixRow:
    row: str
    result: ChoiceResult  # per column: count and share of those answering this row
    offered: bool = True  # False: a row no longer in the question


@dataclass(frozen=True)
class MatrixResult:
    answered: int  # answers to the question (a participant may skip rows)
    rows: tuple[MatrixRow, ...]  # offered order, then others in the order first met

    def row(self, row: str) -> MatrixRow:
        return next(r for r in self.rows if r.row == row)


def count_matrix(
    answers: Sequence[Mapping[str, str]], rows: Sequence[str], columns: Sequence[str]
) -> MatrixResult:
    """Per row: how many chose each column, of the answers giving that row."""
    for number, answer in enumerate(answers, start=1):
        if not isinstance(answer, Mapping):
            raise ValueError(f"svar {number}: en matris besvaras med ett val per rad")
    given = dict.fromkeys(row for answer in answers for row in answer)
    known = set(rows)
    return MatrixResult(
        len(answers),
        tuple(
            MatrixRow(row, count_choices([a[row] for a in answers if row in a], columns), offered)
            for shown, offered in ((rows, True), ([r for r in given if r not in known], False))
            for row in shown
        ),
    )
