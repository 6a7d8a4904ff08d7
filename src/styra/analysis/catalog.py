"""The KPI catalog as the engine reads it: one row per KPI with goal and polarity.

``styra.agenda2030.curated_kpis_frame()`` gives this shape; tests pass small
hand-made frames. Optional columns missing from a frame are added as null.
"""

import polars as pl

REQUIRED = ("kpi_id", "goal", "polarity")
OPTIONAL = {
    "title": pl.Utf8,
    "unit": pl.Utf8,
    "municipality_type": pl.Utf8,
    "target_value": pl.Float64,
    "target_year": pl.Int64,
    "lower_bound": pl.Float64,
    "upper_bound": pl.Float64,
    "bound_source": pl.Utf8,
    "comparable": pl.Boolean,
}


def normalise_catalog(catalog: pl.DataFrame) -> pl.DataFrame:
    """The catalog with every column the engine uses, typed; ``municipality_type`` defaults A."""
    missing = [column for column in REQUIRED if column not in catalog.columns]
    if missing:
        raise ValueError(f"the KPI catalog lacks column(s): {', '.join(missing)}")
    added = [pl.lit(None, dtype).alias(name) for name, dtype in OPTIONAL.items()]
    frame = catalog.with_columns(
        [column for column in added if column.meta.output_name() not in catalog.columns]
    )
    return frame.select(
        pl.col("kpi_id").cast(pl.Utf8),
        pl.col("title").fill_null(pl.col("kpi_id")),
        pl.col("goal").cast(pl.Int64),
        pl.col("polarity").cast(pl.Int64),
        pl.col("unit").fill_null(""),
        pl.col("municipality_type").fill_null("A"),
        pl.col("bound_source").fill_null(""),
        pl.col("comparable").fill_null(True),
        *[
            pl.col(name).cast(dtype)
            for name, dtype in OPTIONAL.items()
            if dtype not in (pl.Utf8, pl.Boolean)
        ],
    )


def kpis_for_type(catalog: pl.DataFrame, area_type: str) -> pl.DataFrame:
    """The KPIs that apply to kommuner (``K``: K and A) or regions (``L``: L and A)."""
    return catalog.filter(pl.col("municipality_type").is_in([area_type, "A"]))


def total_values(values: pl.DataFrame, kpi_ids: pl.Series, area_ids) -> pl.DataFrame:
    """The total (gender T) values of these KPIs and areas; missing values left out."""
    return values.filter(
        (pl.col("gender") == "T")
        & pl.col("kpi_id").is_in(kpi_ids.implode())
        & pl.col("area_id").is_in(pl.Series(list(area_ids), dtype=pl.Utf8).implode())
        & pl.col("value").is_not_null()
    ).select("kpi_id", "area_id", pl.col("year").cast(pl.Int64), "value")
