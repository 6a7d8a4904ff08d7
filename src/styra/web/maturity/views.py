"""The maturity self-assessment: rounds, the answer form and the results (aggregates only)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from styra.maturity import MIN_RESPONDENTS, compare_rounds, load_dimensions
from styra.web.common.access import organisation_or_404
from styra.web.common.formerrors import render_form

from . import results
from .forms import AnswerForm, RoundForm, initial_answers
from .models import Round
from .services import own_response, rounds_of, save_response, summaries_by_round


def _language() -> str:
    return "en" if (get_language() or "sv").startswith("en") else "sv"


def _round_or_404(organisation, pk: int) -> Round:
    return get_object_or_404(rounds_of(organisation), pk=pk)


@login_required
def round_list(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, "maturity.view_assessment")
    rounds = list(rounds_of(organisation))
    answered = set(
        request.user.maturity_responses.filter(round__in=rounds).values_list("round_id", flat=True)
    )
    language = _language()
    context = {
        "organisation": organisation,
        "rounds": rounds,
        "answered": answered,
        "dimensions": [(d.name(language), d.question_sv) for d in load_dimensions()],
        "can_manage": request.user.has_perm("maturity.manage_rounds", organisation),
        # A network peer reads a shared assessment but never answers it.
        "can_answer": request.user.has_perm("maturity.answer_assessment", organisation),
    }
    return render(request, "maturity/round_list.html", context)


@login_required
def round_create(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, "maturity.manage_rounds")
    form = RoundForm(request.POST or None, initial={"opened_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        form.instance.organisation = organisation
        form.instance.created_by = request.user
        round = form.save()
        messages.success(
            request, _("Omgången ”%(title)s” är öppen för svar.") % {"title": round.title}
        )
        return redirect("maturity-list", kolada_id)
    context = {"organisation": organisation, "form": form}
    return render_form(request, "maturity/round_form.html", context)


def _refuse_closed(request, round: Round):
    messages.error(request, _("Omgången är stängd. Svaren kan inte längre ändras."))
    return redirect("maturity-results", round.organisation_id, round.pk)


@login_required
def round_answer(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, "maturity.answer_assessment")
    round = _round_or_404(organisation, pk)
    if round.closed:
        return _refuse_closed(request, round)
    response = own_response(round, request.user)
    form = AnswerForm(
        request.POST or None,
        initial=initial_answers(response),
        dimensions=load_dimensions(),
        language=_language(),
    )
    if request.method == "POST" and form.is_valid():
        try:
            save_response(round, request.user, form.cleaned_data["group"], form.answers())
        except ValueError:  # closed while the form was being filled in
            return _refuse_closed(request, round)
        messages.success(request, _("Dina svar har sparats."))
        return redirect("maturity-results", kolada_id, pk)
    context = {"organisation": organisation, "round": round, "form": form, "response": response}
    return render_form(request, "maturity/response_form.html", context)


@login_required
def round_results(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, "maturity.view_assessment")
    round = _round_or_404(organisation, pk)
    earlier = Q(opened_on__lt=round.opened_on) | Q(opened_on=round.opened_on, pk__lte=round.pk)
    past = list(reversed(rounds_of(organisation).filter(earlier)))  # oldest first, this last
    summaries = summaries_by_round(past)
    previous = past[-2] if len(past) > 1 else None
    changes = compare_rounds(summaries[previous.pk], summaries[round.pk]) if previous else None
    language = _language()
    response = own_response(round, request.user)
    rows = results.dimension_rows(summaries[round.pk], changes, response, language)
    suggested = sorted(
        (row for row in rows if row["suggestions"]), key=lambda row: row["summary"].median
    )
    context = {
        "organisation": organisation,
        "round": round,
        "previous": previous,
        "rows": rows,
        "suggested": suggested,
        "response": response,
        "groups": results.group_rows(round),
        "history": results.history_table(past, summaries, language) if previous else None,
        "can_manage": request.user.has_perm("maturity.manage_rounds", organisation),
        "can_answer": not round.closed
        and request.user.has_perm("maturity.answer_assessment", organisation),
        "min_respondents": MIN_RESPONDENTS,
        **results.charts_context(round, past, summaries, rows),
    }
    return render(request, "maturity/round_results.html", context)


def _set_closed(request, kolada_id: str, pk: int, closed: bool):
    organisation = organisation_or_404(request, kolada_id, "maturity.manage_rounds")
    round = _round_or_404(organisation, pk)
    round.closed = closed
    round.save(update_fields=["closed"])
    if closed:
        messages.success(request, _("Omgången är stängd. Ingen kan längre svara eller ändra svar."))
    else:
        messages.success(request, _("Omgången är öppen för svar igen."))
    return redirect("maturity-results", kolada_id, pk)


@login_required
@require_POST
def round_close(request, kolada_id: str, pk: int):
    return _set_closed(request, kolada_id, pk, True)


@login_required
@require_POST
def round_reopen(request, kolada_id: str, pk: int):
    return _set_closed(request, kolada_id, pk, False)
