"""Aggregation of the answers of one round, and change between rounds (docs/maturity.md).

Per dimension: the number of respondents n, the median, the lowest and the
highest answer, the quartiles by Tukey's hinges and the flags "low" and
"disagreement". Individual answers go in; only aggregates come out.

Quartiles (Tukey's hinges, defined for every n ≥ 1): sort the n answers;
the lower half is the first ⌈n/2⌉ of them and the upper half the last ⌈n/2⌉
(for odd n both halves include the median); Q1 is the median of the lower
half and Q3 that of the upper half; IQR = Q3 − Q1. So n = 1 gives IQR 0 and
n = 2 gives IQR = max − min.
"""

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from styra.maturity.scale import (
    DISAGREEMENT_SPREAD,
    LOW_MEDIAN,
    MIDDLE_BELOW,
    MIN_RESPONDENTS,
    check_level,
)


def median(values: Sequence[float]) -> float:
    """The median of sorted ``values``: the middle one, or the mean of the two middle ones."""
    if not values:
        raise ValueError("the median of no values is undefined")
    middle = len(values) // 2
    if len(values) % 2:
        return float(values[middle])
    return (values[middle - 1] + values[middle]) / 2


def hinges(values: Sequence[float]) -> tuple[float, float]:
    """Tukey's hinges (Q1, Q3) of sorted ``values``."""
    half = (len(values) + 1) // 2
    return median(values[:half]), median(values[len(values) - half :])


@dataclass(frozen=True)
class DimensionSummary:
    """The answers to one dimension in one round; ``None`` where no one answered."""

    dimension_id: str
    n: int
    median: float | None = None
    minimum: int | None = None
    maximum: int | None = None
    q1: float | None = None
    q3: float | None = None

    @property
    def iqr(self) -> float | None:
        return None if self.q1 is None or self.q3 is None else self.q3 - self.q1

    @property
    def low(self) -> bool:
        """The median is at or below 1.5: most respondents place the dimension at 0–1."""
        return self.median is not None and self.median <= LOW_MEDIAN

    @property
    def disagreement(self) -> bool:
        """The middle half of the respondents spans at least two levels (IQR ≥ 2)."""
        return self.iqr is not None and self.iqr >= DISAGREEMENT_SPREAD

    @property
    def band(self) -> str | None:
        """Which suggestions apply: "low" (median ≤ 1.5), "middle" (2 or 2.5) or none."""
        if self.median is None:
            return None
        if self.low:
            return "low"
        return "middle" if self.median < MIDDLE_BELOW else None


def summarise_levels(dimension_id: str, levels: Iterable[int]) -> DimensionSummary:
    """Aggregate one dimension's answers (each 0–4) in one round."""
    values = sorted(check_level(level) for level in levels)
    if not values:
        return DimensionSummary(dimension_id, 0)
    q1, q3 = hinges(values)
    return DimensionSummary(
        dimension_id, len(values), median(values), values[0], values[-1], q1, q3
    )


def disclosable(summary: DimensionSummary, minimum: int = MIN_RESPONDENTS) -> DimensionSummary:
    """The summary as it may be shown: with fewer than ``minimum`` respondents only n.

    With two respondents the median, or the lowest and highest answer, beside one's
    own answer would tell each of them the other's."""
    return summary if summary.n >= minimum else DimensionSummary(summary.dimension_id, summary.n)


def summarise_round(
    answers: Iterable[tuple[str, int]], dimension_ids: Sequence[str]
) -> list[DimensionSummary]:
    """One summary per dimension, in the order of ``dimension_ids``, from (dimension, level) pairs.

    A dimension no one answered has n = 0. An answer to an unknown dimension
    is a ``ValueError``.
    """
    levels: dict[str, list[int]] = defaultdict(list)
    known = set(dimension_ids)
    for dimension_id, level in answers:
        if dimension_id not in known:
            raise ValueError(f"{dimension_id!r} is not a dimension of this assessment")
        levels[dimension_id].append(level)
    return [summarise_levels(d, levels.get(d, ())) for d in dimension_ids]


@dataclass(frozen=True)
class DimensionChange:
    """How a dimension's median moved from one round to a later one."""

    dimension_id: str
    before: float | None
    after: float | None

    @property
    def change(self) -> float | None:
        """after − before; ``None`` when either round has no answer to the dimension."""
        return None if self.before is None or self.after is None else self.after - self.before


def compare_rounds(
    before: Sequence[DimensionSummary], after: Sequence[DimensionSummary]
) -> list[DimensionChange]:
    """The change in median per dimension, in the order of ``after``."""
    earlier = {summary.dimension_id: summary.median for summary in before}
    return [
        DimensionChange(summary.dimension_id, earlier.get(summary.dimension_id), summary.median)
        for summary in after
    ]


def history(
    rounds: Sequence[Sequence[DimensionSummary]], dimension_ids: Sequence[str]
) -> list[tuple[str, list[DimensionSummary]]]:
    """Per dimension, its summary in each round (in the order given); n = 0 where absent."""
    by_round = [{s.dimension_id: s for s in summaries} for summaries in rounds]
    return [
        (d, [summaries.get(d) or DimensionSummary(d, 0) for summaries in by_round])
        for d in dimension_ids
    ]
