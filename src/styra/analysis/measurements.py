"""Real measurements: KPIs measured every few years, whose value Kolada repeats in between.

Election turnout is measured every fourth year, the ecological status of
water every few; in the years between, Kolada repeats the last result. A year
is a *carried year* of a KPI when at least ``CARRIED_SHARE`` of the areas with
a value that year and the year before have exactly last year's value (and at
least ``MIN_AREAS`` areas can tell). There an area's value is a *repeat* when
it equals its own value of the year before; a value that changed (a re-run
election) is a measurement. The rule is per KPI and year, from all areas given.

M3 and M10 use measurements only. So that a window can hold enough of them,
its start moves back to the ``min_values``-th latest measurement year when the
window holds a carried year: an election KPI in 2022 is judged on the elections
of 2014, 2018 and 2022. A repeat gets the trend of the measurement it repeats.
A KPI whose values come only in the measurement years, with no rows between
(2014, 2018, 2022), is judged the same way (``regular_gaps``).
"""

import polars as pl

CARRIED_SHARE = 0.9  # share of areas with last year's exact value that makes a year carried
MIN_AREAS = 5  # fewer areas with two years of values cannot tell a carried year
KEYS = ["kpi_id", "area_id"]


def with_previous(frame: pl.LazyFrame) -> pl.LazyFrame:
    """Sorted by series and year, with ``consecutive`` (the row before is the same area's
    previous year) and ``same_as_last_year`` (and holds exactly this value)."""
    consecutive = (
        (pl.col("kpi_id") == pl.col("kpi_id").shift(1))
        & (pl.col("area_id") == pl.col("area_id").shift(1))
        & (pl.col("year").shift(1) == pl.col("year") - 1)
    ).fill_null(False)
    same = pl.col("consecutive") & (pl.col("value").shift(1) == pl.col("value")).fill_null(False)
    return (
        frame.sort(*KEYS, "year")
        .with_columns(consecutive.alias("consecutive"))
        .with_columns(same.alias("same_as_last_year"))
    )


def carried_years(frame: pl.LazyFrame) -> pl.LazyFrame:
    """kpi_id, year, carried for every KPI and year with a value in ``frame``."""
    return carried_of(with_previous(frame.select(*KEYS, pl.col("year").cast(pl.Int64), "value")))


def carried_of(previous: pl.LazyFrame) -> pl.LazyFrame:
    """``carried_years`` of a frame that already went through ``with_previous``."""
    return (
        previous.group_by("kpi_id", "year")
        .agg(
            pl.col("consecutive").sum().alias("told"),
            pl.col("same_as_last_year").sum().alias("repeated"),
        )
        .select(
            "kpi_id",
            "year",
            (
                (pl.col("told") >= MIN_AREAS)
                & (pl.col("repeated") >= CARRIED_SHARE * pl.col("told"))
            ).alias("carried"),
        )
        .sort("kpi_id", "year")
    )


def regular_gaps(window: int) -> pl.Expr:
    """A KPI whose values come only every few years, with no rows between (the last two
    gaps alike, 2 to ``window`` years): measured every few years, like a carried KPI."""
    gap = pl.col("gap")
    return gap.is_between(2, window) & (gap == pl.col("gap_before"))


def window_starts(carried: pl.LazyFrame, window: int, min_values: int) -> pl.LazyFrame:
    """kpi_id, year, window_start, measured_every (years between the last two measurements,
    null unless the usual window holds a carried year, or the values come every few years
    with nothing between: ``regular_gaps``)."""
    plain = pl.col("year") - window + 1
    measured = (
        carried.filter(~pl.col("carried"))
        .with_columns(
            pl.col("year").shift(min_values - 1).over("kpi_id").alias("first_needed"),
            (pl.col("year") - pl.col("year").shift(1).over("kpi_id")).alias("gap"),
        )
        .with_columns(pl.col("gap").shift(1).over("kpi_id").alias("gap_before"))
        .with_columns(regular_gaps(window).alias("sparse"))
        .select("kpi_id", "year", "first_needed", "gap", "sparse")
    )
    carries = pl.col("carried").cast(pl.Int64).rolling_sum_by("year", f"{window}i").over("kpi_id")
    periodic = carries.gt(0) | pl.col("sparse").fill_null(False)
    longer = periodic & pl.col("first_needed").is_not_null()
    return (
        carried.join(measured, on=["kpi_id", "year"], how="left")
        .sort("kpi_id", "year")
        .with_columns(pl.col("first_needed", "gap").forward_fill().over("kpi_id"))
        .select(
            "kpi_id",
            "year",
            pl.when(longer)
            .then(pl.min_horizontal(plain, pl.col("first_needed")))
            .otherwise(plain)
            .alias("window_start"),
            pl.when(periodic).then(pl.col("gap")).alias("measured_every"),
        )
    )


def mark_repeats(previous: pl.LazyFrame, carried: pl.LazyFrame) -> pl.LazyFrame:
    """A frame from ``with_previous`` with ``row`` (its number), ``repeat`` and ``source_row``
    (the row of the measurement a repeat repeats; its own row otherwise)."""
    repeat = pl.col("carried").fill_null(False) & pl.col("same_as_last_year")
    # the first row of a series is never a repeat, so the fill never crosses series
    source = pl.when(~pl.col("repeat")).then(pl.col("row"))
    return (
        previous.join(carried, on=["kpi_id", "year"], how="left", maintain_order="left")
        .with_row_index("row")
        .with_columns(repeat.alias("repeat"))
        .with_columns(source.forward_fill().alias("source_row"))
        .drop("same_as_last_year", "consecutive", "carried")
    )
