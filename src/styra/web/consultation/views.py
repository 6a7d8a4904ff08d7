"""Remissrundor, the staff's side: the rounds of an organisation, a round's comment
threads, opening, changing and closing a round, statuses, and the summary.

Members read and comment; editors and admins run the rounds (``rules.py``). Anyone
else gets 403 for the organisation's pages, and 404 for a round, comment or
invitee of another organisation.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from styra.web.common.access import organisation_or_404, owned_or_404
from styra.web.common.downloads import attachment
from styra.web.common.editing import posted
from styra.web.common.formerrors import render_form

from . import services, summary
from .forms import CommentForm, PeerReviewForm, RoundForm, StatusForm
from .models import Comment, Round, Section

VIEW = "consultation.view_rounds"
COMMENT = "consultation.comment"
MANAGE = "consultation.manage_rounds"


def section_url(round_: Round) -> str:
    """The page of what the round is about (the staff's page)."""
    kolada_id = round_.organisation_id
    if round_.section == Section.ANALYSIS:
        if round_.goal:
            return reverse("nulage-goal", args=[kolada_id, round_.goal])
        return reverse("nulage-overview", args=[kolada_id])
    if round_.section == Section.PRIORITIES:
        return reverse("priorities-overview", args=[kolada_id])
    return reverse("actionplan-plan", args=[kolada_id])


def round_context(round_: Round) -> dict:
    """What both the staff's page and the invitee's page show of a round."""
    threads = services.threads_of(round_)
    for thread in threads:
        thread["title"] = summary.thread_title(round_, thread["goal"])
    return {
        "round": round_,
        "is_open": round_.is_open(),
        "threads": threads,
        "state": summary.state_text(round_),
        "mentionable": sorted(services.mentionable(round_)),
    }


def reply_target(request, round_: Round) -> Comment | None:
    """The comment ``?svara=<id>`` names, when it belongs to the round."""
    pk = request.GET.get("svara", "")
    return round_.comments.filter(pk=pk).first() if pk.isdigit() else None


@login_required
def round_list(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    rounds = list(Round.objects.filter(organisation=organisation))
    for round_ in rounds:
        round_.open_now = round_.is_open()
    context = {
        "organisation": organisation,
        "open_rounds": [r for r in rounds if r.open_now],
        "closed_rounds": [r for r in rounds if not r.open_now],
        "can_manage": request.user.has_perm(MANAGE, organisation),
    }
    return render_form(request, "consultation/round_list.html", context)


@login_required
def round_edit(request, kolada_id: str, pk: int | None = None):
    """Open a new round, or (``pk``) change one."""
    organisation = organisation_or_404(request, kolada_id, MANAGE)
    round_ = None if pk is None else owned_or_404(Round, organisation, pk)
    if round_ is not None and round_.is_peer_review:
        networks = organisation.networks.order_by("name")
        form = PeerReviewForm(posted(request), instance=round_, networks=networks)
    else:
        form = RoundForm(posted(request), instance=round_)
    if request.method == "POST" and form.is_valid():
        form.instance.organisation = organisation
        if round_ is None:
            form.instance.opened_by = request.user
        saved = form.save()
        messages.success(request, _("Remissrundan %(title)s har sparats.") % {"title": saved.title})
        return redirect("consultation-round", organisation.pk, saved.pk)
    context = {"organisation": organisation, "round": round_, "form": form}
    return render_form(request, "consultation/round_form.html", context)


def render_round(request, organisation, round_: Round, form=None):
    can_manage = request.user.has_perm(MANAGE, organisation)
    may_write = request.user.has_perm(COMMENT, organisation) and (round_.is_open() or can_manage)
    reply_to = reply_target(request, round_)
    if reply_to is None and form is not None and form.is_bound:
        reply_to = getattr(form, "cleaned_data", {}).get("reply_to")
    if form is None and may_write:
        initial = {"reply_to": reply_to.pk} if reply_to else {}
        form = CommentForm(round_=round_, initial=initial)
    context = round_context(round_) | {
        "organisation": organisation,
        "form": form,
        "reply_to": reply_to,
        "can_manage": can_manage,
        "statuses": StatusForm.base_fields["status"].choices,
        "invitees": round_.invitees.select_related("actor") if can_manage else [],
        "section_url": section_url(round_),
        "comment_url": reverse("consultation-round-comment", args=[organisation.pk, round_.pk]),
    }
    return render_form(request, "consultation/round_detail.html", context, form)


@login_required
def round_detail(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    return render_round(request, organisation, owned_or_404(Round, organisation, pk))


@login_required
@require_POST
def comment_create(request, kolada_id: str, pk: int):
    """A member's comment or reply; editors may answer after the round has closed."""
    organisation = organisation_or_404(request, kolada_id, COMMENT)
    round_ = owned_or_404(Round, organisation, pk)
    if not round_.is_open() and not request.user.has_perm(MANAGE, organisation):
        raise PermissionDenied
    form = CommentForm(request.POST, round_=round_)
    if not form.is_valid():
        return render_round(request, organisation, round_, form)
    data = form.cleaned_data
    comment = services.add_comment(
        round_, services.Author(user=request.user), data["text"], data.get("goal"), data["reply_to"]
    )
    messages.success(request, _("Din kommentar har sparats."))
    url = reverse("consultation-round", args=[organisation.pk, round_.pk])
    return redirect(f"{url}#kommentar-{comment.pk}")


@login_required
@require_POST
def round_close(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, MANAGE)
    round_ = owned_or_404(Round, organisation, pk)
    if round_.closed_at is None:
        services.close(round_, request.user)
        messages.success(request, _("Remissrundan är stängd: inga fler synpunkter tas emot."))
    return redirect("consultation-round", organisation.pk, round_.pk)


@login_required
@require_POST
def round_reopen(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, MANAGE)
    round_ = owned_or_404(Round, organisation, pk)
    services.reopen(round_)
    if round_.is_open():
        messages.success(request, _("Remissrundan är öppen igen."))
    else:
        messages.warning(
            request, _("Sista dagen har redan varit: ändra den för att öppna rundan igen.")
        )
    return redirect("consultation-round", organisation.pk, round_.pk)


@login_required
@require_POST
def comment_status(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, MANAGE)
    comment = get_object_or_404(
        Comment.objects.select_related("round"), pk=pk, round__organisation=organisation
    )
    form = StatusForm(request.POST)
    if not form.is_valid():
        context = {"organisation": organisation, "comment": comment, "form": form}
        return render_form(request, "consultation/status_form.html", context)
    if services.set_status(comment, form.cleaned_data["status"], request.user):
        messages.success(
            request,
            _("Kommentaren från %(name)s är nu %(status)s.")
            % {"name": comment.author_name, "status": comment.get_status_display().lower()},
        )
    url = reverse("consultation-round", args=[organisation.pk, comment.round_id])
    return redirect(f"{url}#kommentar-{comment.pk}")


@login_required
def round_summary(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    round_ = owned_or_404(Round, organisation, pk)
    context = summary.summary_of(round_) | {
        "organisation": organisation,
        "state": summary.state_text(round_),
        "section_url": section_url(round_),
    }
    return render_form(request, "consultation/summary.html", context)


@login_required
def summary_file(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    round_ = owned_or_404(Round, organisation, pk)
    data = summary.docx_bytes(summary.summary_of(round_))
    return attachment(data, summary.DOCX, f"sammanstallning-{round_.title}", "docx")
