"""M2 absolute score 0–100 (SDSN Sustainable Development Report method).

Per KPI: the base year is the latest year in which at least 80 % of the areas of
the type have a value. UB (the optimum, scores 100) is the catalog's
``upper_bound``, else its ``target_value`` (both real policy targets, with their
source in the catalog), else the 95th percentile on the better side in the base
year: a bound a few extreme areas cannot set (the retired "mean of the 5 best"
let mountain kommuner with national parks set goal 15's bound). LB (scores 0) is
the catalog's ``lower_bound``, else the 2.5th percentile on the worse side in
the base year (linear interpolation). Score
s = 100 · (x − LB) / (UB − LB), clipped to [0, 100]; this is oriented by polarity
because UB lies on the better side of LB. Neutral KPIs and KPIs whose bounds do
not span a better side (UB not better than LB) get no score.
"""

from typing import Any

import polars as pl

from styra.analysis.position import oriented
from styra.analysis.settings import AnalysisSettings

BOUNDS_SCHEMA = pl.Schema(
    {
        "kpi_id": pl.Utf8,
        "base_year": pl.Int64,
        "lower": pl.Float64,
        "upper": pl.Float64,
        "lower_source": pl.Utf8,
        "upper_source": pl.Utf8,
    }
)


def base_years(values: pl.LazyFrame, n_areas: int, settings: AnalysisSettings) -> pl.LazyFrame:
    """kpi_id, base_year: the latest year where the share of areas with a value is enough."""
    needed = settings.base_year_coverage * n_areas
    return (
        values.group_by("kpi_id", "year")
        .agg(pl.len().alias("n"))
        .filter(pl.col("n") >= needed)
        .group_by("kpi_id")
        .agg(pl.col("year").max().alias("base_year"))
    )


def computed_bounds(values: pl.LazyFrame, settings: AnalysisSettings) -> pl.LazyFrame:
    """kpi_id, upper_calc, lower_calc from the values in the base year (joined already)."""
    sign = pl.when(pl.col("polarity") == -1).then(-1.0).otherwise(1.0)
    o = pl.col("oriented")
    return (
        values.with_columns(oriented().alias("oriented"))
        .group_by("kpi_id")
        .agg(
            (o.quantile(settings.upper_quantile, "linear") * sign.first()).alias("upper_calc"),
            (o.quantile(settings.lower_quantile, "linear") * sign.first()).alias("lower_calc"),
        )
    )


def compute_bounds(
    values: pl.DataFrame, catalog: pl.DataFrame, area_ids, settings: AnalysisSettings
) -> pl.DataFrame:
    """Bounds of every catalog KPI over ``area_ids`` (areas of one type, Riket excluded).

    ``values``: total values (kpi_id, area_id, year, value). A KPI with no base
    year and no catalog bounds is kept with null bounds (it gets no score); a KPI
    the catalog marks not ``comparable`` (a total that grows with the area's size)
    is left out.
    """
    if "comparable" not in catalog.columns:
        catalog = catalog.with_columns(pl.lit(True).alias("comparable"))
    ids = pl.Series(list(area_ids), dtype=pl.Utf8)
    observed = values.lazy().filter(
        pl.col("area_id").is_in(ids.implode()) & pl.col("value").is_not_null()
    )
    base = base_years(observed, len(ids), settings)
    at_base = observed.join(base, left_on=["kpi_id", "year"], right_on=["kpi_id", "base_year"])
    at_base = at_base.join(catalog.lazy().select("kpi_id", "polarity"), on="kpi_id")
    calc = computed_bounds(at_base, settings)
    return (
        catalog.lazy()
        .select("kpi_id", "target_value", "lower_bound", "upper_bound", "comparable")
        .join(base, on="kpi_id", how="left")
        .join(calc, on="kpi_id", how="left")
        .filter(pl.col("comparable"))  # totals that grow with size get no bounds, no score
        .select(
            "kpi_id",
            "base_year",
            pl.coalesce("lower_bound", "lower_calc").alias("lower"),
            pl.coalesce("upper_bound", "target_value", "upper_calc").alias("upper"),
            source("lower_bound", "lower_calc").alias("lower_source"),
            source("upper_bound", "upper_calc", "target_value").alias("upper_source"),
        )
        .collect()
        .cast(BOUNDS_SCHEMA)
    )


def source(catalog_column: str, computed: str, target: str | None = None) -> pl.Expr:
    """Where a bound comes from: "catalog", "target", "computed" or null (none)."""
    expr: Any = pl.when(pl.col(catalog_column).is_not_null()).then(pl.lit("catalog"))
    if target:
        expr = expr.when(pl.col(target).is_not_null()).then(pl.lit("target"))
    return expr.when(pl.col(computed).is_not_null()).then(pl.lit("computed")).otherwise(None)


def score_expr() -> pl.Expr:
    """Score 0–100 from columns value, lower, upper, polarity; null where undefined."""
    span = pl.col("upper") - pl.col("lower")
    raw = 100.0 * (pl.col("value") - pl.col("lower")) / span
    spans_better_side = (pl.col("polarity") * span) > 0
    return pl.when(spans_better_side).then(raw.clip(0.0, 100.0)).otherwise(None)
