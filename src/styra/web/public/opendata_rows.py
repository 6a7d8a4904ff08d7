"""The rows of each open-data resource, read from a publication's content alone.

Each function takes the content's part in one language (``content["text"][lang]``)
and yields plain dicts keyed by the resource's column names (datapackage.py);
``table`` cuts them to the columns in order. Missing stays missing (None), never 0.
Which resources a publication has depends on its published sections alone: the
text of a section taken off the public site may still be in the content.
"""

from collections.abc import Iterable, Iterator

from .datapackage import ORGANISATION_RESOURCES, Resource
from .sections import DECISION, GOALS, KPIS, OVERVIEW, PLAN

SERIES = ("median", "riket", "women", "men")
JOIN = "; "
DECIMALS = 6  # Kolada's own precision; a computed median is cut to it (no 55.449952999999994)


def resource_names(sections) -> list[str]:
    """The organisation's resources its published sections give, in the site's order."""
    chosen = set(sections)
    present = {
        "values": bool({KPIS, GOALS} & chosen),
        "analysis": bool({OVERVIEW, GOALS, KPIS} & chosen),
        "priorities": DECISION in chosen,
        "plan": PLAN in chosen,
        "coverage": OVERVIEW in chosen,
    }
    return [name for name in ORGANISATION_RESOURCES if present[name]]


def table(resource: Resource, found: Iterable[dict]) -> Iterator[list]:
    """Rows as lists in the resource's column order (a column a row lacks is missing)."""
    for row in found:
        yield [row.get(name) for name in resource.fields]


def section_rows(name: str, text: dict, sections, year) -> Iterator[dict]:
    """The rows of the organisation's resource ``name`` (one of ``resource_names``)."""
    if name == "values":
        return value_rows(text, sections)
    if name == "analysis":
        return analysis_rows(text, sections, year)
    if name == "priorities":
        return priority_rows(text.get(DECISION))
    if name == "plan":
        return plan_rows(text.get(PLAN))
    return iter((text.get("coverage") or {}).get("goals") or [])


def value_rows(text: dict, sections) -> Iterator[dict]:
    """Kolada values of the published KPIs: the year-by-year series of the KPI pages,
    else each goal page's KPIs' latest values. Own indicators are not Kolada's."""
    if KPIS in sections and text.get(KPIS):
        for kpi_id, page in text[KPIS].items():
            if not page.get("kolada", True):
                continue
            row = page["row"]
            for point in page.get("series") or []:
                if all(point.get(key) is None for key in ("area", *SERIES)):
                    continue  # a year with only the path to the target
                yield {
                    "kpi_id": kpi_id,
                    "title": row["title"],
                    "unit": row["unit"],
                    "year": point["year"],
                    "value": point["area"],
                    **{key: kolada_precision(point.get(key)) for key in SERIES},
                }
        return
    for row in goal_page_kpis(text):
        if not row.get("own") and row.get("value") is not None:
            yield {**row, "year": row.get("value_year")}


def kolada_precision(value: float | None) -> float | None:
    return None if value is None else round(value, DECIMALS)


def goal_page_kpis(text: dict) -> Iterator[dict]:
    pages = text.get(GOALS) or {}
    for goal in sorted(pages, key=int):
        yield from pages[goal].get("kpis") or []


def analysis_rows(text: dict, sections, year) -> Iterator[dict]:
    """The goal rows (overview, else the goal pages'), then the KPI rows (goal pages,
    else the KPI pages')."""
    if OVERVIEW in sections and text.get(OVERVIEW):
        goals = text[OVERVIEW]["goals"]
    elif GOALS in sections:
        goals = [page["row"] for page in (text.get(GOALS) or {}).values() if page.get("row")]
    else:
        goals = []
    for row in sorted(goals, key=lambda r: (r.get("rank") or 99, r["goal"])):
        yield {**row, "kind": "goal", "year": year}
    if GOALS in sections:
        kpis = list(goal_page_kpis(text))
    elif KPIS in sections:
        kpis = [page["row"] for page in (text.get(KPIS) or {}).values()]
    else:
        kpis = []
    for row in kpis:
        yield {**row, "kind": "kpi", "year": year}


def priority_rows(decision: dict | None) -> Iterator[dict]:
    """The decision's prioritised goals, targets and criteria, each with the decision."""
    if not decision:
        return
    base = {key: decision.get(key) for key in ("decided_on", "body", "reference", "motivation")}
    for goal in decision.get("goals") or []:
        yield {**base, **goal, "kind": "goal", "id": str(goal["goal"])}
    for target in decision.get("targets") or []:
        yield {**base, "kind": "target", "id": target["id"], "title": target["title"]}
    for criterion in decision.get("criteria") or []:
        yield {
            **base,
            "kind": "criterion",
            "id": criterion["name"],
            "title": criterion["name"],
            "weight": criterion.get("weight"),
        }


def plan_rows(plan: dict | None) -> Iterator[dict]:
    """One row per action, in plan order, with its goal (none for actions without one)."""
    if not plan:
        return
    for goal in plan.get("goals") or []:
        about = {
            "goal": goal["goal"],
            "goal_title": goal["title"],
            "prioritised": goal.get("prioritised"),
        }
        for action in goal.get("actions") or []:
            yield {**action_row(action), **about}
    for action in plan.get("without_goal") or []:
        yield action_row(action)


def action_row(action: dict) -> dict:
    return {
        **action,
        "partners": JOIN.join(action.get("partners") or []),
        "persons": JOIN.join(action.get("persons") or []),
        "targets": JOIN.join(action.get("targets") or []),
        "kpis": JOIN.join(kpi["kpi_id"] for kpi in action.get("kpis") or []),
    }
