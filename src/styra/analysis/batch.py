"""M1 percentiles, M2 scores and M3 trends for every area, KPI and year in one pass.

The batch is a few polars window queries over the tidy frame: rank per
reference set × KPI × year (M1), one aggregation per KPI for the bounds (M2),
one shifted-column pass for the Theil–Sen windows (M3). ``analyse_area`` slices
it (or computes the same rows for one area and one reference set).
"""

from dataclasses import dataclass

import polars as pl

from styra.analysis.catalog import kpis_for_type, normalise_catalog, total_values
from styra.analysis.position import GROUP, colour_expr, percentile_expr
from styra.analysis.reference import all_of_type, area_ids_of_type
from styra.analysis.scores import compute_bounds, score_expr
from styra.analysis.settings import DEFAULT_SETTINGS, AnalysisSettings
from styra.analysis.trends import trend_columns

ALL_KEY = "all"


@dataclass(frozen=True)
class Batch:
    """Rows per reference set × KPI × area × year with a value, and the M2 bounds used."""

    area_type: str
    rows: pl.DataFrame
    bounds: pl.DataFrame


def build_rows(positions: pl.DataFrame, bounds: pl.DataFrame, trends: pl.DataFrame) -> pl.DataFrame:
    """Join M1 positions, M2 bounds (scoring each value) and M3 trends (one area's rows)."""
    return (
        positions.lazy()
        .join(bounds.lazy(), on="kpi_id", how="left")
        .with_columns(score_expr().alias("score"))
        .join(trends.lazy(), on=["kpi_id", "area_id", "year"], how="left")
        .collect()
    )


def batch_rows(
    totals: pl.DataFrame,
    polarity: pl.DataFrame,
    membership: pl.DataFrame,
    bounds: pl.DataFrame,
    settings: AnalysisSettings,
) -> pl.DataFrame:
    """M3 per series, then M1 per reference set × KPI × year and M2 per value, one plan."""
    frame = totals.lazy().join(polarity.lazy(), on="kpi_id")
    return (
        trend_columns(frame, settings)
        .join(membership.lazy(), on="area_id")
        .with_columns(
            pl.len().over(GROUP).cast(pl.Int64).alias("n_ref"),
            percentile_expr().alias("percentile"),
        )
        .with_columns(colour_expr(settings).alias("colour"))
        .join(bounds.lazy(), on="kpi_id", how="left")
        .with_columns(score_expr().alias("score"))
        .collect()
    )


def analyse_all(
    values: pl.DataFrame,
    catalog: pl.DataFrame,
    areas: pl.DataFrame,
    area_type: str,
    settings: AnalysisSettings = DEFAULT_SETTINGS,
    membership: pl.DataFrame | None = None,
) -> Batch:
    """M1–M3 for all kommuner (``K``) or all regions (``L``) on the catalog's KPIs.

    ``membership`` (ref_key, area_id) gives other reference sets, e.g. every
    kommungrupp; by default every area is compared with all areas of its type
    (ref_key "all").
    """
    catalog = kpis_for_type(normalise_catalog(catalog), area_type)
    ids = area_ids_of_type(areas, area_type)
    totals = total_values(values, catalog["kpi_id"], ids)
    if membership is None:
        membership = all_of_type(areas, area_type).membership(ALL_KEY)
    polarity = catalog.select("kpi_id", "polarity")
    bounds = compute_bounds(totals, catalog, ids, settings)
    return Batch(area_type, batch_rows(totals, polarity, membership, bounds, settings), bounds)
