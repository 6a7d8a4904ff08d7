""" "Distribute 100 points": answers {item: points} → per item mean, interval, total, supporters.

An answer (an allocation) gives whole points ≥ 0 to some of the items offered
and its points add up to ``TOTAL_POINTS``; an item it leaves out got 0 points
from that participant (an allocation, so no points is a real 0).
``check_allocation`` says what is wrong with one answer. Per item: the mean
points over all participants with its 95 % percentile bootstrap interval
(``styra.dialogue.bootstrap``), the total, and the supporters (participants
giving it more than 0). Items are listed by mean, highest first, ties in the
order offered.
"""

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from styra.dialogue.bootstrap import RESAMPLES, Interval, bootstrap_means
from styra.dialogue.problems import Problem, is_whole, raise_first_invalid

TOTAL_POINTS = 100


@dataclass(frozen=True)
class ItemPoints:
    item: str
    mean: float | None  # None when nobody answered
    interval: Interval | None
    total: int
    supporters: int  # participants giving it more than 0


@dataclass(frozen=True)
class PointsResult:
    offered: tuple[str, ...]
    participants: int
    items: tuple[ItemPoints, ...]  # by mean, highest first; ties in the order offered
    resamples: int

    def item(self, item: str) -> ItemPoints:
        return next(points for points in self.items if points.item == item)


def check_allocation(
    allocation: object, offered: Sequence[str], total: int = TOTAL_POINTS
) -> list[Problem]:
    """What is wrong with one answer: an item not offered, points that are not whole
    numbers ≥ 0, or points that do not add up to ``total``."""
    if not isinstance(allocation, Mapping):
        return [Problem("not_a_mapping", None, "svaret måste ge poäng till alternativen")]
    problems, given = [], 0
    allowed = set(offered)
    for item, points in allocation.items():
        if item not in allowed:
            problems.append(Problem("unknown_item", str(item), f"«{item}» finns inte att välja"))
        elif not is_whole(points):
            message = f"«{item}»: poängen måste vara ett heltal (inte {points!r})"
            problems.append(Problem("not_whole", item, message))
        elif points < 0:
            message = f"«{item}»: poängen kan inte vara mindre än 0 ({points})"
            problems.append(Problem("negative", item, message))
        else:
            given += int(points)
    if not problems and given != total:
        message = f"poängen ska bli {total} tillsammans, nu blir de {given}"
        problems.append(Problem("wrong_total", None, message))
    return problems


def aggregate_points(
    allocations: Sequence[Mapping[str, int]],
    offered: Sequence[str],
    *,
    total: int = TOTAL_POINTS,
    resamples: int = RESAMPLES,
    rng: random.Random | None = None,
) -> PointsResult:
    """Mean (with interval), total and supporters per item offered.

    Raises ``InvalidAnswer`` naming the first (1-based) answer ``check_allocation`` refuses.
    """
    offered = tuple(offered)
    if not offered or len(set(offered)) != len(offered):
        raise ValueError(f"points need at least one item offered, each once, not {offered}")
    raise_first_invalid([check_allocation(a, offered, total) for a in allocations])
    given = {item: [int(a.get(item, 0)) for a in allocations] for item in offered}
    n = len(allocations)
    intervals = bootstrap_means(list(given.values()), resamples=resamples, rng=rng) if n else []
    items = [
        ItemPoints(
            item=item,
            mean=sum(points) / n if n else None,
            interval=intervals[i] if n else None,
            total=sum(points),
            supporters=sum(p > 0 for p in points),
        )
        for i, (item, points) in enumerate(given.items())
    ]
    items.sort(key=lambda points: -(points.mean or 0.0))  # stable: ties keep the offered order
    return PointsResult(offered, n, tuple(items), resamples)
