"""M10 learn from peers: the areas of a reference set that improved most on a KPI.

Improvement is the Theil–Sen slope (M3) over the last 5 years up to each area's
latest value (at most the analysis year), times the polarity, in the KPI's unit
per year; at least 3 values are needed. Only areas that improved (a positive
oriented slope) are peers; areas with too little data are counted, not hidden.
Neutral KPIs have no improvement to rank.
"""

from dataclasses import dataclass

import polars as pl

from styra.analysis.reference import ReferenceSet
from styra.analysis.settings import AnalysisSettings
from styra.analysis.trends import compute_trends


@dataclass(frozen=True)
class Peer:
    area_id: str
    improvement: float  # oriented Theil–Sen slope, KPI unit per year
    trend_r: float
    value: float  # the level now
    value_year: int


@dataclass(frozen=True)
class PeerComparison:
    kpi_id: str
    reference_label: str
    reference_size: int  # areas of the set with a value up to the year
    too_little_data: int  # of those, areas with fewer than 3 values in the window
    peers: tuple[Peer, ...]  # best first


def learn_from_peers(
    values: pl.DataFrame,
    kpi_id: str,
    polarity: int,
    reference: ReferenceSet,
    year: int,
    settings: AnalysisSettings,
) -> PeerComparison:
    """The ``settings.peer_count`` areas of ``reference`` with the largest improvement."""
    ids = pl.Series(list(reference.area_ids), dtype=pl.Utf8)
    series = values.filter(
        (pl.col("kpi_id") == kpi_id)
        & (pl.col("gender") == "T")
        & pl.col("area_id").is_in(ids.implode())
        & (pl.col("year") <= year)
        & pl.col("value").is_not_null()
    ).select("kpi_id", "area_id", pl.col("year").cast(pl.Int64), "value")
    sign = pl.DataFrame({"kpi_id": [kpi_id], "polarity": [polarity]})
    trends = compute_trends(series, sign, settings, window=settings.peer_window)
    latest = (
        trends.join(series, on=["kpi_id", "area_id", "year"])
        .sort("year")
        .group_by("area_id")
        .last()
    )
    judged = latest.filter(pl.col("trend_slope").is_not_null())
    ranked = judged.filter(polarity * pl.col("trend_slope") > 0)
    peers = (
        ()
        if polarity == 0
        else tuple(
            Peer(
                row["area_id"],
                polarity * row["trend_slope"],
                row["trend_r"],
                row["value"],
                row["year"],
            )
            for row in ranked.with_columns((polarity * pl.col("trend_slope")).alias("improvement"))
            .sort(["improvement", "area_id"], descending=[True, False])
            .head(settings.peer_count)
            .iter_rows(named=True)
        )
    )
    return PeerComparison(
        kpi_id, reference.label, latest.height, latest.height - judged.height, peers
    )
