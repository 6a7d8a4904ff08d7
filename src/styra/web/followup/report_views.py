"""Reporting: the page "Att rapportera" (the user's actions in open cycles) and the report
on one action. Contributors report on the actions they are responsible for; editors on
any action asked for. A closed cycle's report is shown, never changed."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from styra.followup import Frozen, PhaseError
from styra.web.actionplan import kpis
from styra.web.common.access import organisation_or_404
from styra.web.common.concurrency import save_unless_changed
from styra.web.common.formerrors import render_form

from . import services
from .cycle_views import closed_message, frozen
from .forms import ReportForm
from .models import Report
from .views import REPORT, VIEW, base_context, cycle_of


@login_required
def todo(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    context = base_context(request, organisation) | {
        "mine": services.to_report(request.user, organisation)
    }
    return render(request, "followup/todo.html", context)


def _asked(cycle, pk: int):
    """The action ``pk`` if the cycle asks about it, else 404."""
    for action in services.asked_actions(cycle):
        if action.pk == pk:
            return action
    raise Http404


def _measures(organisation, action) -> list[tuple[str, str]]:
    titles = kpis.titles(organisation)
    return [(i.kpi_id, titles.get(i.kpi_id, i.kpi_id)) for i in action.indicators.all()]


@login_required
def report(request, kolada_id: str, pk: int, action_pk: int):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    cycle = cycle_of(organisation, pk)
    action = _asked(cycle, action_pk)
    if not request.user.has_perm(REPORT, action):
        raise PermissionDenied
    saved = Report.objects.filter(cycle=cycle, action=action).first()
    context = base_context(request, organisation) | {
        "cycle": cycle,
        "action": action,
        "report": saved,
    }
    if cycle.is_closed:
        if request.method == "POST":
            return frozen(request, organisation, cycle, closed_message(cycle))
        return render(request, "followup/report_frozen.html", context)
    if cycle.opened_at is None:
        return frozen(
            request, organisation, cycle, _("%(name)s är inte öppnad ännu.") % {"name": cycle.name}
        )
    instance = saved or Report(cycle=cycle, action=action)
    data = request.POST if request.method == "POST" else None
    form = ReportForm(data, instance=instance, measures=_measures(organisation, action))
    if data is not None and form.is_valid():
        try:
            done = save_unless_changed(form, lambda: _save(form, request.user))
        except (Frozen, PhaseError):  # closed while the form was open
            return frozen(request, organisation, cycle, closed_message(cycle))
        if done is not None:
            messages.success(
                request,
                _("Rapporten för %(code)s är sparad: %(status)s.")
                % {"code": action.code, "status": done.get_status_display().lower()},
            )
            return redirect("followup-todo", organisation.pk)
    return render_form(request, "followup/report_form.html", context | {"form": form})


def _save(form, user):
    entry = form.save(commit=False)
    entry.measures = form.measure_values()
    entry.cycle.refresh_from_db(fields=["opened_at", "closed_at"])
    return services.save_report(entry, user, services.today())
