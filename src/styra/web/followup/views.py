"""Reading follow-up: the organisation's cycles, one cycle (who has reported and who has
not, the counts per goal) and the comparison of two cycles.

Members read; editors manage (cycle_views.py); reporters report (report_views.py).
Anyone else gets 403 for the organisation's pages, 404 for a cycle of another
organisation under its address.
"""

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from styra.web.common.access import organisation_or_404
from styra.web.common.goals import goal_title

from . import services
from .models import Cycle, Status

VIEW, MANAGE, REPORT = "followup.view_cycles", "followup.manage_cycles", "followup.report"


def base_context(request, organisation) -> dict:
    return {
        "organisation": organisation,
        "can_manage": request.user.has_perm(MANAGE, organisation),
        "scale": Status.choices,
    }


def cycle_of(organisation, pk: int) -> Cycle:
    return get_object_or_404(Cycle, pk=pk, organisation=organisation)


@login_required
def cycle_list(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    cycles = Cycle.objects.filter(organisation=organisation)
    context = base_context(request, organisation) | {
        "cycles": [(cycle, services.phase_of(cycle)) for cycle in cycles],
        "mine": services.to_report(request.user, organisation),
        "years": sorted({cycle.period_end.year for cycle in cycles}, reverse=True),
    }
    return render(request, "followup/cycle_list.html", context)


@login_required
def cycle_detail(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    cycle = cycle_of(organisation, pk)
    found = services.overview(cycle)
    rows = [
        {
            "action": action,
            "report": report,
            "can_report": request.user.has_perm(REPORT, action),
        }
        for action, report in found.rows
    ]
    context = base_context(request, organisation) | {
        "cycle": cycle,
        "phase": services.phase_of(cycle),
        "overview": found,
        "rows": rows,
        "goals": [{"count": c, "title": goal_title(c.goal)} for c in found.goals],
        "previous": services.previous_cycle(cycle),
    }
    return render(request, "followup/cycle_detail.html", context)


@login_required
def cycle_compare(request, kolada_id: str, pk: int):
    """``?med=<pk>``: the cycle to compare with; default the one before."""
    organisation = organisation_or_404(request, kolada_id, VIEW)
    cycle = cycle_of(organisation, pk)
    others = Cycle.objects.filter(organisation=organisation).exclude(pk=cycle.pk)
    chosen = request.GET.get("med", "")
    if chosen.isdigit():
        before = get_object_or_404(others, pk=int(chosen))
    else:
        before = services.previous_cycle(cycle)
    moves = services.compare_cycles(before, cycle) if before is not None else []
    context = base_context(request, organisation) | {
        "cycle": cycle,
        "before": before,
        "others": others,
        "moves": moves,
        "changed": sum(move.changed for move, _ in moves),
    }
    return render(request, "followup/cycle_compare.html", context)
