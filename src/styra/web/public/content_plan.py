"""The publication's sections from the organisation's own records: the priority
decision, the handlingsplan, the follow-up and the reporting coverage.

Each builder returns plain JSON-able dicts in the active language (snapshot.py
calls them once per language); dates are ISO strings. The shapes are in
docs/public-site.md, "Sections from the organisation's records". The plan
names units (the owner actor), never persons, unless the publication chose to.
"""

from django.utils import timezone
from django.utils.translation import get_language

from styra.agenda2030 import load_curated_kpis
from styra.analysis import AreaAnalysis
from styra.analysis.target_status import goal_target_counts
from styra.followup import percent_of
from styra.priorities import CRITERIA
from styra.sdg import load_catalog
from styra.sdg.catalog import UnknownSdgId
from styra.web.actionplan.kpis import own_indicators
from styra.web.actionplan.services import (
    Plan,
    PlanNode,
    coverage_of,
    last_reports,
    load_plan,
    natural_key,
    prioritised_goals,
    weight_of,
)
from styra.web.common.goals import goal_title
from styra.web.followup.models import Cycle
from styra.web.followup.models import Status as ReportStatus
from styra.web.nulage.default import default_analysis
from styra.web.nulage.presentation import CHALLENGE_TEXT, challenge_level
from styra.web.organisations.models import Organisation
from styra.web.priorities.decisions.models import Decision
from styra.web.priorities.decisions.presentation import LABELS as CRITERION_LABELS


def _day(value) -> str | None:
    return value.isoformat() if value else None


def target_title(target_id: str) -> str:
    """The SDG target's short title in the active language ("" for an unknown id)."""
    try:
        target = load_catalog().target(target_id)
    except UnknownSdgId:
        return ""
    return target.title_en if get_language() == "en" else target.short_sv


# --- prioriteringar ----------------------------------------------------------------------


def decision(organisation: Organisation) -> dict | None:
    """The latest priority decision with its goals (the analysis' level of each), targets
    and the criteria weights it was taken with; None when there is none."""
    decisions = Decision.objects.filter(organisation=organisation).order_by(
        "-decided_on", "-created_at", "-pk"
    )
    latest = decisions.first()
    if latest is None:
        return None
    analysis = default_analysis(organisation)
    by_goal = {g.goal: g for g in analysis.goals} if analysis is not None else {}
    return {
        "decided_on": _day(latest.decided_on),
        "body": latest.body,
        "reference": latest.reference,
        "motivation": latest.motivation,
        "earlier_decisions": decisions.count() - 1,
        "goals": [decided_goal(int(goal), by_goal.get(int(goal))) for goal in latest.goals],
        "targets": [{"id": t, "title": target_title(t)} for t in latest.targets or []],
        "criteria": criteria_weights(latest.snapshot or {}),
    }


def decided_goal(goal: int, result) -> dict:
    """A decided goal with its challenge in the default analysis (rank and level null
    without an analysis; rank null where the goal has too little data)."""
    level = challenge_level(result) if result is not None else None
    return {
        "goal": goal,
        "title": goal_title(goal),
        "rank": result.rank if result is not None and not result.too_little_data else None,
        "level": level,
        "level_text": str(CHALLENGE_TEXT[level]) if level else "",
    }


def criteria_weights(snapshot: dict) -> list[dict]:
    """The criteria in use and their shares of the ranking (summing to 1), in the
    prioritisation's order; [] when the decision's basis does not say."""
    used = snapshot.get("used_weights") or {}
    return [
        {"name": str(CRITERION_LABELS[key]), "weight": round(float(used[key]), 3)}
        for key in CRITERIA
        if key in used
    ]


# --- handlingsplan -----------------------------------------------------------------------


def plan(organisation: Organisation, person_names: bool) -> dict:
    """The actions per goal (prioritised goals first), then those without a goal."""
    loaded = load_plan(organisation)
    reported = last_reports(
        [n.action for n in loaded.nodes],
        {n.action.pk: n.latest for n in loaded.nodes if n.latest is not None},
    )
    kpis = kpi_lookup(organisation)
    by_action: dict[int, list] = {}
    for indicator in loaded.indicators:
        by_action.setdefault(indicator.action_id, []).append(indicator_row(indicator, kpis))

    def row(depth: int, node: PlanNode) -> dict:
        return action_row(node, depth, reported, by_action, person_names)

    chosen = prioritised_goals(organisation)
    goals = sorted(set(loaded.goals()) | set(chosen), key=lambda g: (g not in chosen, g))
    return {
        "n_actions": len(loaded.nodes),
        "mean_progress": mean_progress(loaded),
        "goals": [
            {
                "goal": goal,
                "title": goal_title(goal),
                "prioritised": goal in chosen,
                "actions": [row(d, n) for d, n in loaded.walk(loaded.roots_for_goal(goal))],
            }
            for goal in goals
        ],
        "without_goal": [
            row(d, n)
            for d, n in loaded.walk([r for r in loaded.roots if not r.goals])
            if not n.goals
        ],
    }


def action_row(node: PlanNode, depth: int, reported, indicators, person_names: bool) -> dict:
    action = node.action
    persons = []
    if person_names:
        persons = sorted(
            name for name in (u.get_full_name().strip() for u in action.responsible.all()) if name
        )
    return {
        "code": action.code,
        "title": action.title,
        "description": action.description,
        "level": action.level,
        "level_text": str(action.get_level_display()),
        "depth": depth,
        "owner": action.owner.name if action.owner else "",
        "partners": sorted(p.name for p in action.partners.all()),
        "persons": persons,
        "status": action.status,
        "status_text": str(action.get_status_display()),
        "percent": node.percent,
        "start": _day(action.start),
        "end": _day(action.end),
        "last_report": _day(reported.get(action.pk)),
        "targets": list(action.targets),
        "kpis": indicators.get(action.pk, []),
    }


def kpi_lookup(organisation: Organisation) -> dict[str, tuple[str, str]]:
    """kpi id → (title, unit): the curated Kolada KPIs and the organisation's own."""
    found = {kpi.kpi_id: (kpi.title, kpi.unit) for kpi in load_curated_kpis()}
    for own in own_indicators(organisation):
        found[own.kpi_id] = (f"{own.title} ({own.code})", own.unit)
    return found


def indicator_row(indicator, kpis: dict[str, tuple[str, str]]) -> dict:
    title, unit = kpis.get(indicator.kpi_id, (indicator.kpi_id, ""))
    return {
        "kpi_id": indicator.kpi_id,
        "title": title,
        "unit": unit,
        "baseline_value": indicator.baseline_value,
        "baseline_year": indicator.baseline_year,
        "target_value": indicator.target_value,
        "target_year": indicator.target_year,
    }


def mean_progress(loaded: Plan) -> int | None:
    """The whole plan's progress: its top actions' rolled-up progress weighted as the
    roll-up weighs them (cancelled ones not at all); None when nothing weighs."""
    weighed = [(weight_of(n.action), n.progress) for n in loaded.roots]
    total = sum(weight for weight, _ in weighed)
    if not total:
        return None
    return round(sum(weight * progress for weight, progress in weighed) / total)


# --- uppfoljning -------------------------------------------------------------------------


def followup(organisation: Organisation) -> dict:
    """The closed follow-up cycles, newest first, with what was reported in each."""
    cycles = Cycle.objects.filter(organisation=organisation, closed_at__isnull=False)
    return {"cycles": [cycle_row(c) for c in cycles.order_by("-period_end", "-closed_at", "-pk")]}


def cycle_row(cycle: Cycle) -> dict:
    reports = sorted(
        cycle.reports.select_related("action"), key=lambda r: natural_key(r.action.code)
    )
    counts = {status: 0 for status in ReportStatus.values}
    for report in reports:
        counts[report.status] = counts.get(report.status, 0) + 1
    return {
        "name": cycle.name,
        "kind_text": str(cycle.get_kind_display()),
        "period_start": _day(cycle.period_start),
        "period_end": _day(cycle.period_end),
        "closed_on": _day(timezone.localdate(cycle.closed_at)),
        "counts": [
            {"status": status, "text": str(ReportStatus(status).label), "n": n}
            for status, n in counts.items()
            if n and status in ReportStatus.values
        ],
        "reports": [
            {
                "code": r.action.code,
                "title": r.action.title,
                "status": r.status,
                "status_text": str(r.get_status_display()),
                "percent": percent_of(r.status),
                "comment": r.comment,
            }
            for r in reports
        ],
    }


# --- coverage ----------------------------------------------------------------------------


def coverage(organisation: Organisation, analysis: AreaAnalysis | None, with_plan: bool) -> dict:
    """Per goal how many KPIs the analysis has, with data, with a target, and (when the
    plan is published too) how many actions serve it (actions and activities, not
    strategies, not cancelled: the plan's own coverage rule)."""
    results = {g.goal: g for g in analysis.goals} if analysis is not None else {}
    targets = goal_target_counts(analysis.kpis) if analysis is not None else {}
    actions: dict[int, tuple] = {}
    if with_plan:
        actions = {c.goal: c.actions for c in coverage_of(load_plan(organisation), range(1, 18))}
    goals = []
    for goal in range(1, 18):
        result = results.get(goal)
        goals.append(
            {
                "goal": goal,
                "title": goal_title(goal),
                "n_kpis": result.n_kpis if result else 0,
                "n_with_data": result.n_with_data if result else 0,
                "n_with_target": targets[goal].with_target if goal in targets else 0,
                "n_actions": len(actions.get(goal, ())) if with_plan else None,
            }
        )
    counted = {pk for ids in actions.values() for pk in ids}
    return {
        "with_plan": with_plan,
        "goals": goals,
        "totals": {
            "n_kpis": sum(g["n_kpis"] for g in goals),
            "n_with_data": sum(g["n_with_data"] for g in goals),
            "n_with_target": sum(g["n_with_target"] for g in goals),
            "n_actions": len(counted) if with_plan else None,
        },
    }
