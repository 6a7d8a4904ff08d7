"""A scale question (e.g. 1–5): count, mean, median and how many gave each value.

Every value from ``low`` to ``high`` is in the distribution, with 0 where
nobody gave it; a value an answer gives outside the scale the question has
now is counted too (the distribution then reaches it): nothing is dropped.
"""

import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from styra.dialogue.problems import InvalidAnswer, Problem, is_whole


@dataclass(frozen=True)
class ScaleValue:
    value: int
    count: int
    share: float | None  # count / answered; None when nobody answered


@dataclass(frozen=True)
class ScaleResult:
    answered: int
    mean: float | None  # None when nobody answered
    median: float | None
    distribution: tuple[ScaleValue, ...]  # every value low…high (and any outside), in order


def summarise_scale(answers: Sequence[int], low: int, high: int) -> ScaleResult:
    """Count, mean, median and distribution of whole-number answers on ``low``–``high``."""
    if low >= high:
        raise ValueError(f"a scale needs low < high, not {low}–{high}")
    for number, answer in enumerate(answers, start=1):
        if not is_whole(answer):
            message = f"värdet måste vara ett heltal (inte {answer!r})"
            raise InvalidAnswer(number, [Problem("not_whole", None, message)])
    values = [int(answer) for answer in answers]
    counts = Counter(values)
    n = len(values)
    shown = range(min([low, *values]), max([high, *values]) + 1)
    return ScaleResult(
        answered=n,
        mean=statistics.fmean(values) if n else None,
        median=statistics.median(values) if n else None,
        distribution=tuple(
            ScaleValue(value, counts[value], counts[value] / n if n else None) for value in shown
        ),
    )
