"""M3 trend: Theil–Sen slope over the last up to 6 yearly values, for all areas at once.

For every KPI, area and year with a value, the window is that year and the
``window − 1`` years before it; the values present in it (at least 3, else
"too little data") give the Theil–Sen slope: the median of the slopes between
every pair of values. r = slope / mean |x| over the window, times the polarity;
r ≥ +1 %/yr improving, r ≤ −1 %/yr worsening, stable between. Neutral KPIs get
the direction (increasing, decreasing, stable) without a judgement.

Values that Kolada only repeats between measurements (election results, see
``styra.analysis.measurements``) are no points; such a KPI's window reaches back
to the last ``trend_min_values`` measurements, and a repeat gets the trend of the
measurement it repeats.

All columnar: the frame is sorted by KPI, area and year; the window's points are
the row and the ``window − 1`` rows before it (kept when of the same KPI and area
and inside the window); the pairwise slopes are sorted across columns by a
sorting network (Batcher's odd–even merge sort), missing pairs last, and the
median is read off by how many pairs there are.
"""

from collections.abc import Collection
from typing import Any, Literal

import polars as pl

from styra.analysis.measurements import (
    carried_of,
    carried_years,
    mark_repeats,
    window_starts,
    with_previous,
)
from styra.analysis.networks import sort_layers
from styra.analysis.settings import (
    DECREASING,
    IMPROVING,
    INCREASING,
    STABLE,
    TOO_LITTLE_DATA,
    WORSENING,
    AnalysisSettings,
)

KEYS = ["kpi_id", "area_id"]
ENGINE: Literal["in-memory"] = (
    "in-memory"  # ordered joins and fills run several times faster than when streamed
)
TREND_SCHEMA = {
    "kpi_id": pl.Utf8,
    "area_id": pl.Utf8,
    "year": pl.Int64,
    "trend_slope": pl.Float64,
    "trend_r": pl.Float64,
    "trend_values": pl.Int64,
    "trend_class": pl.Utf8,
}


def window_points(window: int) -> list[pl.Expr]:
    """x_k, t_k: value and year k rows back, when of the same series and in the window."""
    same = pl.col("series").shift
    points = []
    for k in range(window):
        inside = (same(k) == pl.col("series")) & (pl.col("year").shift(k) >= pl.col("window_start"))
        points.append(pl.when(inside).then(pl.col("value").shift(k)).alias(f"x{k}"))
        points.append(pl.when(inside).then(pl.col("year").shift(k)).alias(f"t{k}"))
    return points


def pair_names(window: int) -> list[str]:
    return [f"s{a}_{b}" for a in range(window) for b in range(a + 1, window)]


def pair_slopes(window: int) -> list[pl.Expr]:
    """Slope of every pair of points; a missing pair is +inf so that it sorts last."""
    x, t = pl.col, pl.col
    return [
        ((x(f"x{a}") - x(f"x{b}")) / (t(f"t{a}") - t(f"t{b}")))
        .fill_null(float("inf"))
        .alias(f"s{a}_{b}")
        for a in range(window)
        for b in range(a + 1, window)
    ]


def sorted_pairs(frame: pl.LazyFrame, names: list[str]) -> pl.LazyFrame:
    """Sort the values of columns ``names`` within each row, smallest in names[0]."""
    for layer in sort_layers(len(names)):
        step = []
        for a, b in layer:
            low, high = pl.col(names[a]), pl.col(names[b])
            step += [
                pl.min_horizontal(low, high).alias(names[a]),
                pl.max_horizontal(low, high).alias(names[b]),
            ]
        frame = frame.with_columns(step)
    return frame


def median_of_sorted(names: list[str], count: pl.Expr) -> pl.Expr:
    """The median of the first ``count`` of the row-sorted columns ``names``."""
    expr: Any = pl.when(count == 0).then(None)
    for n in range(1, len(names) + 1):
        middle = (pl.col(names[(n - 1) // 2]) + pl.col(names[n // 2])) / 2
        expr = expr.when(count == n).then(middle)
    return expr.otherwise(None)


def class_expr(settings: AnalysisSettings) -> pl.Expr:
    r, neutral = pl.col("trend_r"), pl.col("polarity") == 0
    up, down = r >= settings.improving_threshold, r <= settings.worsening_threshold
    return (
        pl.when(r.is_null())
        .then(pl.lit(TOO_LITTLE_DATA))
        .when(neutral & up)
        .then(pl.lit(INCREASING))
        .when(neutral & down)
        .then(pl.lit(DECREASING))
        .when(up)
        .then(pl.lit(IMPROVING))
        .when(down)
        .then(pl.lit(WORSENING))
        .otherwise(pl.lit(STABLE))
    )


TREND_COLUMNS = ["trend_slope", "trend_r", "trend_values", "trend_class"]


def trend_columns(
    frame: pl.LazyFrame,
    settings: AnalysisSettings,
    window: int | None = None,
    carried: pl.LazyFrame | None = None,
) -> pl.LazyFrame:
    """Add trend_slope, trend_r, trend_values, trend_class to a frame of kpi_id, area_id,
    year, value, polarity (no missing values); the rows come back sorted by series and year.

    ``carried`` (kpi_id, year, carried) says which years only repeat the last
    measurement; by default it is worked out from ``frame`` itself (all its areas).
    """
    window = window or settings.trend_window
    previous = with_previous(frame).collect(engine=ENGINE).lazy()  # shared by two branches
    years = (carried_of(previous) if carried is None else carried).collect(engine=ENGINE)
    starts = window_starts(years.lazy(), window, settings.trend_min_values)
    marked = mark_repeats(previous, years.lazy()).collect(engine=ENGINE).lazy()
    measured = marked.filter(~pl.col("repeat")).join(
        starts, on=["kpi_id", "year"], how="left", maintain_order="left"
    )
    trends = measurement_trends(measured, settings, window).select("row", *TREND_COLUMNS)
    joined = marked.join(
        trends, left_on="source_row", right_on="row", how="left", maintain_order="left"
    )
    return joined.drop("row", "repeat", "source_row").collect(engine=ENGINE).lazy()


def measurement_trends(
    frame: pl.LazyFrame, settings: AnalysisSettings, window: int
) -> pl.LazyFrame:
    """Theil–Sen over the rows of ``frame``: measurements sorted by series and year, each
    with its window_start."""
    names = pair_names(window)
    xs = [pl.col(f"x{k}") for k in range(window)]
    n_points = pl.sum_horizontal([x.is_not_null() for x in xs])
    enough = pl.col("trend_values") >= settings.trend_min_values
    mean_abs = pl.mean_horizontal([x.abs() for x in xs])
    sign = pl.when(pl.col("polarity") == -1).then(-1.0).otherwise(1.0)
    relative = pl.when(mean_abs > 0).then(pl.col("trend_slope") / mean_abs).otherwise(0.0)
    new_series = (pl.col("kpi_id") != pl.col("kpi_id").shift(1)) | (
        pl.col("area_id") != pl.col("area_id").shift(1)
    )
    frame = (
        frame.with_columns(new_series.fill_null(True).cum_sum().alias("series"))
        .with_columns(window_points(window))
        .with_columns(pair_slopes(window))
    )
    n_pairs = pl.col("trend_values") * (pl.col("trend_values") - 1) // 2
    return (
        sorted_pairs(frame, names)
        .with_columns(n_points.cast(pl.Int64).alias("trend_values"))
        .with_columns(pl.when(enough).then(median_of_sorted(names, n_pairs)).alias("trend_slope"))
        .with_columns(pl.when(enough).then(sign * relative).alias("trend_r"))
        .with_columns(class_expr(settings).alias("trend_class"))
    )


def compute_trends(
    values: pl.DataFrame,
    polarity: pl.DataFrame,
    settings: AnalysisSettings,
    window: int | None = None,
    areas: Collection[str] | None = None,
) -> pl.DataFrame:
    """Trend of every KPI × area × year with a value: slope, r, values used, class.

    ``areas`` limits the rows to these areas; the years Kolada only repeats are
    still told from all areas of ``values``, so pass them all.
    """
    frame = (
        values.lazy()
        .filter(pl.col("value").is_not_null())
        .select(*KEYS, pl.col("year").cast(pl.Int64), "value")
    )
    carried = carried_years(frame).collect(engine=ENGINE).lazy()
    if areas is not None:
        frame = frame.filter(
            pl.col("area_id").is_in(pl.Series(list(areas), dtype=pl.Utf8).implode())
        )
    frame = frame.join(polarity.lazy().select("kpi_id", "polarity"), on="kpi_id")
    return trend_columns(frame, settings, window, carried).select(list(TREND_SCHEMA)).collect()


def theil_sen(points: list[tuple[int, float]]) -> float | None:
    """Theil–Sen slope of a few (year, value) points; None with fewer than two."""
    slopes = sorted(
        (y2 - y1) / (x2 - x1) for i, (x1, y1) in enumerate(points) for x2, y2 in points[i + 1 :]
    )
    if not slopes:
        return None
    middle = len(slopes) // 2
    return slopes[middle] if len(slopes) % 2 else (slopes[middle - 1] + slopes[middle]) / 2
