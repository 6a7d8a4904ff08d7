"""A network's view of its members' self-assessments: one figure per member, aggregated.

Each member that shares its maturity with the network brings one value per
dimension: the median of its newest round that shows one (a round's median is
shown only from ``MIN_RESPONDENTS`` answers). The network sees, per dimension,
the mean and the median of those values, their spread (lowest, hinges, highest)
and the distribution: how many members lie on each level (a median of 2.5
counts on level 2). With fewer than ``MIN_MEMBERS`` members the aggregate is
not shown: with two, each would read the other's value from the mean beside
its own. Pure: no Django, no clock.
"""

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from styra.maturity.scale import LEVELS
from styra.maturity.summary import hinges, median

MIN_MEMBERS = 3


@dataclass(frozen=True)
class NetworkDimension:
    """The members' values on one dimension (``n`` members); only ``n`` below ``MIN_MEMBERS``."""

    dimension_id: str
    n: int
    mean: float | None = None
    median: float | None = None
    minimum: float | None = None
    maximum: float | None = None
    q1: float | None = None
    q3: float | None = None
    distribution: tuple[int, ...] = ()  # members per level 0–4

    @property
    def shown(self) -> bool:
        return self.mean is not None


def summarise_members(
    values: Mapping[str, Mapping[str, float]],
    dimension_ids: Sequence[str],
    minimum: int = MIN_MEMBERS,
) -> list[NetworkDimension]:
    """One aggregate per dimension, in order, from ``{member: {dimension_id: value}}``.

    A member without a value on a dimension is left out of that dimension only.
    """
    found = []
    for dimension_id in dimension_ids:
        levels = sorted(v[dimension_id] for v in values.values() if v.get(dimension_id) is not None)
        if len(levels) < minimum:
            found.append(NetworkDimension(dimension_id, len(levels)))
            continue
        q1, q3 = hinges(levels)
        counts = [0] * len(LEVELS)
        for level in levels:
            counts[math.floor(level)] += 1
        found.append(
            NetworkDimension(
                dimension_id,
                len(levels),
                mean=round(sum(levels) / len(levels), 2),
                median=median(levels),
                minimum=levels[0],
                maximum=levels[-1],
                q1=q1,
                q3=q3,
                distribution=tuple(counts),
            )
        )
    return found
