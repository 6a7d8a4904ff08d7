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
    too_old: bool = False  # the latest value is older than the max age: no colour, no score
    comparable: bool = True  # False: a total that grows with the area's size (no colour, score)
    upper_source: str | None = None  # M2 optimum from: "catalog"/"target" (policy), "computed"
    bound_source: str = ""  # the catalog's source of a policy target or bound, in words

    @property
    def policy_target(self) -> bool:
        """The score is measured against a real policy target (not the other areas)."""
        return self.upper_source in ("catalog", "target")


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
    oldest_year: int | None = None,
) -> KpiResult:
    """Assemble a result; ``row`` is None when the area has no value (grey).

    A value from before ``oldest_year`` is shown as it is but marked too old:
    no colour, percentile or score (so it counts in no goal score or index);
    the same for a KPI the catalog marks not comparable between areas (a total).
    """
    row = row or {}
    has_value = bool(row)
    too_old = has_value and oldest_year is not None and row["year"] < oldest_year
    comparable = kpi.get("comparable", True) is not False
    if too_old or not comparable:
        row = row | {"colour": NO_COLOUR, "percentile": None, "score": None}
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
        too_old=too_old,
        comparable=comparable,
        upper_source=row.get("upper_source", kpi.get("upper_source")),
        bound_source=kpi.get("bound_source") or "",
    )
