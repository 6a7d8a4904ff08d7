"""The follow-up report of a cycle (uppföljningsrapport) as one plain dict.

``cycle_content(cycle)`` gathers what the report says: the cycle's facts, per goal
the actions asked and their status in the cycle (styra.followup's counts), the
indicators against their targets — the measures of the actions (with what the
report gave) and the curated and own KPIs with a target (M4, the default
analysis) of the prioritised goals — and what moved since the cycle before
(styra.followup's compare). The dict holds texts in the language of the one who
built it and only str keys, lists, numbers and texts, so that it is the render
cache's key (reports/filecache.py) and the PDF, Word and Excel files are all
written from it (report_documents.py). The årsredovisning chapter (annual.py)
reuses its parts.
"""

from collections.abc import Iterable
from pathlib import Path

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from styra.followup import SCALE, Scale
from styra.web.actionplan.kpis import titles
from styra.web.actionplan.services import prioritised_goals
from styra.web.common.goals import goal_title
from styra.web.nulage.default import default_analysis
from styra.web.nulage.presentation import OUTLOOK_TEXT
from styra.web.reports import filecache

from . import services
from .models import Cycle, Status

SCHEMA = 1
NO_GOAL = 0  # the group of actions that serve no goal


def status_text(status: str | None) -> str:
    return str(Status(status).label) if status else _("Inte rapporterad")


def code_digest() -> str:
    """This app's code and templates: a new release renders the reports afresh."""
    return filecache.code_digest(Path(__file__).parent)


def cycle_facts(cycle: Cycle, found: services.Overview) -> dict:
    return {
        "id": cycle.pk,
        "name": cycle.name,
        "kind": str(cycle.get_kind_display()),
        "period_start": cycle.period_start.isoformat(),
        "period_end": cycle.period_end.isoformat(),
        "deadline": cycle.deadline.isoformat(),
        "closed": cycle.closed_at.date().isoformat() if cycle.closed_at else None,
        "asked": len(found.rows),
        "reported": found.reported,
    }


def action_row(action, report) -> dict:
    return {
        "code": action.code,
        "title": action.title,
        "status": report.status if report else None,
        "status_text": status_text(report.status if report else None),
        "comment": report.comment if report else "",
    }


def _status_order(row: dict) -> int:
    return SCALE.index(Scale(row["status"])) if row["status"] else len(SCALE)


def goal_sections(found: services.Overview, goals: dict, prioritised: Iterable[int]) -> list:
    """Per goal (prioritised ones first) the counts per status and the actions, by status."""
    chosen = set(prioritised)
    by_goal: dict[int, list[dict]] = {}
    for action, report in found.rows:
        for goal in goals.get(action.pk) or (NO_GOAL,):
            by_goal.setdefault(goal, []).append(action_row(action, report))
    counts = {count.goal: count for count in found.goals}
    sections = []
    for goal in sorted(by_goal, key=lambda g: (g == NO_GOAL, g not in chosen, g)):
        actions = sorted(by_goal[goal], key=_status_order)
        sections.append(
            {
                "goal": goal,
                "title": goal_title(goal) if goal else _("Åtgärder utan mål"),
                "prioritised": goal in chosen,
                "counts": status_counts(counts.get(goal), actions),
                "actions": actions,
            }
        )
    return sections


def status_counts(count, actions: list[dict]) -> list[list]:
    """[[status text, number], …] on the scale, then "inte rapporterad"."""
    by_status = (
        {s.value: n for s, n in count.by_status.items()}
        if count is not None
        else {s.value: sum(a["status"] == s.value for a in actions) for s in SCALE}
    )
    missing = count.missing if count is not None else sum(a["status"] is None for a in actions)
    rows = [[status_text(s.value), by_status[s.value]] for s in SCALE]
    return [*rows, [status_text(None), missing]]


def measure_rows(organisation, found: services.Overview, latest: dict) -> list[dict]:
    """Each indicator of an action asked: baseline, the action's target, the value the
    report gave and the newest value in the data, with its status against the target."""
    names = titles(organisation)
    rows = []
    for action, report in found.rows:
        for indicator in action.indicators.all():
            kpi = latest.get(indicator.kpi_id, {})
            rows.append(
                {
                    "action": action.code,
                    "kpi_id": indicator.kpi_id,
                    "title": names.get(indicator.kpi_id, indicator.kpi_id),
                    "baseline": indicator.baseline_value,
                    "baseline_year": indicator.baseline_year,
                    "target": indicator.target_value,
                    "target_year": indicator.target_year,
                    "reported": (report.measures or {}).get(indicator.kpi_id) if report else None,
                    "value": kpi.get("value"),
                    "value_year": kpi.get("value_year"),
                    "status_text": kpi.get("status_text", ""),
                }
            )
    return rows


def kpi_rows(analysis) -> dict[str, dict]:
    """Every KPI of the default analysis with its newest value and M4 status (if a target)."""
    if analysis is None:
        return {}
    rows = {}
    for kpi in analysis.kpis:
        outlook = kpi.outlook
        rows[kpi.kpi_id] = {
            "kpi_id": kpi.kpi_id,
            "title": kpi.title,
            "goal": kpi.goal,
            "unit": kpi.unit,
            "value": kpi.value,
            "value_year": kpi.value_year,
            "target": outlook.target_value if outlook else None,
            "target_year": outlook.target_year if outlook else None,
            "status": outlook.status if outlook else None,
            "status_text": str(OUTLOOK_TEXT[outlook.status]) if outlook else "",
        }
    return rows


def target_rows(latest: dict[str, dict], goals: Iterable[int]) -> list[dict]:
    """The KPIs with a target among ``goals``, by goal."""
    chosen = set(goals)
    found = [row for row in latest.values() if row["status"] and row["goal"] in chosen]
    return sorted(found, key=lambda row: (row["goal"], row["kpi_id"]))


def changes_since(cycle: Cycle) -> dict:
    """What moved since the cycle before (by the end of its period): the changed actions."""
    before = services.previous_cycle(cycle)
    if before is None:
        return {"before": None, "moves": [], "same": 0}
    moves = services.compare_cycles(before, cycle)
    words = {1: _("Framåt"), -1: _("Bakåt"), 0: _("Ändrad")}
    changed = [
        {
            "code": action.code,
            "title": action.title,
            "before": status_text(move.before and move.before.value),
            "now": status_text(move.now and move.now.value),
            "direction": str(words[move.direction]),
        }
        for move, action in moves
        if move.changed
    ]
    return {"before": before.name, "moves": changed, "same": len(moves) - len(changed)}


def report_goals(organisation, sections: list[dict]) -> list[int]:
    """The goals whose KPIs with a target the report shows: the prioritised goals, else
    the goals the actions serve."""
    return prioritised_goals(organisation) or [s["goal"] for s in sections if s["goal"]]


def cycle_content(cycle: Cycle, built_on) -> dict:
    organisation = cycle.organisation
    found = services.overview(cycle)
    prioritised = prioritised_goals(organisation)
    sections = goal_sections(found, services.goals_of(organisation), prioritised)
    analysis = default_analysis(organisation)
    latest = kpi_rows(analysis)
    return {
        "schema": SCHEMA,
        "kind": "cycle",
        "language": get_language() or "sv",
        "built_at": built_on.isoformat(),
        "code": code_digest(),
        "organisation": {"id": organisation.pk, "name": organisation.name},
        "cycle": cycle_facts(cycle, found),
        "data_year": analysis.year if analysis is not None else None,
        "prioritised": prioritised,
        "goals": sections,
        "measures": measure_rows(organisation, found, latest),
        "targets": target_rows(latest, report_goals(organisation, sections)),
        "changes": changes_since(cycle),
    }
