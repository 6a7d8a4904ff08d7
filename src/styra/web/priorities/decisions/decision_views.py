"""Decisions on priorities: the list (all kept, newest first), recording one, reading one.

A decision's page draws its ranking from the snapshot frozen when it was
recorded, never from today's data.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from styra.web.common.access import organisation_or_404, owned_or_404
from styra.web.common.downloads import stored_file
from styra.web.common.goals import goal_title

from .criteria import assemble
from .forms import DecisionForm, PrioritiseForm, slider_params
from .models import Decision
from .presentation import TOP_PARAM
from .services import (
    DEFAULT_TOP_N,
    compute_snapshot,
    decisions_of,
    ranking_from,
    record_decision,
    starting_weights,
)
from .views import chart_context

VIEW = "priorities.view_decisions"
RECORD = "priorities.record_decision"


def goal_names(goals) -> list[dict]:
    return [{"goal": goal, "title": goal_title(goal)} for goal in goals]


@login_required
def decision_list(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    decisions = [
        {"decision": decision, "goals": goal_names(decision.goals)}
        for decision in decisions_of(organisation)
    ]
    context = {
        "organisation": organisation,
        "decisions": decisions,
        "can_record": request.user.has_perm(RECORD, organisation),
    }
    return render(request, "priorities/decisions/decision_list.html", context)


def asked_weights(data, criteria, organisation) -> tuple[dict[str, float], int]:
    """The weights and top N in ``data`` (the prioritisation page's), else the saved ones."""
    saved, _set = starting_weights(organisation, criteria.in_use)
    initial = slider_params(saved) | {TOP_PARAM: DEFAULT_TOP_N}
    asked = {key: data[key] for key in initial if key in data}
    form = PrioritiseForm(initial | asked, in_use=criteria.in_use)
    if asked and form.is_valid():
        return form.weights(), form.top_n()
    return saved, DEFAULT_TOP_N


@login_required
def decision_new(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, RECORD)
    criteria = assemble(organisation)
    weights, top_n = asked_weights(request.POST or request.GET, criteria, organisation)
    ranking = ranking_from(compute_snapshot(criteria, weights, top_n))
    initial = slider_params(weights) | {TOP_PARAM: top_n}
    if request.method == "POST":
        form = DecisionForm(request.POST, request.FILES, ranking=ranking, organisation=organisation)
        if form.is_valid():
            decision = record_decision(organisation, criteria, form.decision_data(), request.user)
            messages.success(request, _("Beslutet är registrerat med ett fruset underlag."))
            return redirect("priorities-decision", organisation.pk, decision.pk)
        status = 400
    else:
        form = DecisionForm(initial=initial, ranking=ranking, organisation=organisation)
        status = 200
    context = {"organisation": organisation, "form": form, "ranking": ranking}
    return render(request, "priorities/decisions/decision_form.html", context, status=status)


@login_required
def decision_detail(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    decision = owned_or_404(Decision, organisation, pk)
    ranking = ranking_from(decision.snapshot)
    context = {
        "organisation": organisation,
        "decision": decision,
        "goals": goal_names(decision.goals),
        "ranking": ranking,
    } | chart_context(ranking, organisation)
    return render(request, "priorities/decisions/decision_detail.html", context)


@login_required
def decision_document(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    decision = owned_or_404(Decision, organisation, pk)
    if not decision.document:
        raise Http404
    return stored_file(decision.document, decision.document_name or "beslut")
