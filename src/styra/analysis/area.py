"""The nulägesanalys of one area: the single entry point for web, reports and CLI.

``analyse_area`` combines M1 (position in a reference set), M2 (score), M3
(trend), M4 (outlook, where a target exists), the gender gap and M5 (goal
challenge ranking) for every KPI of the set for the area's type. Totals (gender
T) feed M1–M5; the K/M split only the gender gap. Pass a ``Batch`` from
``analyse_all`` to reuse a computation over all areas.
"""

from collections.abc import Mapping
from dataclasses import dataclass

import polars as pl

from styra.analysis.batch import ALL_KEY, Batch, build_rows
from styra.analysis.catalog import kpis_for_type, normalise_catalog, total_values
from styra.analysis.gender import compute_gender_gaps
from styra.analysis.goals import GoalResult, overall_index, rank_goals
from styra.analysis.kpis import KpiResult, kpi_result, latest_rows
from styra.analysis.outlook import Outlook, compute_outlook
from styra.analysis.position import compute_positions
from styra.analysis.reference import (
    ALL,
    ReferenceSet,
    UnknownIdError,
    all_of_type,
    area_ids_of_type,
    area_type,
)
from styra.analysis.scores import compute_bounds
from styra.analysis.settings import DEFAULT_SETTINGS, AnalysisSettings
from styra.analysis.standing import goal_standings, standings_of
from styra.analysis.trends import compute_trends
from styra.analysis.value_range import value_range

Targets = Mapping[str, tuple[float, int]]
RANK_BY_TYPE, RANK_BY_COMPARISON = "type", "comparison"  # what a goal's standing compares


@dataclass(frozen=True)
class AreaAnalysis:
    area_id: str
    title: str
    area_type: str  # K kommun, L region
    year: int
    reference: ReferenceSet
    kpis: tuple[KpiResult, ...]
    goals: tuple[GoalResult, ...]  # ranked, biggest challenge first
    overall_index: float | None  # mean of goal scores; None below the coverage threshold
    index_scored: int  # KPIs with a score
    index_judgeable: int  # KPIs with a polarity (could have a score)
    settings: AnalysisSettings
    data_year: int | None = None  # the newest year with any value for areas of this type
    ranking: str = RANK_BY_TYPE  # goals ranked by standing among all of the type or the comparison

    def is_data_old(self, current_year: int) -> bool:
        """The newest values are more than ``data_age_warning`` years older than ``current_year``.

        The caller passes the current year (the core never reads the clock).
        """
        limit = self.settings.data_age_warning
        return self.data_year is None or current_year - self.data_year > limit

    def kpis_of_goal(self, goal: int) -> tuple[KpiResult, ...]:
        return tuple(k for k in self.kpis if k.goal == goal)


def check_year(values: pl.DataFrame, year: int) -> None:
    first, last = values["year"].min(), values["year"].max()
    if not isinstance(first, int) or not isinstance(last, int) or not first <= year <= last:
        raise UnknownIdError(f"no values for year {year} (the data covers {first!s}–{last!s})")


def ranking_standings(
    totals: pl.DataFrame,
    catalog: pl.DataFrame,
    bounds: pl.DataFrame,
    context: tuple[str, int, ReferenceSet, str],
    settings: AnalysisSettings,
):
    """goal -> (standing, n) of the area among all of its type, or among its comparison."""
    area_id, year, reference, ranking = context
    if ranking == RANK_BY_COMPARISON:
        members = pl.Series(list(reference.area_ids), dtype=pl.Utf8).implode()
        totals = totals.filter(pl.col("area_id").is_in(members))
    elif ranking != RANK_BY_TYPE:
        raise ValueError(f"ranking must be {RANK_BY_TYPE!r} or {RANK_BY_COMPARISON!r}")
    return standings_of(goal_standings(totals, catalog, bounds, year, settings), area_id)


def same_type(reference: ReferenceSet, areas: pl.DataFrame, kind: str) -> ReferenceSet:
    """Only areas of the analysed type are compared; say so in the label if some were left."""
    allowed = set(area_ids_of_type(areas, kind))
    kept = tuple(a for a in reference.area_ids if a in allowed)
    dropped = len(reference.area_ids) - len(kept)
    if not dropped:
        return reference
    label = f"{reference.label} ({dropped} område(n) av annan typ ej med)"
    return ReferenceSet(reference.kind, label, kept)


def sizes_at(positions: pl.DataFrame, year: int) -> dict[str, int]:
    """Per KPI the number of areas of the set with a value in ``year``."""
    now = positions.filter(pl.col("year") == year).group_by("kpi_id").agg(pl.col("n_ref").first())
    return dict(now.iter_rows())


def area_rows(
    totals: pl.DataFrame,
    catalog: pl.DataFrame,
    ids: tuple[str, ...],
    area_id: str,
    reference: ReferenceSet,
    settings: AnalysisSettings,
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """M1–M3 rows of one area against one reference set (no batch), positions, bounds."""
    polarity = catalog.select("kpi_id", "polarity")
    members = pl.Series(list(reference.area_ids), dtype=pl.Utf8).implode()
    in_set = totals.filter(pl.col("area_id").is_in(members))
    positions = compute_positions(in_set, polarity, reference.membership(), settings)
    bounds = compute_bounds(totals, catalog, ids, settings)
    trends = compute_trends(totals, polarity, settings, areas=[area_id])  # repeats told from all
    rows = build_rows(positions.filter(pl.col("area_id") == area_id), bounds, trends)
    return rows, positions, bounds


def outlooks(
    totals: pl.DataFrame, catalog: pl.DataFrame, area_id: str, targets: Targets | None, s
) -> dict[str, Outlook]:
    """M4 for every KPI with a target (``targets`` overrides the catalog's)."""
    chosen = {
        row["kpi_id"]: (row["target_value"], row["target_year"], row["polarity"])
        for row in catalog.iter_rows(named=True)
        if row["target_value"] is not None and row["target_year"] is not None
    }
    polarity = dict(catalog.select("kpi_id", "polarity").iter_rows())
    for kpi_id, (value, year) in (targets or {}).items():
        if kpi_id in polarity:
            chosen[kpi_id] = (value, year, polarity[kpi_id])
    own = totals.filter(pl.col("area_id") == area_id)
    rows = catalog.iter_rows(named=True)
    ranges = {row["kpi_id"]: value_range(row["unit"], row["title"]) for row in rows}
    result = {}
    for kpi_id, (value, year, sign) in chosen.items():
        series = own.filter(pl.col("kpi_id") == kpi_id).select("year", "value").rows()
        result[kpi_id] = compute_outlook(series, value, year, sign, s, ranges[kpi_id])
    return result


def kpi_results(
    values: pl.DataFrame,
    totals: pl.DataFrame,
    catalog: pl.DataFrame,
    found: tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame],
    context: tuple[str, int, ReferenceSet],
    targets: Targets | None,
    settings: AnalysisSettings,
) -> tuple[KpiResult, ...]:
    """Every KPI of the set, from ``found`` (the area's M1–M3 rows, the positions of the
    set and the KPIs' bounds), with M4 and the gender gap."""
    rows, positions, bounds = found
    area_id, year, reference = context
    latest, sizes = latest_rows(rows, year), sizes_at(positions, year)
    gaps = compute_gender_gaps(values, area_id, year, settings)
    outlook = outlooks(totals, catalog, area_id, targets, settings)
    kpi_rows = catalog.join(bounds, on="kpi_id", how="left").iter_rows(named=True)
    return tuple(
        kpi_result(
            kpi,
            latest.get(kpi["kpi_id"]),
            sizes.get(kpi["kpi_id"], 0),
            reference.label,
            outlook.get(kpi["kpi_id"]),
            gaps.get(kpi["kpi_id"]),
            oldest_year=year - settings.max_value_age,
        )
        for kpi in kpi_rows
    )


def analyse_area(
    values: pl.DataFrame,
    catalog: pl.DataFrame,
    areas: pl.DataFrame,
    area_id: str,
    year: int,
    reference: ReferenceSet | None = None,
    targets: Targets | None = None,
    settings: AnalysisSettings = DEFAULT_SETTINGS,
    batch: Batch | None = None,
    ranking: str = RANK_BY_TYPE,
) -> AreaAnalysis:
    """The nulägesanalys of ``area_id`` in ``year`` against ``reference`` (default: all of type).

    ``ranking`` picks what the goals' standings compare (M5): all areas of the
    type (default, so the levels do not move with the comparison) or the
    comparison itself.
    """
    kind = area_type(areas, area_id)
    catalog = kpis_for_type(normalise_catalog(catalog), kind)
    check_year(values, year)
    reference = same_type(reference or all_of_type(areas, kind), areas, kind).including(area_id)
    ids = area_ids_of_type(areas, kind)
    totals = total_values(values.filter(pl.col("year") <= year), catalog["kpi_id"], ids)
    if batch is not None and batch.area_type == kind and reference.kind == ALL:
        positions = batch.rows.filter(pl.col("ref_key") == ALL_KEY)
        rows, bounds = positions.filter(pl.col("area_id") == area_id), batch.bounds
    else:
        rows, positions, bounds = area_rows(totals, catalog, ids, area_id, reference, settings)
    found = (rows, positions, bounds)
    kpis = kpi_results(
        values, totals, catalog, found, (area_id, year, reference), targets, settings
    )
    context = (area_id, year, reference, ranking)
    goals = rank_goals(
        kpis, settings, ranking_standings(totals, catalog, bounds, context, settings)
    )
    index, scored, judgeable = overall_index(kpis, goals, settings)
    title = areas.filter(pl.col("area_id") == area_id)["title"][0]
    newest = values["year"].max()
    return AreaAnalysis(
        area_id,
        title,
        kind,
        year,
        reference,
        kpis,
        goals,
        index,
        scored,
        judgeable,
        settings,
        data_year=newest if isinstance(newest, int) else None,
        ranking=ranking,
    )
