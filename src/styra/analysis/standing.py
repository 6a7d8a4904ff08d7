"""M5 goal standing: where an area's goal score stands among all areas of its type.

Goal scores (mean M2 score of a goal's KPIs) are not comparable between goals:
a goal whose KPIs have a far-away policy target, or a skewed distribution,
scores low for almost every kommun. So M5 ranks a goal by the area's *standing*
on it: the M1 percentile of its goal score among the goal scores of every area
of the type (kommuner with kommuner, regions with regions) in the same year —
0 the weakest area on this goal, 100 the strongest. Each area's score uses its
latest value of each KPI up to the year, no older than ``max_value_age``.
"""

import polars as pl

from styra.analysis.scores import score_expr
from styra.analysis.settings import AnalysisSettings

STANDING_SCHEMA = pl.Schema(
    {
        "area_id": pl.Utf8,
        "goal": pl.Int64,
        "goal_score": pl.Float64,
        "standing": pl.Float64,
        "n_areas": pl.Int64,
    }
)


def current_values(totals: pl.DataFrame, year: int, settings: AnalysisSettings) -> pl.DataFrame:
    """Each area's latest value of each KPI up to ``year``, if not older than the max age."""
    oldest = year - settings.max_value_age
    return (
        totals.filter(pl.col("year") <= year)
        .sort("year")
        .group_by("kpi_id", "area_id")
        .last()
        .filter(pl.col("year") >= oldest)
    )


def goal_standings(
    totals: pl.DataFrame,
    catalog: pl.DataFrame,
    bounds: pl.DataFrame,
    year: int,
    settings: AnalysisSettings,
) -> pl.DataFrame:
    """area_id, goal, goal_score, standing (0–100), n_areas for every area with a goal score.

    ``totals``: total values of the areas of one type; ``catalog``: kpi_id, goal,
    polarity; ``bounds``: the M2 bounds (``compute_bounds``). A goal that only one
    area has a score for gets no standing (nobody to compare with).
    """
    by_goal = ["goal"]
    n = pl.len().over(by_goal)
    rank = pl.col("goal_score").rank("average").over(by_goal)
    return (
        current_values(totals, year, settings)
        .lazy()
        .join(catalog.lazy().select("kpi_id", "goal", "polarity"), on="kpi_id")
        .join(bounds.lazy().select("kpi_id", "lower", "upper"), on="kpi_id")  # comparable only
        .with_columns(score_expr().alias("score"))
        .filter(pl.col("score").is_not_null())
        .group_by("area_id", "goal")
        .agg(pl.col("score").mean().alias("goal_score"))
        .with_columns(
            pl.when(n > 1).then(100.0 * (rank - 1) / (n - 1)).otherwise(None).alias("standing"),
            n.cast(pl.Int64).alias("n_areas"),
        )
        .collect()
        .cast(STANDING_SCHEMA)
    )


def standings_of(standings: pl.DataFrame, area_id: str) -> dict[int, tuple[float | None, int]]:
    """goal -> (standing, number of areas compared) for one area."""
    rows = standings.filter(pl.col("area_id") == area_id)
    return {goal: (p, n) for goal, p, n in rows.select("goal", "standing", "n_areas").iter_rows()}
