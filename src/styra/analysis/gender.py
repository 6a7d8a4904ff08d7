"""Gender gap: women (K) minus men (M) for KPIs Kolada splits by gender, and its trend.

The gap is K − M in the KPI's unit, in the latest year up to the analysis year
where both have a value. Its trend is the Theil–Sen slope of the gap over the
last up to 6 years (M3's window and minimum); relative to the mean |gap| and
signed by the latest gap, r ≥ +1 %/yr is widening, r ≤ −1 %/yr narrowing. The
gap says nothing about which is better: that is the KPI's own question.
"""

from dataclasses import dataclass

import polars as pl

from styra.analysis.settings import STABLE, TOO_LITTLE_DATA, AnalysisSettings
from styra.analysis.trends import compute_trends

NARROWING, WIDENING = "narrowing", "widening"


@dataclass(frozen=True)
class GenderGap:
    year: int
    women: float
    men: float
    gap: float  # women − men
    gap_slope: float | None  # change of the gap per year
    gap_trend: str  # narrowing / stable / widening / too_little_data
    history: tuple[tuple[int, float], ...]  # (year, gap)


def gap_frame(values: pl.DataFrame, area_id: str, year: int) -> pl.DataFrame:
    """kpi_id, area_id, year, women, men, value (= gap) where both K and M have a value."""
    split = values.filter(
        (pl.col("area_id") == area_id)
        & pl.col("gender").is_in(["K", "M"])
        & (pl.col("year") <= year)
        & pl.col("value").is_not_null()
    )
    wide = split.pivot("gender", index=["kpi_id", "area_id", "year"], values="value")
    if not {"K", "M"} <= set(wide.columns):
        return pl.DataFrame()
    return (
        wide.rename({"K": "women", "M": "men"})
        .drop_nulls(["women", "men"])
        .with_columns(
            pl.col("year").cast(pl.Int64), (pl.col("women") - pl.col("men")).alias("value")
        )
        .sort("kpi_id", "year")
    )


def gap_class(r: float | None, gap: float, settings: AnalysisSettings) -> str:
    if r is None:
        return TOO_LITTLE_DATA
    change = abs(r) if gap == 0 else (r if gap > 0 else -r)  # growing |gap| is positive
    if change >= settings.improving_threshold:
        return WIDENING
    return NARROWING if change <= settings.worsening_threshold else STABLE


def compute_gender_gaps(
    values: pl.DataFrame, area_id: str, year: int, settings: AnalysisSettings
) -> dict[str, GenderGap]:
    """The gender gap of every KPI with K and M values for this area, up to ``year``."""
    gaps = gap_frame(values, area_id, year)
    if gaps.is_empty():
        return {}
    neutral = gaps.select("kpi_id").unique().with_columns(pl.lit(0).alias("polarity"))
    trends = compute_trends(gaps.select("kpi_id", "area_id", "year", "value"), neutral, settings)
    latest = gaps.group_by("kpi_id").agg(pl.all().sort_by("year").last())
    latest = latest.join(trends, on=["kpi_id", "area_id", "year"], how="left")
    history = gaps.group_by("kpi_id").agg(pl.col("year"), pl.col("value"))
    series = {
        row["kpi_id"]: tuple(zip(row["year"], row["value"], strict=True))
        for row in history.iter_rows(named=True)
    }
    return {
        row["kpi_id"]: GenderGap(
            year=row["year"],
            women=row["women"],
            men=row["men"],
            gap=row["value"],
            gap_slope=row["trend_slope"],
            gap_trend=gap_class(row["trend_r"], row["value"], settings),
            history=series[row["kpi_id"]],
        )
        for row in latest.iter_rows(named=True)
    }
