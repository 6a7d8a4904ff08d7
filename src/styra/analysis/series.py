"""One KPI over the years, as the KPI page plots it: the area, the comparison's median,
Riket, women and men, every area of the type in the latest year, and the peers.

Pure: a tidy values frame (``kpi_id, area_id, year, gender, value``) and plain
parameters in, a ``KpiSeries`` out. Only values up to the analysis year count;
a missing value is left out, never 0.
"""

from collections.abc import Collection, Sequence
from dataclasses import dataclass

import polars as pl

from styra.analysis.peers import PeerComparison, learn_from_peers
from styra.analysis.reference import ReferenceSet
from styra.analysis.settings import DEFAULT_SETTINGS, RIKET_ID, AnalysisSettings

Points = list[tuple[int, float]]  # (year, value), by year


@dataclass(frozen=True)
class KpiSeries:
    """What the KPI page plots: the area, the comparison median, Riket, and all areas now."""

    area: Points
    median: Points
    riket: Points
    women: Points
    men: Points
    distribution: list[tuple[str, float]]  # (area_id, value) in distribution_year, lowest first
    distribution_year: int | None  # the latest year with values, up to the analysis year
    peers: PeerComparison | None  # None for a neutral KPI (no polarity)


def points(frame: pl.DataFrame) -> Points:
    return [(int(y), float(v)) for y, v in frame.sort("year").select("year", "value").iter_rows()]


def median_by_year(totals: pl.DataFrame, area_ids: Collection[str]) -> pl.DataFrame:
    """Per year the median of the areas in ``area_ids`` (those with a value)."""
    members = pl.Series(list(area_ids), dtype=pl.Utf8).implode()
    return (
        totals.filter(pl.col("area_id").is_in(members))
        .group_by("year")
        .agg(pl.col("value").median())
    )


def latest_distribution(
    totals: pl.DataFrame, of_type: Collection[str]
) -> tuple[list[tuple[str, float]], int | None]:
    """The values of the areas in ``of_type`` (Riket left out) in the latest year with
    any (some KPIs lag a year), lowest first; none when no area has a value (e.g. an
    own indicator)."""
    same_type = pl.Series(list(of_type), dtype=pl.Utf8).implode()
    found = totals.filter(pl.col("area_id").is_in(same_type) & (pl.col("area_id") != RIKET_ID))
    year = found["year"].max()
    if not isinstance(year, int):
        return [], None
    now = found.filter(pl.col("year") == year).sort("value")
    return [(a, float(v)) for a, v in now.select("area_id", "value").iter_rows()], year


def kpi_series(
    values: pl.DataFrame,
    kpi_id: str,
    polarity: int,
    area_id: str,
    year: int,
    *,
    reference: ReferenceSet,
    of_type: Collection[str],
    settings: AnalysisSettings = DEFAULT_SETTINGS,
) -> KpiSeries:
    """The series of ``kpi_id`` for ``area_id`` up to ``year``: the median over
    ``reference``, the distribution over ``of_type`` (all areas of the area's type) and,
    unless the KPI is neutral, the peers of ``reference`` that improved the most."""
    rows = values.filter(
        (pl.col("kpi_id") == kpi_id) & (pl.col("year") <= year) & pl.col("value").is_not_null()
    )
    totals = rows.filter(pl.col("gender") == "T")
    own = rows.filter(pl.col("area_id") == area_id)
    distribution, distribution_year = latest_distribution(totals, of_type)
    peers = (
        learn_from_peers(values, kpi_id, polarity, reference, year, settings) if polarity else None
    )
    return KpiSeries(
        area=points(own.filter(pl.col("gender") == "T")),
        median=points(median_by_year(totals, reference.area_ids)),
        riket=points(totals.filter(pl.col("area_id") == RIKET_ID)),
        women=points(own.filter(pl.col("gender") == "K")),
        men=points(own.filter(pl.col("gender") == "M")),
        distribution=distribution,
        distribution_year=distribution_year,
        peers=peers,
    )


def rank_in_distribution(
    distribution: Sequence[tuple[str, float]], area_id: str, polarity: int
) -> int | None:
    """1 = best among the areas with a value (by polarity); None if neutral or no value.

    ``distribution`` is ``(area_id, value)`` pairs, lowest value first."""
    ordered = [a for a, _value in distribution]
    if not polarity or area_id not in ordered:
        return None
    position = ordered.index(area_id)
    return len(ordered) - position if polarity > 0 else position + 1
