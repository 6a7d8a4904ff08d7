"""M1 relative position (Kolada / Öppna jämförelser): oriented mid-rank percentile, colour.

p = 100 · (number worse + ½ · number tied other than itself) / (|R| − 1), which is
100 · (average rank − 1) / (n − 1) with ranks from worst (1) to best (n), n the
areas of R with a value. With n = 1 the percentile is undefined (null) and there
is no colour. Neutral KPIs (polarity 0) are ranked on the raw value (the share of
areas with a lower value) and get no colour.
"""

import polars as pl

from styra.analysis.settings import GREEN, NO_COLOUR, RED, YELLOW, AnalysisSettings

GROUP = ["ref_key", "kpi_id", "year"]


def oriented(value: str = "value") -> pl.Expr:
    """The value times its polarity, so that higher is always better (neutral: raw)."""
    return pl.when(pl.col("polarity") == -1).then(-pl.col(value)).otherwise(pl.col(value))


def percentile_expr(by: list[str] = GROUP) -> pl.Expr:
    n = pl.len().over(by)
    rank = oriented().rank("average").over(by)
    return pl.when(n > 1).then(100.0 * (rank - 1) / (n - 1)).otherwise(None)


def colour_expr(settings: AnalysisSettings) -> pl.Expr:
    p = pl.col("percentile")
    return (
        pl.when((pl.col("polarity") == 0) | p.is_null())
        .then(pl.lit(NO_COLOUR))
        .when(p >= settings.green_percentile)
        .then(pl.lit(GREEN))
        .when(p < settings.red_percentile)
        .then(pl.lit(RED))
        .otherwise(pl.lit(YELLOW))
    )


def compute_positions(
    values: pl.DataFrame,
    polarity: pl.DataFrame,
    membership: pl.DataFrame,
    settings: AnalysisSettings,
) -> pl.DataFrame:
    """Percentile and colour of every value within every reference set it belongs to.

    ``values``: kpi_id, area_id, year, value (nulls are left out); ``polarity``:
    kpi_id, polarity; ``membership``: ref_key, area_id. Returns ref_key, kpi_id,
    area_id, year, value, polarity, n_ref (areas of the set with a value), percentile,
    colour.
    """
    return (
        values.lazy()
        .filter(pl.col("value").is_not_null())
        .join(polarity.lazy().select("kpi_id", "polarity"), on="kpi_id")
        .join(membership.lazy(), on="area_id")
        .with_columns(
            pl.len().over(GROUP).cast(pl.Int64).alias("n_ref"),
            percentile_expr().alias("percentile"),
        )
        .with_columns(colour_expr(settings).alias("colour"))
        .collect()
    )
