"""M10 on a goal: the peers that improved most on the goal's KPIs ("lär av andra").

For each KPI of the goal with a direction (polarity ≠ 0), ``learn_from_peers``
ranks the areas of the reference set that improved most (M10, with its rules
for KPIs measured every few years). A peer here is an area that is among those
on at least one KPI; peers that improved on more of the goal's KPIs come first,
then those ranked higher. The area itself is never its own peer.
"""

from collections.abc import Sequence
from dataclasses import dataclass

import polars as pl

from styra.analysis.peers import PeerComparison, learn_from_peers
from styra.analysis.reference import ReferenceSet
from styra.analysis.settings import AnalysisSettings


@dataclass(frozen=True)
class Improvement:
    """How one peer improved on one KPI: its rank among the peers (1 = most)."""

    kpi_id: str
    rank: int
    improvement: float  # oriented slope, KPI unit per year
    value: float
    value_year: int
    measured_every: int | None  # years between measurements; None: every year


@dataclass(frozen=True)
class GoalPeer:
    area_id: str
    improvements: tuple[Improvement, ...]  # the goal's KPIs it improved most on, best first

    @property
    def kpi_ids(self) -> tuple[str, ...]:
        return tuple(i.kpi_id for i in self.improvements)


@dataclass(frozen=True)
class GoalPeers:
    comparisons: tuple[PeerComparison, ...]  # one per KPI with a direction
    peers: tuple[GoalPeer, ...]  # best first

    @property
    def cannot_be_judged(self) -> tuple[str, ...]:
        """KPIs measured every few years with too few measurements to judge anyone."""
        return tuple(c.kpi_id for c in self.comparisons if c.cannot_be_judged)


def peers_on_goal(
    values: pl.DataFrame,
    kpis: Sequence[tuple[str, int]],
    reference: ReferenceSet,
    year: int,
    settings: AnalysisSettings,
    area_id: str,
) -> GoalPeers:
    """The peers of ``area_id`` in ``reference`` on the goal's ``kpis`` (id, polarity)."""
    directed = [(kpi_id, polarity) for kpi_id, polarity in kpis if polarity != 0]
    wanted = pl.Series([kpi_id for kpi_id, _ in directed], dtype=pl.Utf8).implode()
    of_goal = values.filter(pl.col("kpi_id").is_in(wanted))
    comparisons = tuple(
        learn_from_peers(of_goal, kpi_id, polarity, reference, year, settings)
        for kpi_id, polarity in directed
    )
    found: dict[str, list[Improvement]] = {}
    for comparison in comparisons:
        for rank, peer in enumerate(comparison.peers, start=1):
            if peer.area_id != area_id:
                improvement = Improvement(
                    comparison.kpi_id,
                    rank,
                    peer.improvement,
                    peer.value,
                    peer.value_year,
                    comparison.measured_every,
                )
                found.setdefault(peer.area_id, []).append(improvement)
    peers = [
        GoalPeer(area, tuple(sorted(improvements, key=lambda i: (i.rank, i.kpi_id))))
        for area, improvements in found.items()
    ]
    peers.sort(key=lambda p: (-len(p.improvements), p.improvements[0].rank, p.area_id))
    return GoalPeers(comparisons, tuple(peers))
