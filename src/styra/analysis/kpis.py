"""One KPI's nulägesanalys for one area: the row the web, reports and CLI show."""

from dataclasses import dataclass

import polars as pl

from styra.analysis.gender import GenderGap
from styra.analysis.outlook import Outlook
from styra.analysis.settings import GREY, NO_COLOUR, TOO_LITTLE_DATA


@dataclass(frozen=True)
class KpiResult:
    kpi_id: str
    title: str
    goal: int
    unit: str
    polarity: int
    value: float | None  # the latest value up to the analysis year (None: no value)
    value_year: int | None
    percentile: float | None  # M1, None without a value or with nobody to compare with
    colour: str  # green / yellow / red / grey (no value) / none (neutral or no comparison)
    reference_label: str
    reference_size: int  # areas of the reference set with a value that year
    score: float | None  # M2
    lower_bound: float | None
    upper_bound: float | None
    base_year: int | None
    trend_class: str  # M3
    trend_r: float | None
    trend_slope: float | None
    trend_values: int
    outlook: Outlook | None  # M4, where a target exists
    gender_gap: GenderGap | None


def latest_rows(rows: pl.DataFrame, year: int) -> dict[str, dict]:
    """Per KPI the row of the latest year up to ``year`` (rows of one area)."""
    latest = rows.filter(pl.col("year") <= year).sort("year").group_by("kpi_id").last()
    return {row["kpi_id"]: row for row in latest.iter_rows(named=True)}


def kpi_result(
    kpi: dict,
    row: dict | None,
    size_now: int,
    reference_label: str,
    outlook: Outlook | None,
    gap: GenderGap | None,
) -> KpiResult:
    """Assemble a result; ``row`` is None when the area has no value (grey)."""
    row = row or {}
    has_value = bool(row)
    return KpiResult(
        kpi_id=kpi["kpi_id"],
        title=kpi["title"],
        goal=kpi["goal"],
        unit=kpi["unit"],
        polarity=kpi["polarity"],
        value=row.get("value"),
        value_year=row.get("year"),
        percentile=row.get("percentile"),
        colour=row.get("colour", NO_COLOUR) if has_value else GREY,
        reference_label=reference_label,
        reference_size=row.get("n_ref", size_now) if has_value else size_now,
        score=row.get("score"),
        lower_bound=row.get("lower", kpi.get("lower")),
        upper_bound=row.get("upper", kpi.get("upper")),
        base_year=row.get("base_year", kpi.get("base_year")),
        trend_class=row.get("trend_class") or TOO_LITTLE_DATA,
        trend_r=row.get("trend_r"),
        trend_slope=row.get("trend_slope"),
        trend_values=row.get("trend_values") or 0,
        outlook=outlook,
        gender_gap=gap,
    )
