"""The prioritisation page (weights, ranking, sensitivity) and the strategic weights.

Who may do what is in rules.py: members see the ranking and try any weights on
it; editors save the organisation's weights and its strategic weight per goal.
The workshops are in workshop_views.py, the decisions in decision_views.py.
"""

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from styra.priorities import DEFAULT_WEIGHTS
from styra.web.common.access import organisation_or_404
from styra.web.common.concurrency import OPENED, merge_since, show_conflicts, shown
from styra.web.organisations.models import Organisation

from . import charts
from .criteria import assemble
from .forms import (
    PrioritiseForm,
    StrategicWeightsForm,
    WeightsForm,
    opened_text,
    slider_params,
)
from .presentation import LABELS, PARAMS, TOP_PARAM
from .services import (
    DEFAULT_TOP_N,
    Ranking,
    compute_snapshot,
    current_weights,
    ranking_from,
    save_strategic_weights,
    save_weights,
    starting_weights,
    strategic_weights,
    weights_version,
)

VIEW = "priorities.view_prioritisation"
CHANGE = "priorities.change_weights"


def is_fragment(request) -> bool:
    """An HTMX request for a part of the page (a history restore wants the whole page)."""
    return bool(request.headers.get("HX-Request")) and not request.headers.get(
        "HX-History-Restore-Request"
    )


def chart_context(ranking: Ranking, organisation: Organisation) -> dict:
    description = _(
        "Poängen för varje mål hos %(name)s, uppdelad på kriteriernas bidrag. Högst placering "
        "överst."
    ) % {"name": organisation.name}
    chart = charts.contributions(ranking, description, _("Poäng (0–1)"))
    return {
        "chart": chart,
        "chart_json": json.dumps(chart, ensure_ascii=False),
        "chart_description": description,
    }


def default_weights_text(weights=None) -> str:
    """Weights (Styra's default) in words, biggest first: "utmaning 30, hävstång 20, …"."""
    params = slider_params(DEFAULT_WEIGHTS.as_dict() if weights is None else weights)
    names = {PARAMS[key]: str(LABELS[key]).lower() for key in PARAMS}
    ordered = sorted(params.items(), key=lambda kv: -kv[1])
    return ", ".join(f"{names[param]} {value}" for param, value in ordered)


@login_required
def prioritise(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    criteria = assemble(organisation)
    saved, weight_set = starting_weights(organisation, criteria.in_use)
    initial = slider_params(saved) | {TOP_PARAM: DEFAULT_TOP_N}
    asked = {key: request.GET[key] for key in initial if key in request.GET}
    form = PrioritiseForm(
        initial | asked if asked else None, initial=initial, in_use=criteria.in_use
    )
    weights, top_n = saved, DEFAULT_TOP_N
    if form.is_bound and form.is_valid():
        weights, top_n = form.weights(), form.top_n()
    ranking = ranking_from(compute_snapshot(criteria, weights, top_n))
    opened = request.GET.get(OPENED, "")  # kept while the sliders move (HTMX)
    context = {
        "organisation": organisation,
        "form": form,
        "ranking": ranking,
        "query": "?" + ranking.query,
        "weights_version": opened if opened.isdigit() else weights_version(organisation),
        "weight_set": weight_set,
        "is_saved": slider_params(weights) == slider_params(saved),
        "has_errors": form.is_bound and not form.is_valid(),
        "can_change": request.user.has_perm(CHANGE, organisation),
        "can_record": request.user.has_perm("priorities.record_decision", organisation),
        "defaults": default_weights_text(),
    } | chart_context(ranking, organisation)
    if is_fragment(request):
        context["fragment"] = True
        response = render(request, "priorities/decisions/_results.html", context)
    else:
        response = render(request, "priorities/decisions/prioritisation.html", context)
    patch_vary_headers(response, ["HX-Request"])
    return response


@login_required
@require_POST
def weights_save(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    criteria = assemble(organisation)
    form = WeightsForm(request.POST, in_use=criteria.in_use)
    if not form.is_valid():
        errors = "; ".join(
            f"{form.fields[name].label}: {error}" if name in form.fields else error
            for name, errors in form.errors.items()
            for error in errors
        )
        messages.error(request, _("Vikterna sparades inte: %(errors)s") % {"errors": errors})
        return redirect("priorities-overview", organisation.pk)
    if save_weights(organisation, form.weights(), request.user, request.POST.get(OPENED, "")):
        messages.success(
            request,
            _("Vikterna är sparade som organisationens vikter. De gäller när någon öppnar sidan."),
        )
        return redirect("priorities-overview", organisation.pk)
    theirs, _set = current_weights(organisation)
    messages.error(
        request,
        _(
            "Någon annan sparade vikter medan du hade sidan öppen: %(theirs)s. Dina vikter "
            "står kvar i reglagen men är inte sparade; spara igen för att ersätta deras."
        )
        % {"theirs": default_weights_text(theirs)},
    )
    url = reverse("priorities-overview", args=[organisation.pk])
    return redirect(f"{url}?{urlencode(slider_params(form.weights()))}")


@login_required
def strategic_edit(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    data = request.POST if request.method == "POST" else None
    form = StrategicWeightsForm(data, current=strategic_weights(organisation))
    if request.method == "POST":
        if form.is_valid():
            typed = form.weights()
            clashes = save_strategic_weights(organisation, typed, request.user, form.opened())
            if not clashes:
                messages.success(request, _("De strategiska vikterna är sparade."))
                return redirect(reverse("priorities-overview", args=[organisation.pk]))
            show_strategic_clashes(form, typed, strategic_weights(organisation), clashes)
        status = 400
    else:
        status = 200
    context = {"organisation": organisation, "form": form}
    return render(request, "priorities/decisions/strategic_form.html", context, status=status)


def show_strategic_clashes(form, typed: dict, now: dict[int, float], clashes: list[int]) -> None:
    """The goals someone else changed since the page was opened, theirs beside what was
    typed here; goals only they changed show theirs, the rest keep what was typed."""

    def key(weight: float | None) -> str:
        return "" if weight is None else f"{weight:g}"

    merged, _clashes = merge_since(typed, now, form.opened())
    fields: dict[str, object] = {OPENED: opened_text(now)}
    fields |= {f"mal_{goal}": key(now.get(goal)) for goal in typed if merged[goal] != typed[goal]}
    conflicts = []
    for goal in clashes:
        field = form.fields[f"mal_{goal}"]
        theirs, yours = shown(field, key(now.get(goal))), shown(field, key(typed[goal]))
        conflicts.append((str(field.label), theirs, yours))
    show_conflicts(form, conflicts, fields)
