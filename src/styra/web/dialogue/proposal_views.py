"""Citizens' proposals of a dialogue, logged out: the list with supports and the
threshold, a new proposal, the support button (once per participant) and the report
button (/offentligt/<id>/dialog/<pk>/forslag/…). Every POST passes the robot checks;
only an open dialogue takes new proposals, supports and reports."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from styra.web.common import antispam
from styra.web.common.formerrors import render_form

from . import participation
from .answer_forms import ProposalForm, ReportForm, SupportForm
from .forms import goal_label
from .models import Kind, Moderation, Proposal, Visibility
from .participate_views import dialogue_or_404, frame, organisation_or_404, with_language
from .services import OPEN, state_of


def proposals_question_or_404(dialogue):
    """The dialogue's proposals question (the first, if it has several)."""
    question = dialogue.questions.filter(kind=Kind.PROPOSALS).first()
    if question is None:
        raise Http404("no proposals in this dialogue")
    return question


def page_context(request, organisation, dialogue, form=None) -> dict:
    is_open = state_of(dialogue) == OPEN
    proposals = list(participation.visible_proposals(dialogue))
    for proposal in proposals:
        proposal.goal_label = goal_label(proposal.goal)
        proposal.over_threshold = proposal.support_count >= dialogue.support_threshold
        proposal.support_form = SupportForm(prefix=f"stod{proposal.pk}")
        proposal.report_form = ReportForm(prefix=f"anmal{proposal.pk}")
    return {
        **frame(request, organisation),
        "dialogue": dialogue,
        "is_open": is_open,
        "proposals": proposals,
        "form": form if form is not None else (ProposalForm() if is_open else None),
        "moderated_before": dialogue.moderation == Moderation.BEFORE,
    }


@never_cache
@antispam.proof_of_work_page
@with_language
def proposals(request, kolada_id: str, pk: int):
    """The list, and the form for a new proposal (while the dialogue is open)."""
    organisation = organisation_or_404(kolada_id)
    dialogue = dialogue_or_404(kolada_id, pk)
    question = proposals_question_or_404(dialogue)
    if request.method == "POST":
        if state_of(dialogue) != OPEN:
            return closed(request, organisation, dialogue)
        form = ProposalForm(request.POST)
        if antispam.accepted(request, form, f"dialogue:{dialogue.pk}"):
            token = participation.token_of(request) or participation.new_token()
            data = form.cleaned_data
            proposal = participation.save_proposal(
                question,
                participation.participant_of(dialogue, token),
                data["title"],
                data["body"],
                data["goal"],
                data["target_id"],
            )
            if proposal.visibility == Visibility.PENDING:
                messages.success(request, _("Tack! Ditt förslag visas här när det har granskats."))
            else:
                messages.success(request, _("Tack! Ditt förslag visas nu i listan."))
            return participation.remember(redirect(request.path), token)
        context = page_context(request, organisation, dialogue, form)
        return render_form(request, "dialogue/public/proposals.html", context)
    return render(
        request, "dialogue/public/proposals.html", page_context(request, organisation, dialogue)
    )


def closed(request, organisation, dialogue):
    context = {**frame(request, organisation), "dialogue": dialogue, "state": state_of(dialogue)}
    return render(request, "dialogue/public/not_open.html", context, status=400)


def shown_proposal_or_404(dialogue, proposal_pk: int) -> Proposal:
    return get_object_or_404(
        Proposal, pk=proposal_pk, question__dialogue=dialogue, visibility=Visibility.SHOWN
    )


def refused(request, organisation, dialogue, form):
    """A support or report the robot checks refused: say why, with a way back."""
    context = {**frame(request, organisation), "dialogue": dialogue, "form": form}
    return render(request, "dialogue/public/refused.html", context, status=400)


@never_cache
@require_POST
def support(request, kolada_id: str, pk: int, proposal_pk: int):
    organisation = organisation_or_404(kolada_id)
    dialogue = dialogue_or_404(kolada_id, pk)
    proposal = shown_proposal_or_404(dialogue, proposal_pk)
    if state_of(dialogue) != OPEN:
        return closed(request, organisation, dialogue)
    form = SupportForm(request.POST, prefix=f"stod{proposal.pk}")
    if not antispam.accepted(request, form, f"dialogue:{dialogue.pk}"):
        return refused(request, organisation, dialogue, form)
    token = participation.token_of(request) or participation.new_token()
    if participation.save_support(proposal, participation.participant_of(dialogue, token)):
        messages.success(request, _("Tack! Ditt stöd är räknat."))
    else:
        messages.info(request, _("Du har redan stött det här förslaget. Det räknas en gång."))
    back = reverse("dialogue-public-proposals", args=[kolada_id, dialogue.pk])
    return participation.remember(redirect(f"{back}#forslag-{proposal.pk}"), token)


@never_cache
@require_POST
def report(request, kolada_id: str, pk: int, proposal_pk: int):
    organisation = organisation_or_404(kolada_id)
    dialogue = dialogue_or_404(kolada_id, pk)
    proposal = shown_proposal_or_404(dialogue, proposal_pk)
    if state_of(dialogue) != OPEN:
        return closed(request, organisation, dialogue)
    form = ReportForm(request.POST, prefix=f"anmal{proposal.pk}")
    if not antispam.accepted(request, form, f"dialogue:{dialogue.pk}"):
        return refused(request, organisation, dialogue, form)
    participation.save_report(proposal, form.cleaned_data["reason"])
    messages.success(request, _("Tack! Förslaget granskas av organisationen."))
    back = reverse("dialogue-public-proposals", args=[kolada_id, dialogue.pk])
    return redirect(f"{back}#forslag-{proposal.pk}")
