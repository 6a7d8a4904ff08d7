"""Workshop aggregation for M8: many participants' weights or votes → one input.

**Weights.** Each participant's weight set is first normalised to sum to 1
(giving 3, 2 and 1 points means 0.5, 0.33 and 0.17), so everyone counts
equally whatever scale they used. Per criterion: mean, median, min, max and the
population standard deviation. ``mean_weights`` (sums to 1 already) is the
proposal; ``median_weights`` are the medians renormalised to sum to 1 (``None``
if every median is 0).

**Votes.** Each ballot gives points ≥ 0 to items (goals or targets); an item a
participant gave nothing is 0 points from them — a ballot is an allocation, so
no points is a real 0. Per item: total, mean and median over all ballots, the
number of supporters (points > 0), the share of all points, and ``priority`` =
min–max of the mean points to 0–1 (all equal → 0.5), the M8 citizens
criterion.
"""

import math
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from styra.priorities.scaling import scale_min_max
from styra.priorities.scoring import Weights


@dataclass(frozen=True)
class CriterionSpread:
    criterion: str
    mean: float
    median: float
    minimum: float
    maximum: float
    stdev: float  # population standard deviation

    @property
    def range(self) -> float:
        return self.maximum - self.minimum


@dataclass(frozen=True)
class WeightAggregate:
    participants: int
    criteria: tuple[CriterionSpread, ...]
    mean_weights: Mapping[str, float]  # sums to 1
    median_weights: Mapping[str, float] | None  # renormalised; None if all medians are 0


@dataclass(frozen=True)
class ItemVotes:
    item_id: str
    total: float
    mean: float
    median: float
    supporters: int  # ballots giving it more than 0
    share: float  # of all points given (0 if nobody gave any)
    priority: float  # min–max of mean, 0–1


@dataclass(frozen=True)
class VoteAggregate:
    participants: int
    items: tuple[ItemVotes, ...]  # most points first, ties in item order

    def priority(self) -> dict[str, float]:
        """Item → citizens' priority 0–1, the M8 criterion."""
        return {item.item_id: item.priority for item in self.items}


def aggregate_weights(weight_sets: Sequence[Weights | Mapping[str, float]]) -> WeightAggregate:
    """Mean, median and spread of the participants' (normalised) weights."""
    if not weight_sets:
        raise ValueError("no weight sets to aggregate")
    sets = [_normalised(w.as_dict() if isinstance(w, Weights) else dict(w)) for w in weight_sets]
    criteria = list(sets[0])
    for number, weights in enumerate(sets[1:], start=2):
        if set(weights) != set(criteria):
            raise ValueError(f"participant {number} weights {sorted(weights)}, not {criteria}")
    spreads = tuple(_spread(c, [weights[c] for weights in sets]) for c in criteria)
    mean_weights = {s.criterion: s.mean for s in spreads}
    median_total = math.fsum(s.median for s in spreads)
    median_weights = (
        {s.criterion: s.median / median_total for s in spreads} if median_total > 0 else None
    )
    return WeightAggregate(len(sets), spreads, mean_weights, median_weights)


def aggregate_votes(
    ballots: Sequence[Mapping[str, float]], items: Sequence[str] | None = None
) -> VoteAggregate:
    """Points per item over all ballots; ``items`` lists every item (default: those voted on)."""
    if not ballots:
        raise ValueError("no ballots to aggregate")
    ids = list(items) if items is not None else list(dict.fromkeys(k for b in ballots for k in b))
    known = set(ids)
    for number, ballot in enumerate(ballots, start=1):
        for item_id, points in ballot.items():
            if item_id not in known:
                raise ValueError(f"ballot {number}: unknown item {item_id!r}")
            if not math.isfinite(points) or points < 0:
                raise ValueError(f"ballot {number}: {item_id!r} has {points!r} points (need ≥ 0)")
    given = {item_id: [float(b.get(item_id, 0)) for b in ballots] for item_id in ids}
    grand_total = math.fsum(math.fsum(p) for p in given.values())
    priority = scale_min_max({item_id: statistics.fmean(p) for item_id, p in given.items()})
    votes = [
        ItemVotes(
            item_id=item_id,
            total=math.fsum(p),
            mean=statistics.fmean(p),
            median=statistics.median(p),
            supporters=sum(x > 0 for x in p),
            share=math.fsum(p) / grand_total if grand_total > 0 else 0.0,
            priority=priority[item_id] or 0.0,
        )
        for item_id, p in given.items()
    ]
    return VoteAggregate(len(ballots), tuple(sorted(votes, key=lambda v: -v.total)))


def _normalised(weights: dict[str, float]) -> dict[str, float]:
    if not weights:
        raise ValueError("an empty weight set")
    for criterion, weight in weights.items():
        if not math.isfinite(weight) or weight < 0:
            raise ValueError(f"weight of {criterion!r} must be a number ≥ 0, not {weight!r}")
    total = math.fsum(weights.values())
    if total <= 0:
        raise ValueError("a weight set with every weight 0")
    return {criterion: weight / total for criterion, weight in weights.items()}


def _spread(criterion: str, values: list[float]) -> CriterionSpread:
    return CriterionSpread(
        criterion=criterion,
        mean=statistics.fmean(values),
        median=statistics.median(values),
        minimum=min(values),
        maximum=max(values),
        stdev=statistics.pstdev(values),
    )
