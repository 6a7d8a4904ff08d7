"""M10 learn from peers: the areas of a reference set that improved most on a KPI.

Improvement is the Theil–Sen slope (M3) over the last 5 years up to each area's
latest value (at most the analysis year), times the polarity, in the KPI's unit
per year; at least 3 values are needed. Only areas that improved (a positive
oriented slope) are peers; areas with too little data are counted, not hidden.
Neutral KPIs have no improvement to rank.

A KPI measured every few years (election turnout), whose value Kolada repeats
in between, is judged on its measurements only: the window reaches back to the
last 3 measurements (the elections of 2014, 2018 and 2022), and
``measured_every`` says how many years lie between them. With fewer than 3
measurements nobody can be judged, and the comparison says so
(``cannot_be_judged``) instead of listing zeros.
"""

from dataclasses import dataclass

import polars as pl

from styra.analysis.measurements import carried_years, window_starts
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
    measured_every: int | None = None  # years between measurements; None: every year
    first_year: int | None = None  # the window's first year at the latest year with values

    @property
    def cannot_be_judged(self) -> bool:
        """Measured every few years, and no area with values has enough measurements."""
        few = self.too_little_data == self.reference_size > 0
        return self.measured_every is not None and few


def kpi_values(values: pl.DataFrame, kpi_id: str, year: int) -> pl.DataFrame:
    """The KPI's total values of every area up to ``year`` (all areas tell repeated years)."""
    return values.filter(
        (pl.col("kpi_id") == kpi_id)
        & (pl.col("gender") == "T")
        & (pl.col("year") <= year)
        & pl.col("value").is_not_null()
    ).select("kpi_id", "area_id", pl.col("year").cast(pl.Int64), "value")


def measurement_window(series: pl.DataFrame, settings: AnalysisSettings) -> tuple:
    """(measured_every, first_year) of the window at the KPI's latest year."""
    if series.is_empty():
        return None, None
    carried = carried_years(series.lazy())
    starts = window_starts(carried, settings.peer_window, settings.trend_min_values)
    latest = starts.collect().sort("year").row(-1, named=True)
    return latest["measured_every"], latest["window_start"]


def ranked_peers(latest: pl.DataFrame, polarity: int, count: int) -> tuple[Peer, ...]:
    """The ``count`` areas with the largest positive oriented slope, best first."""
    if polarity == 0:
        return ()
    improved = latest.with_columns((polarity * pl.col("trend_slope")).alias("improvement"))
    return tuple(
        Peer(row["area_id"], row["improvement"], row["trend_r"], row["value"], row["year"])
        for row in improved.filter(pl.col("improvement") > 0)
        .sort(["improvement", "area_id"], descending=[True, False])
        .head(count)
        .iter_rows(named=True)
    )


def learn_from_peers(
    values: pl.DataFrame,
    kpi_id: str,
    polarity: int,
    reference: ReferenceSet,
    year: int,
    settings: AnalysisSettings,
) -> PeerComparison:
    """The ``settings.peer_count`` areas of ``reference`` with the largest improvement."""
    every_area = kpi_values(values, kpi_id, year)
    sign = pl.DataFrame({"kpi_id": [kpi_id], "polarity": [polarity]})
    trends = compute_trends(
        every_area, sign, settings, window=settings.peer_window, areas=reference.area_ids
    )
    latest = (
        trends.join(every_area, on=["kpi_id", "area_id", "year"])
        .sort("year")
        .group_by("area_id")
        .last()
    )
    judged = latest.filter(pl.col("trend_slope").is_not_null())
    measured_every, first_year = measurement_window(every_area, settings)
    return PeerComparison(
        kpi_id,
        reference.label,
        latest.height,
        latest.height - judged.height,
        ranked_peers(judged, polarity, settings.peer_count),
        measured_every if measured_every and measured_every > 1 else None,
        first_year,
    )
