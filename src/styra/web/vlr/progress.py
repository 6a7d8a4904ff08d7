"""Progress on goals and targets, means of implementation and the statistical annex.

From the default analysis (``nulage.default.goal_challenges``: status and trend
per goal, every KPI's M1 position, M3 trend and M4 status) and the handlingsplan
(``actionplan.services.load_plan``: the actions per goal, their progress and
budget). Plain dicts for ``content.build_content``.
"""

from styra.web.actionplan.models import Status
from styra.web.actionplan.services import Plan
from styra.web.common.formats import rounded
from styra.web.common.goals import goal_title
from styra.web.nulage.default import Challenges
from styra.web.nulage.rows import kpi_row

OPEN = (Status.PLANNED, Status.ONGOING, Status.DELAYED)


def action_row(node) -> dict:
    action = node.action
    return {
        "code": action.code,
        "title": action.title,
        "status": action.status,
        "status_text": str(action.get_status_display()),
        "percent": node.percent,
        "end": action.end.isoformat() if action.end else None,
        "budget": None if action.budget_sek is None else float(action.budget_sek),
    }


def goal_actions(plan: Plan, goal: int) -> list:
    return [node for node in plan.nodes if goal in node.goals]


def progress_section(challenges: Challenges | None, rows: list[dict], plan: Plan, chosen) -> list:
    """One entry per goal, the prioritised first (in full), then the others (in brief)."""
    by_goal = {row["goal"]: row for row in rows}
    goals = sorted(
        range(1, 18), key=lambda g: (g not in chosen, by_goal.get(g, {}).get("rank") or 99, g)
    )
    found = []
    for goal in goals:
        row = by_goal.get(goal, {})
        nodes = goal_actions(plan, goal)
        actions = [action_row(n) for n in nodes]
        found.append(
            {
                "goal": goal,
                "title": goal_title(goal),
                "prioritised": goal in chosen,
                "level_text": row.get("level_text", ""),
                "rank": row.get("rank"),
                "score": row.get("score"),
                "improving": row.get("improving", 0),
                "stable": row.get("stable", 0),
                "worsening": row.get("worsening", 0),
                "n_kpis": row.get("n_kpis", 0),
                "n_with_data": row.get("n_with_data", 0),
                "progress": rounded(_mean([n.progress for n in nodes]), 0),
                "actions": actions,
                "next_steps": [a for a in actions if a["status"] in OPEN],
            }
        )
    return found


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def means_section(plan: Plan) -> dict:
    """The plan's budget per goal (an action that serves two goals counts in both)."""
    goals = []
    for goal in plan.goals():
        nodes = goal_actions(plan, goal)
        budgets = [float(n.action.budget_sek) for n in nodes if n.action.budget_sek is not None]
        goals.append(
            {
                "goal": goal,
                "title": goal_title(goal),
                "actions": len(nodes),
                "with_budget": len(budgets),
                "budget": sum(budgets) if budgets else None,
            }
        )
    total = [float(n.action.budget_sek) for n in plan.nodes if n.action.budget_sek is not None]
    return {"goals": goals, "total": sum(total) if total else None, "actions": len(plan.nodes)}


def annex_section(challenges: Challenges | None) -> list[dict]:
    """Every KPI of the analysis: value, M1 position, M3 trend, M4 status."""
    if challenges is None:
        return []
    return [
        {
            key: row[key]
            for key in (
                "kpi_id",
                "title",
                "goal",
                "unit",
                "value",
                "value_year",
                "percentile",
                "colour",
                "colour_text",
                "trend",
                "trend_text",
                "outlook_text",
                "target_value",
                "target_year",
            )
        }
        for row in map(kpi_row, sorted(challenges.analysis.kpis, key=lambda k: (k.goal, k.kpi_id)))
    ]
