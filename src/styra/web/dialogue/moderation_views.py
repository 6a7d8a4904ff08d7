"""Moderation (editors): the queue of free-text answers and proposals that wait for a
decision or were reported, one decision at a time with its reason, and the history of
decisions (kept). Proposals: the list with their supports, and the organisation's reply.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from styra.web.common.access import organisation_or_404
from styra.web.common.editing import posted
from styra.web.common.formerrors import render_form

from . import services
from .forms import ModerationForm, ReplyForm
from .models import Answer, Proposal, Report
from .staff_views import CHANGE, VIEW, base_context, dialogue_of, owned_part


@login_required
def queue(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    dialogue = dialogue_of(organisation, pk)
    context = base_context(request, organisation, dialogue) | {"items": services.queue_of(dialogue)}
    return render(request, "dialogue/staff/moderation_queue.html", context)


@login_required
def history(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    dialogue = dialogue_of(organisation, pk)
    context = base_context(request, organisation, dialogue) | {
        "entries": services.history_of(dialogue)
    }
    return render(request, "dialogue/staff/moderation_history.html", context)


def _decide(request, organisation, thing, dialogue, reports):
    form = ModerationForm(posted(request))
    if request.method == "POST" and form.is_valid():
        services.moderate(
            thing, form.cleaned_data["visibility"], form.cleaned_data["reason"], request.user
        )
        messages.success(request, _("Beslutet är sparat med sitt skäl."))
        return redirect("dialogue-moderation", organisation.pk, dialogue.pk)
    context = base_context(request, organisation, dialogue) | {
        "form": form,
        "thing": thing,
        "is_answer": isinstance(thing, Answer),
        "reports": reports,
        "decisions": thing.moderationentry_set.select_related("moderator").order_by(
            "-decided_at", "-pk"
        ),
    }
    return render_form(request, "dialogue/staff/moderate.html", context)


@login_required
def moderate_answer(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    answer = owned_part(Answer, organisation, pk, "response__dialogue")
    reports = Report.objects.filter(answer=answer).order_by("created_at", "pk")
    return _decide(request, organisation, answer, answer.response.dialogue, reports)


@login_required
def moderate_proposal(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    proposal = owned_part(Proposal, organisation, pk, "question__dialogue")
    reports = Report.objects.filter(proposal=proposal).order_by("created_at", "pk")
    return _decide(request, organisation, proposal, proposal.question.dialogue, reports)


@login_required
def proposals(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    dialogue = dialogue_of(organisation, pk)
    context = base_context(request, organisation, dialogue) | {
        "proposals": services.proposals_of(dialogue)
    }
    return render(request, "dialogue/staff/proposal_list.html", context)


@login_required
def proposal_reply(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    proposal = owned_part(Proposal, organisation, pk, "question__dialogue")
    dialogue = proposal.question.dialogue
    form = ReplyForm(posted(request), initial={"reply": proposal.reply})
    if request.method == "POST" and form.is_valid():
        services.reply_to(proposal, form.cleaned_data["reply"], request.user)
        messages.success(request, _("Svaret på förslaget är sparat."))
        return redirect("dialogue-proposals", organisation.pk, dialogue.pk)
    supports = proposal.supports.count()
    context = base_context(request, organisation, dialogue) | {
        "form": form,
        "proposal": proposal,
        "supports": supports,
        "over_threshold": supports >= dialogue.support_threshold,
    }
    return render_form(request, "dialogue/staff/proposal_reply.html", context)
