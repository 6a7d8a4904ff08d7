"""Changing the plan: actions (editors), their indicators (editors) and progress reports
(editors, and contributors responsible for the action)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from styra.web.common.access import organisation_or_404, owned_or_404
from styra.web.common.concurrency import save_unless_changed
from styra.web.common.editing import delete_page, posted

from . import services
from .forms import ActionForm, IndicatorForm, ProgressForm
from .models import Action, ActionIndicator, Level, ProgressEntry
from .views import CHANGE, LOG, VIEW


def _form_page(request, template: str, context: dict, form) -> object:
    status = 400 if request.method == "POST" else 200
    context = context | {"form": form}
    return render(request, template, context, status=status)


def _initial_for_new(request, organisation) -> dict:
    """``?forelder=<pk>``: a new action under that strategy, or activity under that action."""
    initial: dict = {"level": Level.STRATEGY}
    parent_pk = request.GET.get("forelder", "")
    if parent_pk.isdigit():
        parent = Action.objects.filter(pk=int(parent_pk), organisation=organisation).first()
        if parent is not None and parent.level in services.CHILD_LEVEL:
            initial = {"level": services.CHILD_LEVEL[parent.level], "parent": parent.pk}
    return initial


def _save_action(organisation, form) -> Action:
    action = form.save(commit=False)
    action.organisation = organisation
    if not form.cleaned_data["code"]:  # a new number each try: another may have taken it
        parent_code = action.parent.code if action.parent else None
        action.code = services.next_code(parent_code, services.codes_in_use(organisation))
    action.save()
    form.save_m2m()
    return action


def _save_numbered(organisation, form, tries: int = 3) -> Action | None:
    """Save; a number given at the same moment to another new action is replaced by the next."""
    for attempt in range(tries):
        try:
            return save_unless_changed(form, lambda: _save_action(organisation, form))
        except IntegrityError:
            if form.cleaned_data["code"] or attempt == tries - 1:
                raise
    return None


@login_required
def action_edit(request, kolada_id: str, pk: int | None = None):
    """A new action (strategy, action or activity), or (``pk``) a change to one."""
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    action = None if pk is None else owned_or_404(Action, organisation, pk)
    initial = _initial_for_new(request, organisation) if action is None else None
    form = ActionForm(posted(request), instance=action, initial=initial, organisation=organisation)
    saved = None
    if request.method == "POST" and form.is_valid():
        saved = _save_numbered(organisation, form)
    if saved is not None:
        messages.success(
            request,
            _("%(level)s %(code)s har sparats.")
            % {"level": saved.get_level_display(), "code": saved.code},
        )
        return redirect("actionplan-action", organisation.pk, saved.pk)
    context = {"organisation": organisation, "action": action}
    return _form_page(request, "actionplan/action_form.html", context, form)


@login_required
def action_delete(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    action = owned_or_404(Action, organisation, pk)
    below = services.descendants(action)
    context = {
        "organisation": organisation,
        "action": action,
        "below": below,
        "entry_count": ProgressEntry.objects.filter(action__in=[action, *below]).count(),
    }
    return delete_page(
        request,
        action.delete,  # its children, indicators and reports go with it
        _("%(code)s %(title)s har tagits bort.") % {"code": action.code, "title": action.title},
        reverse("actionplan-plan", args=[organisation.pk]),
        "actionplan/action_confirm_delete.html",
        context,
    )


@login_required
def progress_create(request, kolada_id: str, pk: int):
    """A progress report; the reporter may also change the action's status."""
    organisation = organisation_or_404(request, kolada_id, VIEW)
    action = owned_or_404(Action, organisation, pk)
    if not request.user.has_perm(LOG, action):
        raise PermissionDenied
    today = services.today()
    data = request.POST if request.method == "POST" else None
    initial = {"date": today, "status": action.status}
    latest = action.progress.first()
    if latest is not None:
        initial["percent"] = latest.percent
    form = ProgressForm(data, instance=ProgressEntry(action=action), initial=initial, today=today)
    if data is not None and form.is_valid():
        with transaction.atomic():
            entry = form.save(commit=False)
            entry.created_by = request.user
            entry.save()
            if form.cleaned_data["status"] != action.status:
                action.status = form.cleaned_data["status"]
                action.save(update_fields=["status", "updated_at"])
        messages.success(
            request,
            _("Rapporten för %(code)s är sparad: %(percent)s %% klart.")
            % {"code": action.code, "percent": entry.percent},
        )
        return redirect("actionplan-action", organisation.pk, action.pk)
    context = {"organisation": organisation, "action": action, "latest": latest}
    return _form_page(request, "actionplan/progress_form.html", context, form)


def _indicator_form(request, organisation, indicator: ActionIndicator):
    data = request.POST if request.method == "POST" else None
    form = IndicatorForm(data, instance=indicator, organisation=organisation)
    if data is not None and form.is_valid() and save_unless_changed(form, form.save):
        messages.success(request, _("Indikatorn har sparats."))
        return redirect("actionplan-action", organisation.pk, indicator.action_id)
    context = {"organisation": organisation, "action": indicator.action, "indicator": indicator}
    return _form_page(request, "actionplan/indicator_form.html", context, form)


@login_required
def indicator_create(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    action = owned_or_404(Action, organisation, pk)
    return _indicator_form(request, organisation, ActionIndicator(action=action))


def _indicator(organisation, pk: int) -> ActionIndicator:
    return get_object_or_404(
        ActionIndicator.objects.select_related("action"), pk=pk, action__organisation=organisation
    )


@login_required
def indicator_edit(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    return _indicator_form(request, organisation, _indicator(organisation, pk))


@login_required
@require_POST
def indicator_delete(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    indicator = _indicator(organisation, pk)
    indicator.delete()
    messages.success(request, _("Indikatorn %(kpi)s har tagits bort.") % {"kpi": indicator.kpi_id})
    return redirect("actionplan-action", organisation.pk, indicator.action_id)
