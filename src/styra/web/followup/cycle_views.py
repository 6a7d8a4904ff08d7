"""Managing cycles (editors): create, change (until closed), open (e-mails everyone
asked) and close (freezes the cycle)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from styra.followup import PhaseError
from styra.web.common.access import organisation_or_404
from styra.web.common.editing import edit_page

from . import services
from .forms import CycleForm
from .models import Cycle
from .views import MANAGE, cycle_of


def frozen(request, organisation, cycle, message: str, status: int = 403):
    """The page that says why nothing was changed."""
    context = {"organisation": organisation, "cycle": cycle, "message": message}
    return render(request, "followup/frozen.html", context, status=status)


def closed_message(cycle) -> str:
    return _("%(name)s är stängd och kan inte längre ändras.") % {"name": cycle.name}


def _cycle_form(request, organisation, cycle: Cycle):
    data = request.POST if request.method == "POST" else None
    form = CycleForm(data, instance=cycle, organisation=organisation)

    def save():
        saved = form.save(commit=False)
        saved.organisation = organisation
        saved.save()
        return saved

    def done(saved):
        messages.success(request, _("%(name)s har sparats.") % {"name": saved.name})
        return redirect("followup-cycle", organisation.pk, saved.pk)

    context = {"organisation": organisation, "cycle": cycle if cycle.pk else None}
    return edit_page(request, form, save, done, "followup/cycle_form.html", context)


@login_required
def cycle_create(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, MANAGE)
    return _cycle_form(request, organisation, Cycle(organisation=organisation))


@login_required
def cycle_edit(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, MANAGE)
    cycle = cycle_of(organisation, pk)
    if cycle.is_closed:
        return frozen(request, organisation, cycle, closed_message(cycle))
    return _cycle_form(request, organisation, cycle)


@login_required
@require_POST
def cycle_open(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, MANAGE)
    cycle = cycle_of(organisation, pk)
    try:
        sent = services.open_cycle(cycle, request.user)
    except PhaseError:
        return frozen(
            request,
            organisation,
            cycle,
            _("%(name)s är redan öppnad.") % {"name": cycle.name},
            status=400,
        )
    messages.success(
        request,
        ngettext(
            "%(name)s är öppen. %(count)s person har fått e-post om vad hen ska rapportera.",
            "%(name)s är öppen. %(count)s personer har fått e-post om vad de ska rapportera.",
            sent,
        )
        % {"name": cycle.name, "count": sent},
    )
    return redirect("followup-cycle", organisation.pk, cycle.pk)


@login_required
@require_POST
def cycle_close(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, MANAGE)
    cycle = cycle_of(organisation, pk)
    try:
        services.close_cycle(cycle, request.user)
    except PhaseError:
        message = (
            closed_message(cycle)
            if cycle.is_closed
            else _("%(name)s är inte öppnad ännu.") % {"name": cycle.name}
        )
        return frozen(request, organisation, cycle, message, status=400)
    messages.success(request, _("%(name)s är stängd. Rapporterna är låsta.") % {"name": cycle.name})
    return redirect("followup-cycle", organisation.pk, cycle.pk)
