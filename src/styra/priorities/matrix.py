"""The cross-impact matrix of M9 (SEI "SDG Synergies"): who influences whom, −3…+3.

A cell ``(i, j)`` says how progress on target ``i`` influences target ``j``:
+3 indivisible, +2 reinforcing, +1 enabling, 0 consistent, −1 constraining,
−2 counteracting, −3 cancelling (Nilsson et al. 2016). The diagonal is empty. A
cell that has not been scored yet is *missing*: it is absent from ``cells``,
counted by ``missing_count`` and never read as 0.
"""

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

MIN_SCORE = -3
MAX_SCORE = 3

Pair = tuple[str, str]


@dataclass(frozen=True)
class Cell:
    score: int  # −3…+3
    rationale: str = ""


@dataclass(frozen=True)
class InteractionMatrix:
    """Scores between ``targets`` (in display order); ``cells[(i, j)]`` is i's influence on j."""

    targets: tuple[str, ...]
    cells: Mapping[Pair, Cell] = field(default_factory=dict)

    def __post_init__(self) -> None:
        targets = tuple(self.targets)
        if len(targets) < 2:
            raise ValueError("an interaction matrix needs at least two targets")
        if len(set(targets)) != len(targets):
            raise ValueError(f"duplicate targets in {targets!r}")
        known = set(targets)
        for (source, target), cell in self.cells.items():
            if source not in known or target not in known:
                raise ValueError(f"cell {source!r} → {target!r} names a target not in the matrix")
            if source == target:
                raise ValueError(f"cell {source!r} → {target!r}: the diagonal stays empty")
            if not _is_score(cell.score):
                raise ValueError(f"cell {source!r} → {target!r}: score {cell.score!r} not in −3…+3")
        ordered = {pair: self.cells[pair] for pair in self.pairs() if pair in self.cells}
        object.__setattr__(self, "targets", targets)
        object.__setattr__(self, "cells", MappingProxyType(ordered))

    @classmethod
    def from_scores(
        cls,
        targets: Sequence[str],
        scores: Mapping[Pair, int],
        rationales: Mapping[Pair, str] | None = None,
    ) -> "InteractionMatrix":
        """A matrix from plain scores (and optional rationales for scored cells)."""
        notes = rationales or {}
        extra = set(notes) - set(scores)
        if extra:
            raise ValueError(f"rationales for cells without a score: {sorted(extra)!r}")
        cells = {pair: Cell(score, notes.get(pair, "")) for pair, score in scores.items()}
        return cls(tuple(targets), cells)

    def pairs(self) -> Iterator[Pair]:
        """Every off-diagonal pair, row by row in target order."""
        for source in self.targets:
            for target in self.targets:
                if source != target:
                    yield source, target

    def score(self, source: str, target: str) -> int | None:
        """The score of ``source`` → ``target``, or ``None`` if not yet scored."""
        cell = self.cells.get((source, target))
        return None if cell is None else cell.score

    @property
    def pair_count(self) -> int:
        """n · (n − 1): the number of cells to score."""
        return len(self.targets) * (len(self.targets) - 1)

    @property
    def missing(self) -> tuple[Pair, ...]:
        """The pairs not yet scored, row by row."""
        return tuple(pair for pair in self.pairs() if pair not in self.cells)

    @property
    def missing_count(self) -> int:
        return self.pair_count - len(self.cells)

    @property
    def is_complete(self) -> bool:
        return self.missing_count == 0


def _is_score(value: object) -> bool:
    return (
        isinstance(value, int) and not isinstance(value, bool) and MIN_SCORE <= value <= MAX_SCORE
    )
