"""The 95 % bootstrap interval of a mean (percentile method), resampling participants.

Each participant gives one whole number per variable (a column: the Borda
points of a goal, the points given to an item). One resample draws n of the n
participants with replacement (all columns of a drawn participant together);
its statistic is each column's mean. From ``RESAMPLES`` (1000) resamples the
interval is the 2.5th and the 97.5th percentile of those means, by linear
interpolation between the sorted values (Hyndman–Fan type 7, numpy's default).

Deterministic: the draws come from the ``random.Random`` passed in (default
``random.Random(SEED)``), which seeds polars' sampling chunk by chunk; the same
data and seed give the same interval. Whole numbers keep the sums exact, so
identical answers give a zero-width interval.
"""

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass

import polars as pl

RESAMPLES = 1000
SEED = 2030
LEVEL = 0.95
CHUNK_ROWS = 250_000  # participants × resamples drawn at once (bounds the memory: 17 MB)


@dataclass(frozen=True)
class Interval:
    lower: float
    upper: float

    @property
    def width(self) -> float:
        return self.upper - self.lower

    def contains(self, value: float, tolerance: float = 1e-9) -> bool:
        return self.lower - tolerance <= value <= self.upper + tolerance

    def mapped(self, factor: float, offset: float = 0.0) -> "Interval":
        """The interval of ``offset + factor · x`` (ends swapped when ``factor`` < 0)."""
        ends = sorted((offset + factor * self.lower, offset + factor * self.upper))
        return Interval(ends[0], ends[1])


def bootstrap_means(
    columns: Sequence[Sequence[int]],
    *,
    resamples: int = RESAMPLES,
    rng: random.Random | None = None,
    level: float = LEVEL,
) -> list[Interval]:
    """Per column, the percentile bootstrap interval of its mean over the participants."""
    sums = bootstrap_sums(columns, resamples=resamples, rng=rng)
    n = len(columns[0])
    tail = (1 - level) / 2
    intervals = []
    for column_sums in sums:
        ordered = sorted(column_sums)
        intervals.append(Interval(percentile(ordered, tail) / n, percentile(ordered, 1 - tail) / n))
    return intervals


def bootstrap_sums(
    columns: Sequence[Sequence[int]],
    *,
    resamples: int = RESAMPLES,
    rng: random.Random | None = None,
) -> list[list[int]]:
    """Per column, its sum in each of ``resamples`` resamples of the participants."""
    if not columns or not columns[0]:
        raise ValueError("bootstrap needs at least one column and one participant")
    n = len(columns[0])
    if any(len(column) != n for column in columns):
        raise ValueError("every column needs one value per participant")
    if resamples < 1:
        raise ValueError(f"resamples must be at least 1, not {resamples}")
    rng = rng or random.Random(SEED)
    largest = max((abs(v) for column in columns for v in column), default=0)
    dtype = pl.Int32 if largest * n < 2**31 else pl.Int64
    frame = pl.DataFrame(
        {str(i): column for i, column in enumerate(columns)},
        schema_overrides={str(i): dtype for i in range(len(columns))},
    )
    indices = pl.int_range(0, n, eager=True, dtype=pl.UInt32)
    per_chunk = max(1, min(resamples, CHUNK_ROWS // n))
    sums: list[list[int]] = [[] for _ in columns]
    done = 0
    while done < resamples:
        chunk = min(per_chunk, resamples - done)
        drawn = indices.sample(n * chunk, with_replacement=True, seed=rng.getrandbits(63))
        chunk_sums = frame.select(pl.all().gather(drawn).reshape((chunk, n)).arr.sum())
        for i, name in enumerate(chunk_sums.columns):
            sums[i].extend(chunk_sums[name].to_list())
        done += chunk
    return sums


def percentile(ordered: Sequence[float], q: float) -> float:
    """The ``q`` quantile (0–1) of sorted values, linear between them (type 7)."""
    if not ordered:
        raise ValueError("percentile of no values")
    position = (len(ordered) - 1) * q
    below = math.floor(position)
    above = min(below + 1, len(ordered) - 1)
    return ordered[below] + (position - below) * (ordered[above] - ordered[below])
