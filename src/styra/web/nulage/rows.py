"""The rows of every table on the analysis pages: the HTML and the CSV/Excel exports read
the same rows, so a download always says what the page says."""

from django.utils.translation import gettext as _

from styra.analysis import AreaAnalysis, GoalResult, KpiResult
from styra.analysis.settings import NO_TARGET
from styra.analysis.target_status import (
    TARGET_CLASSES,
    TargetCounts,
    goal_target_counts,
    needed_path,
    target_status,
)
from styra.tables import ExportTable
from styra.web.common.formats import number, rounded
from styra.web.common.goals import goal_title
from styra.web.indicators.models import OWN_PREFIX

from .presentation import (
    CHALLENGE_TEXT,
    COLOUR_TEXT,
    GAP_TEXT,
    OUTLOOK_TEXT,
    TARGET_TEXT,
    TREND_TEXT,
    challenge_level,
    trend_summary,
)
from .reasons import goal_reasons

KOLADA_SOURCE = "Källa: Kolada (RKA)"


def goal_rows(analysis: AreaAnalysis, baseline: AreaAnalysis | None = None) -> list[dict]:
    """One row per goal, biggest challenge first (M5), with why; ``baseline`` is the
    analysis compared with all of the type, to show what the chosen comparison changes."""
    titles = {k.kpi_id: k.title for k in analysis.kpis}
    reasons = goal_reasons(analysis)
    before = {g.goal: g for g in baseline.goals} if baseline else {}
    against_targets = goal_target_counts(analysis.kpis)
    rows = []
    for goal in analysis.goals:
        level = challenge_level(goal)
        trends = trend_summary(analysis.kpis_of_goal(goal.goal))
        rows.append(
            {
                "rank": goal.rank,
                "goal": goal.goal,
                "title": goal_title(goal.goal),
                "level": level,
                "level_text": str(CHALLENGE_TEXT[level]),
                "score": rounded(goal.mean_score, 0),
                "standing": rounded(goal.standing, 0),
                "reason": reasons[goal.goal]["level"],
                "target_reason": reasons[goal.goal]["target"],
                "change": comparison_change(goal, before.get(goal.goal)),
                "n_with_data": goal.n_with_data,
                "n_kpis": goal.n_kpis,
                "n_red": goal.n_red,
                "n_coloured": goal.n_coloured,
                "improving": trends["improving"],
                "stable": trends["stable"],
                "worsening": trends["worsening"],
                "worst_kpi_id": goal.worst_kpi_id,
                "worst_kpi": titles.get(goal.worst_kpi_id or "", ""),
                **target_columns(against_targets[goal.goal]),
            }
        )
    return rows


def target_columns(counts: TargetCounts) -> dict:
    """A goal's KPIs against their targets (M4): the classes found, with words, and the
    count of each class (``target_<class>``) for the exports."""
    found = [
        {"status": status, "text": str(TARGET_TEXT[status]), "n": n}
        for status, n in counts.present()
        if status != NO_TARGET
    ]
    each = {f"target_{status}": counts.counts[status] for status in TARGET_CLASSES}
    return {"target_counts": found, "n_with_target": counts.with_target, **each}


def comparison_change(goal: GoalResult, baseline: GoalResult | None) -> str:
    """What the chosen comparison changed for the goal against all of the type ("" if none)."""
    if baseline is None:
        return ""
    parts = []
    if goal.level != baseline.level:
        before, now = (CHALLENGE_TEXT[challenge_level(g)] for g in (baseline, goal))
        parts.append(f"{before} → {str(now).lower()}")
    if goal.n_red != baseline.n_red:
        parts.append(
            _("%(before)s → %(now)s bland de svagaste")
            % {"before": baseline.n_red, "now": goal.n_red}
        )
    if goal.rank != baseline.rank:
        parts.append(_("plats %(before)s → %(now)s") % {"before": baseline.rank, "now": goal.rank})
    return ", ".join(parts)


def goals_table(analysis: AreaAnalysis, comparison_label: str) -> ExportTable:
    columns = [
        _("Rang"),
        _("Mål"),
        _("Namn"),
        _("Utmaning"),
        _("Poäng (0–100)"),
        _("Nyckeltal med värden"),
        _("Nyckeltal totalt"),
        _("Röda"),
        _("Bedömda"),
        _("Förbättras"),
        _("Oförändrat"),
        _("Försämras"),
        _("Svagaste nyckeltal"),
        _("Ställning bland alla (0–100)"),
        _("Varför"),
        _("Långt från ett politiskt mål"),
        *(_("Mot målvärdet: %(status)s") % {"status": TARGET_TEXT[c]} for c in TARGET_CLASSES),
    ]
    keys = ("rank", "goal", "title", "level_text", "score", "n_with_data", "n_kpis", "n_red")
    keys += ("n_coloured", "improving", "stable", "worsening", "worst_kpi", "standing", "reason")
    keys += ("target_reason", *(f"target_{status}" for status in TARGET_CLASSES))
    rows = [[row[key] for key in keys] for row in goal_rows(analysis)]
    return ExportTable(
        _("%(area)s – 17 mål") % {"area": analysis.title},
        columns,
        rows,
        sources(analysis, comparison_label),
    )


def position_text(kpi: KpiResult) -> str:
    """M1 in words; an old value or a size-bound total says why it is not judged."""
    if kpi.too_old:
        return _("För gammalt värde: bedöms inte")
    if not kpi.comparable and kpi.value is not None:
        return _("Jämförs inte: en total som beror på storleken")
    return str(COLOUR_TEXT[kpi.colour])


def kpi_row(kpi: KpiResult) -> dict:
    outlook = kpi.outlook
    return {
        "kpi_id": kpi.kpi_id,
        "title": kpi.title,
        "goal": kpi.goal,
        "unit": kpi.unit,
        "value": kpi.value,
        "value_year": kpi.value_year,
        "percentile": rounded(kpi.percentile, 0),
        "colour": kpi.colour,
        "colour_text": position_text(kpi),
        "too_old": kpi.too_old,
        "comparable": kpi.comparable,
        "policy_target": kpi.policy_target,
        "bound_source": kpi.bound_source,
        "reference_size": kpi.reference_size,
        "score": rounded(kpi.score, 0),
        "trend": kpi.trend_class,
        "trend_percent": None if kpi.trend_r is None else round(100 * kpi.trend_r, 1),
        "trend_text": str(TREND_TEXT.get(kpi.trend_class, kpi.trend_class)),
        "outlook_text": str(OUTLOOK_TEXT[outlook.status]) if outlook else "",
        "target_status": target_status(kpi),  # M4 against a target, apart from M1's colour
        "target_text": str(TARGET_TEXT[target_status(kpi)]),
        "gap_text": str(GAP_TEXT.get(kpi.gender_gap.gap_trend, "")) if kpi.gender_gap else "",
        "target_value": outlook.target_value if outlook else None,
        "target_year": outlook.target_year if outlook else None,
        "own": kpi.kpi_id.startswith(OWN_PREFIX),
    }


def kpi_rows(analysis: AreaAnalysis, goal: int) -> list[dict]:
    return [kpi_row(kpi) for kpi in analysis.kpis_of_goal(goal)]


def kpis_table(analysis: AreaAnalysis, goal: int, comparison_label: str) -> ExportTable:
    columns = [
        _("Id"),
        _("Nyckeltal"),
        _("Enhet"),
        _("Värde"),
        _("År"),
        _("Percentil"),
        _("Läge"),
        _("Jämförda områden"),
        _("Poäng (0–100)"),
        _("Trend"),
        _("Målvärde"),
        _("Målår"),
        _("Mot målet"),
    ]
    keys = ("kpi_id", "title", "unit", "value", "value_year", "percentile", "colour_text")
    keys += ("reference_size", "score", "trend_text", "target_value", "target_year")
    keys += ("target_text",)
    rows = [[row[key] for key in keys] for row in kpi_rows(analysis, goal)]
    title = _("%(area)s – mål %(goal)s") % {"area": analysis.title, "goal": goal}
    return ExportTable(title, columns, rows, sources(analysis, comparison_label))


def target_path(kpi: KpiResult) -> list[tuple[int, float]]:
    """The path needed from the base year to the KPI's target (M4); none without one."""
    return needed_path(kpi.outlook) if kpi.outlook else []


def series_rows(series, path=()) -> list[dict]:
    """Year by year: the area, the comparison's median, Riket, women, men and the path
    needed to the target (``path``, up to the target year)."""
    columns = {
        "area": series.area,
        "median": series.median,
        "riket": series.riket,
        "women": series.women,
        "men": series.men,
        "path": path,
    }
    years = sorted({year for points in columns.values() for year, _value in points})
    lookup = {name: dict(points) for name, points in columns.items()}
    return [{"year": y, **{name: lookup[name].get(y) for name in columns}} for y in years]


def series_table(analysis: AreaAnalysis, kpi: KpiResult, series, comparison_label: str):
    columns = [
        _("År"),
        analysis.title,
        _("Median, %(comparison)s") % {"comparison": comparison_label},
        _("Riket"),
        _("Kvinnor"),
        _("Män"),
    ]
    keys: tuple[str, ...] = ("year", "area", "median", "riket", "women", "men")
    path = target_path(kpi)
    if path:
        columns.append(path_label(kpi))
        keys += ("path",)
    rows = [[row[key] for key in keys] for row in series_rows(series, path)]
    title = f"{kpi.kpi_id} {analysis.title}"
    return ExportTable(title, columns, rows, sources(analysis, comparison_label, kpi))


def path_label(kpi: KpiResult) -> str:
    """The path's name in the chart, its legend and the tables: to which value, which year."""
    if kpi.outlook is None:
        return ""
    return _("Väg till målvärdet %(value)s år %(year)s") % {
        "value": number(kpi.outlook.target_value, 2, trim=True),
        "year": kpi.outlook.target_year,
    }


def sources(analysis: AreaAnalysis, comparison_label: str, kpi: KpiResult | None = None):
    lines = [
        _("Analysår %(year)s, jämfört med %(comparison)s.")
        % {"year": analysis.year, "comparison": comparison_label},
    ]
    if kpi is None or not kpi.kpi_id.startswith(OWN_PREFIX):
        lines.append(KOLADA_SOURCE)
    if kpi is None or kpi.kpi_id.startswith(OWN_PREFIX):
        lines.append(_("Egna nyckeltal: %(area)s") % {"area": analysis.title})
    lines.append(_("Beräknat med Styra (metoderna M1–M5 i Styras metodbeskrivning)."))
    return lines


def distribution_table(analysis: AreaAnalysis, kpi: KpiResult, distribution: list[dict], year):
    """Every area's value in the latest year with values, lowest first (the KPI page's)."""
    columns = [_("Område"), _("Värde"), _("Analyserat område")]
    rows = [[d["area"], d["value"], _("ja") if d["highlight"] else ""] for d in distribution]
    title = _("%(kpi)s alla %(year)s") % {"kpi": kpi.kpi_id, "year": year}
    return ExportTable(title, columns, rows, sources(analysis, _("alla områden"), kpi))


def peers_table(analysis: AreaAnalysis, kpi: KpiResult, peers: list[dict], label: str):
    """M10: the areas of the comparison that improved most (the KPI page's "Lär av andra")."""
    columns = [_("Område"), _("Förbättring per år"), _("Värde"), _("År")]
    rows = [[p["name"], p["improvement"], p["value"], p["value_year"]] for p in peers]
    title = _("%(kpi)s lär av andra") % {"kpi": kpi.kpi_id}
    return ExportTable(title, columns, rows, sources(analysis, label, kpi))
