"""Kollegial granskning: a member asks named peers of one of its networks to review its
nulägesanalys or handlingsplan, and the peers comment in the round's threads.

The owner's side is the remissrundor's own pages (``views``): the round, its threads,
statuses and summary; here are opening a review (editors), inviting peers (editors)
and the reviewer's page ``/natverk/<network_id>/granskning/<round>/``, where an
invited peer reads the section under review, read-only, and comments. Anyone else
gets 403 there (a member of the organisation is sent to its own page); a round of
another network is a 404.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from styra.web.actionplan.services import load_plan
from styra.web.common.access import organisation_or_404
from styra.web.common.editing import posted
from styra.web.common.formerrors import render_form

from . import services
from .forms import CommentForm, PeerInviteForm, PeerReviewForm
from .invite_views import tell_sent
from .models import Kind, Round, Section
from .views import MANAGE, VIEW, reply_target, round_context

REVIEW = "consultation.review_round"


@login_required
def review_create(request, kolada_id: str):
    """Open a kollegial granskning in one of the organisation's networks."""
    organisation = organisation_or_404(request, kolada_id, MANAGE)
    networks = organisation.networks.order_by("name")
    form = PeerReviewForm(posted(request), networks=networks)
    if request.method == "POST" and form.is_valid():
        form.instance.organisation = organisation
        form.instance.kind = Kind.PEER_REVIEW
        form.instance.opened_by = request.user
        saved = form.save()
        messages.success(request, _("Granskningen %(title)s har sparats.") % {"title": saved.title})
        return redirect("consultation-peers", organisation.pk, saved.pk)
    context = {"organisation": organisation, "form": form, "has_networks": networks.exists()}
    return render_form(request, "consultation/review_form.html", context)


@login_required
def peer_invite(request, kolada_id: str, pk: int):
    """GET: who is invited and the peers to choose from (``?sok=`` by name or e-mail);
    POST: invite the chosen peers."""
    organisation = organisation_or_404(request, kolada_id, MANAGE)
    round_ = get_object_or_404(Round, pk=pk, organisation=organisation, kind=Kind.PEER_REVIEW)
    search = request.GET.get("sok", "") if request.method == "GET" else ""
    form = PeerInviteForm(posted(request), peers=services.peers_of(round_), search=search)
    if request.method == "POST" and form.is_valid():
        for user, peer_organisation in form.cleaned_data["peers"]:
            services.invite_member(round_, user, request.user, peer_organisation)
        tell_sent(request, len(form.cleaned_data["peers"]))
        return redirect("consultation-peers", organisation.pk, round_.pk)
    context = {
        "organisation": organisation,
        "round": round_,
        "is_open": round_.is_open(),
        "invitees": round_.invitees.select_related("user"),
        "form": form,
        "search": search,
    }
    return render_form(request, "consultation/peer_invite.html", context, form)


def section_under_review(round_: Round) -> dict:
    """What the reviewer reads of the section: the handlingsplan's actions, or the link to
    the nulägesanalys (Kolada's open data, readable by every signed-in user)."""
    if round_.section == Section.ACTION_PLAN:
        plan = load_plan(round_.organisation)
        rows = [(node, ", ".join(str(g) for g in sorted(node.goals))) for node in plan.nodes]
        return {"plan": plan, "plan_rows": rows}
    if round_.goal:
        return {"analysis_url": reverse("nulage-goal", args=[round_.organisation_id, round_.goal])}
    return {"analysis_url": reverse("nulage-overview", args=[round_.organisation_id])}


@login_required
def review_round(request, network_id: int, pk: int):
    """The invited peer's page: the section under review, the threads, and a comment form
    while the round is open."""
    round_ = get_object_or_404(
        Round.objects.select_related("organisation", "network"),
        pk=pk,
        network_id=network_id,
        kind=Kind.PEER_REVIEW,
    )
    if not request.user.has_perm(REVIEW, round_):
        if request.user.has_perm(VIEW, round_.organisation):  # a member: their own page
            return redirect("consultation-round", round_.organisation_id, round_.pk)
        raise PermissionDenied
    form = None
    if round_.is_open():
        data = request.POST if request.method == "POST" else None
        reply_to = reply_target(request, round_)
        form = CommentForm(
            data, round_=round_, initial={"reply_to": reply_to.pk} if reply_to else {}
        )
        if data is not None and form.is_valid():
            comment = services.add_comment(
                round_,
                services.Author(user=request.user),
                form.cleaned_data["text"],
                form.cleaned_data.get("goal"),
                form.cleaned_data["reply_to"],
            )
            messages.success(request, _("Din kommentar har sparats."))
            url = reverse("consultation-review", args=[network_id, round_.pk])
            return redirect(f"{url}#kommentar-{comment.pk}")
    elif request.method == "POST":
        raise PermissionDenied(_("Granskningen är stängd: inga fler kommentarer tas emot."))
    context = (
        round_context(round_)
        | section_under_review(round_)
        | {
            "organisation": round_.organisation,
            "form": form,
            "reply_to": reply_target(request, round_),
        }
    )
    return render_form(request, "consultation/review_round.html", context, form)
