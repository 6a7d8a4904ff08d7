"""Inviting to a round (editors and admins): units and partners from the samverkan
register by e-mail with a personal link, and members of the organisation; revoking a link."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from styra.web.common.access import organisation_or_404, owned_or_404
from styra.web.common.formerrors import render_form
from styra.web.samverkan.models import Actor

from . import services
from .forms import ActorInviteForm, MemberInviteForm
from .models import Invitee, Round
from .people import members_of
from .views import MANAGE

ACTORS, MEMBERS = "actors", "members"


def actor_form(round_: Round, data=None) -> ActorInviteForm:
    actors = Actor.objects.filter(organisation=round_.organisation)
    initial = {f"email_{actor.pk}": services.email_of(actor) for actor in actors}
    for invitee in round_.invitees.filter(actor__isnull=False):
        initial[f"email_{invitee.actor_id}"] = invitee.email
    return ActorInviteForm(data, actors=actors, initial=initial, prefix=ACTORS)


def member_form(round_: Round, data=None) -> MemberInviteForm:
    return MemberInviteForm(data, members=members_of(round_.organisation), prefix=MEMBERS)


@login_required
def invite(request, kolada_id: str, pk: int):
    """GET: who is invited, and the two forms; POST (``send`` = actors or members): invite."""
    organisation = organisation_or_404(request, kolada_id, MANAGE)
    round_ = owned_or_404(Round, organisation, pk)
    sent = request.POST.get("send") if request.method == "POST" else None
    actors = actor_form(round_, request.POST if sent == ACTORS else None)
    members = member_form(round_, request.POST if sent == MEMBERS else None)
    form = actors if sent == ACTORS else members if sent == MEMBERS else None
    if form is not None and form.is_valid():
        tell_sent(request, send_invitations(request, round_, form))
        return redirect("consultation-invite", organisation.pk, round_.pk)
    context = {
        "organisation": organisation,
        "round": round_,
        "is_open": round_.is_open(),
        "invitees": round_.invitees.select_related("actor", "user"),
        "actor_form": actors,
        "member_form": members,
        "has_actors": bool(actors.actors),
        "expires": round_.links_last_day(),
    }
    return render_form(request, "consultation/invite.html", context, form)


def tell_sent(request, count: int) -> None:
    messages.success(
        request,
        ngettext("%(count)s inbjudan har skickats.", "%(count)s inbjudningar har skickats.", count)
        % {"count": count},
    )


def send_invitations(request, round_: Round, form) -> int:
    if isinstance(form, ActorInviteForm):
        for actor, email in form.cleaned_data["chosen"]:
            services.invite_actor(round_, actor, email, request.user)
        return len(form.cleaned_data["chosen"])
    for user in form.cleaned_data["members"]:
        services.invite_member(round_, user, request.user)
    return len(form.cleaned_data["members"])


@login_required
@require_POST
def invitee_revoke(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, MANAGE)
    invitee = get_object_or_404(
        Invitee.objects.select_related("round"), pk=pk, round__organisation=organisation
    )
    services.revoke(invitee)
    if invitee.answers_by_link:
        told = _("Inbjudan till %(name)s är återkallad: länken fungerar inte längre.")
    else:
        told = _("Inbjudan till %(name)s är återkallad.")
    messages.success(request, told % {"name": invitee.display_name})
    page = "consultation-peers" if invitee.round.is_peer_review else "consultation-invite"
    return redirect(page, organisation.pk, invitee.round_id)
