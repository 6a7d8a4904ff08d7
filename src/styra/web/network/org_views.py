"""A member organisation's own network page (/omraden/<id>/natverk/): its networks and
the invitations waiting for it. Its members read it; its admins answer and leave."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from styra.web.common.access import organisation_or_404, owned_or_404
from styra.web.organisations.models import Network

from . import services
from .models import NetworkInvitation
from .views import remove_or_ask

VIEW_ORGANISATION = "organisations.view_organisation"
ANSWER = "network.answer_invitation"  # the organisation's admins: join, decline, leave
ANSWERS = {"ja": True, "nej": False}


@login_required
def organisation_networks(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, VIEW_ORGANISATION)
    context = {
        "organisation": organisation,
        "networks": organisation.networks.order_by("name"),
        "invitations": services.open_invitations(organisation=organisation).select_related(
            "network", "invited_by"
        ),
        "can_answer": request.user.has_perm(ANSWER, organisation),
    }
    return render(request, "network/organisation_networks.html", context)


@login_required
@require_POST
def invitation_answer(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, ANSWER)
    invitation = owned_or_404(NetworkInvitation, organisation, pk)
    accept = ANSWERS.get(request.POST.get("svar", ""))
    if accept is None:
        return HttpResponseBadRequest(_("Välj Gå med eller Tacka nej."))
    try:
        services.answer(invitation, request.user, accept)
    except services.NetworkError as error:
        messages.error(request, str(error))
    else:
        name = invitation.network.name
        text = _("Ni är nu medlemmar i %(name)s.") if accept else _("Ni tackade nej till %(name)s.")
        messages.success(request, text % {"name": name})
    return redirect("network-org-list", organisation.pk)


@login_required
def network_leave(request, kolada_id: str, network_id: int):
    organisation = organisation_or_404(request, kolada_id, ANSWER)
    network = get_object_or_404(Network, pk=network_id, members=organisation)
    done = _("Ni har lämnat %(name)s.") % {"name": network.name}
    then = reverse("network-org-list", args=[organisation.pk])
    return remove_or_ask(request, network, organisation, leaving=True, done=done, then=then)
