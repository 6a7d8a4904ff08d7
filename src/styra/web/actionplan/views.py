"""The handlingsplan's pages: the plan by goal, by owner and as a timeline, one action,
and the whole plan in Excel.

Members of the organisation (any role) read; rules.py says who changes what.
Anyone else gets 403 for the organisation's pages and 404 for an action of
another organisation under its address.
"""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import gettext as _

from styra.sdg import load_catalog
from styra.web.common.access import organisation_or_404, owned_or_404
from styra.web.common.downloads import XLSX, attachment
from styra.web.common.goals import goal_title

from . import charts, exports, kpis, services
from .models import Action
from .presentation import flag_explanations, kronor

VIEW, CHANGE, LOG = "actionplan.view_plan", "actionplan.change_plan", "actionplan.log_progress"


def base_context(request, organisation, page: str) -> dict:
    return {
        "organisation": organisation,
        "page": page,
        "can_edit": request.user.has_perm(CHANGE, organisation),
    }


def plan_of(request, kolada_id: str):
    """The organisation of the URL (403 for non-members) and its plan."""
    organisation = organisation_or_404(request, kolada_id, VIEW)
    return organisation, services.load_plan(organisation)


def plan_page(request, organisation, found, page: str, context: dict):
    """One of the plan's tabs (``plan_<page>.html``): the plan, and what the tab adds."""
    context = base_context(request, organisation, page) | {"plan": found} | context
    return render(request, f"actionplan/plan_{page}.html", context)


@login_required
def plan(request, kolada_id: str):
    """The plan by goal, with the coverage of the prioritised goals and the flags."""
    organisation, found = plan_of(request, kolada_id)
    prioritised = services.prioritised_goals(organisation)
    goals = sorted(set(found.goals()) | set(prioritised))
    sections = [
        {
            "goal": goal,
            "title": goal_title(goal),
            "prioritised": goal in prioritised,
            "roots": found.roots_for_goal(goal),
        }
        for goal in goals
    ]
    coverage = services.coverage_of(found, prioritised)
    mine = [  # the actions the user is responsible for and may report on
        node
        for node in found.nodes
        if any(user.pk == request.user.pk for user in node.action.responsible.all())
        and request.user.has_perm(LOG, node.action)
    ]
    context = {
        "sections": sections,
        "prioritised": prioritised,
        "gaps": [{"item": c, "title": goal_title(c.goal)} for c in coverage if not c.complete],
        "flagged": found.flagged(),
        "stalled_days": services.flag_settings().stalled_days,
        "mine": mine,
    }
    return plan_page(request, organisation, found, "goals", context)


@login_required
def plan_owners(request, kolada_id: str):
    """The plan by owner: each internal actor's actions, then those without an owner."""
    organisation, found = plan_of(request, kolada_id)
    owners: dict = {}
    for node in found.nodes:
        owners.setdefault(node.action.owner, []).append(node)
    groups = sorted(
        ((owner, nodes) for owner, nodes in owners.items() if owner is not None),
        key=lambda pair: pair[0].name.casefold(),
    )
    context = {
        "groups": [{"owner": owner, "nodes": nodes} for owner, nodes in groups],
        "without_owner": owners.get(None, []),
    }
    return plan_page(request, organisation, found, "owners", context)


@login_required
def plan_timeline(request, kolada_id: str):
    """The plan on a timeline: a bar per action with both dates, and the same in a table."""
    organisation, found = plan_of(request, kolada_id)
    rows = [
        {
            "depth": depth,
            "node": node,
            "label": f"{node.action.code} {node.action.title}",
            "start": node.action.start.isoformat() if node.action.start else None,
            "end": node.action.end.isoformat() if node.action.end else None,
            "status": node.action.get_status_display(),
            "progress": node.percent,
        }
        for depth, node in found.walk()
    ]
    dated = [row for row in rows if row["start"] and row["end"]]
    description = _(
        "Tidslinje för handlingsplanen i %(name)s: en stapel per åtgärd från start till slut, "
        "färgad efter status. Den streckade linjen är dagens datum."
    ) % {"name": organisation.name}
    titles = {"time": _("Tid"), "status": _("Status"), "today": _("I dag")}
    context = {
        "rows": rows,
        "undated": len(rows) - len(dated),
        "chart": charts.timeline(dated, found.today, description, titles) if dated else None,
        "chart_description": description,
    }
    return plan_page(request, organisation, found, "timeline", context)


@login_required
def plan_export(request, kolada_id: str):
    organisation, found = plan_of(request, kolada_id)
    data = exports.plan_workbook(found, services.prioritised_goals(organisation))
    return attachment(data, XLSX, f"handlingsplan-{organisation.name}-{found.today}", "xlsx")


@login_required
def action_detail(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    action = owned_or_404(Action, organisation, pk)
    found = services.load_plan(organisation)
    node = found.by_id[action.pk]
    action = node.action  # with its owner, partners and responsible users loaded
    catalog = load_catalog()
    titles = kpis.titles(organisation)
    indicators = [i for i in found.indicators if i.action_id == action.pk]
    latest = kpis.latest_values(organisation, [i.kpi_id for i in indicators])
    ancestors = []
    parent = action.parent_id
    while parent is not None:
        ancestors.insert(0, found.by_id[parent])
        parent = found.by_id[parent].action.parent_id
    context = base_context(request, organisation, "action") | {
        "node": node,
        "action": action,
        "ancestors": ancestors,
        "targets": [catalog.target(t) for t in action.targets],
        "goals": [{"goal": g, "title": goal_title(g)} for g in sorted(node.goals)],
        "budget": kronor(action.budget_sek),
        "flags": flag_explanations(node.flags, services.flag_settings().stalled_days),
        "indicators": [
            {
                "indicator": i,
                "title": titles.get(i.kpi_id, i.kpi_id),
                "latest": latest.get(i.kpi_id),
            }
            for i in indicators
        ],
        "entries": action.progress.select_related("created_by"),
        "can_log": request.user.has_perm(LOG, action),
        "child_level": services.CHILD_LEVEL.get(action.level),
    }
    return render(request, "actionplan/action_detail.html", context)
