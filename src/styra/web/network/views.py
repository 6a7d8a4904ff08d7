"""The networks a user can see, one network's page, and its management (coordinators).

A network that does not exist is a 404; one the user may not see a 403
(docs/network-shell.md).
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from styra.web.accounts.rules import roles_of
from styra.web.common.formerrors import render_form
from styra.web.organisations.models import Network, Organisation
from styra.web.organisations.services import commitment_checklist

from . import services
from .access import network_or_404
from .forms import CoordinatorForm, InviteForm, NetworkForm, NewNetworkForm
from .models import NetworkInvitation
from .rules import is_platform_admin
from .sharing import networks_of

VIEW, MANAGE, CREATE = "network.view_network", "network.manage_network", "network.create_network"
VIEW_ORGANISATION = "organisations.view_organisation"


@login_required
def network_list(request):
    user = request.user
    networks = Network.objects.all() if is_platform_admin(user) else networks_of(user)
    context = {
        "networks": networks.annotate(member_count=Count("members", distinct=True)),
        "can_create": user.has_perm(CREATE),
        "invitations": services.open_invitations(
            organisation__in=list(roles_of(user))
        ).select_related("network", "organisation"),
    }
    return render(request, "network/network_list.html", context)


@login_required
def network_create(request):
    if not request.user.has_perm(CREATE):
        raise PermissionDenied
    form = NewNetworkForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            network = services.create_network(data["name"], data["description"], form.user)
        except services.NetworkError as error:
            form.add_error("name", str(error))
        else:
            messages.success(request, _("Nätverket är skapat."))
            return redirect("network-detail", network.pk)
    return render_form(request, "network/network_form.html", {"form": form})


def member_rows(request, network: Network) -> list[dict]:
    """Each member with its kontaktperson and commitments; kommuner first."""
    members = network.members.select_related("contact_person").order_by("type", "name")
    return [
        {
            "organisation": member,
            "contact": getattr(member, "contact_person", None),
            "checklist": commitment_checklist(member),
            "can_open": request.user.has_perm(VIEW_ORGANISATION, member),
        }
        for member in members
    ]


@login_required
def network_detail(request, network_id: int):
    network = network_or_404(request, network_id, VIEW)
    can_manage = request.user.has_perm(MANAGE, network)
    members = member_rows(request, network)
    own = roles_of(request.user)
    context = {
        "network": network,
        "members": members,
        "coordinators": network.coordinators.order_by("last_name", "first_name", "email"),
        "can_manage": can_manage,
        "invitations": services.open_invitations(network=network).select_related(
            "organisation", "invited_by"
        )
        if can_manage
        else [],
        "events": services.recent_events(network),
        "own_members": [row["organisation"] for row in members if row["organisation"].pk in own],
    }
    return render(request, "network/network_detail.html", context)


@login_required
def network_edit(request, network_id: int):
    network = network_or_404(request, network_id, MANAGE)
    form = NetworkForm(request.POST or None, instance=network)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Nätverket är sparat."))
        return redirect("network-detail", network.pk)
    return render_form(request, "network/network_form.html", {"form": form, "network": network})


@login_required
def network_invite(request, network_id: int):
    network = network_or_404(request, network_id, MANAGE)
    query = request.GET.get("q", "").strip()
    form = InviteForm(request.POST or None, network=network)
    if query:
        field = form.fields["organisation"]
        field.queryset = field.queryset.filter(name__icontains=query)
    if request.method == "POST" and form.is_valid():
        organisation = form.cleaned_data["organisation"]
        try:
            services.invite(network, organisation, request.user)
        except services.NetworkError as error:
            form.add_error("organisation", str(error))
        else:
            messages.success(
                request,
                _("%(name)s är inbjuden. Organisationens administratörer har fått e-post.")
                % {"name": organisation.name},
            )
            return redirect("network-detail", network.pk)
    context = {"network": network, "form": form, "query": query}
    return render_form(request, "network/network_invite.html", context)


@login_required
@require_POST
def invitation_withdraw(request, network_id: int, pk: int):
    network = network_or_404(request, network_id, MANAGE)
    invitation = get_object_or_404(NetworkInvitation, pk=pk, network=network)
    try:
        services.withdraw(invitation)
    except services.NetworkError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Inbjudan är återkallad."))
    return redirect("network-detail", network.pk)


@login_required
def coordinator_add(request, network_id: int):
    network = network_or_404(request, network_id, MANAGE)
    form = CoordinatorForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.add_coordinator(network, form.user)
        except services.NetworkError as error:
            form.add_error("email", str(error))
        else:
            messages.success(request, _("Samordnaren är tillagd."))
            return redirect("network-detail", network.pk)
    context = {"network": network, "form": form}
    return render_form(request, "network/coordinator_form.html", context)


@login_required
@require_POST
def coordinator_remove(request, network_id: int, user_id: int):
    network = network_or_404(request, network_id, MANAGE)
    user = get_object_or_404(get_user_model(), pk=user_id, coordinated_networks=network)
    try:
        services.remove_coordinator(network, user)
    except services.NetworkError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Samordnaren är borttagen."))
    if user == request.user and not request.user.has_perm(VIEW, network):
        return redirect("network-list")
    return redirect("network-detail", network.pk)


@login_required
def member_remove(request, network_id: int, kolada_id: str):
    network = network_or_404(request, network_id, MANAGE)
    organisation = get_object_or_404(Organisation, pk=kolada_id, networks=network)
    done = _("%(name)s är inte längre medlem.") % {"name": organisation.name}
    then = reverse("network-detail", args=[network.pk])
    return remove_or_ask(request, network, organisation, leaving=False, done=done, then=then)


def remove_or_ask(request, network, organisation, *, leaving: bool, done: str, then: str):
    """GET: ask first (what the member shared goes too); POST: the organisation leaves
    the network (``leaving``: by its own choice), ``done`` is said, on to ``then``."""
    if request.method != "POST":
        context = {"network": network, "organisation": organisation, "leaving": leaving}
        return render(request, "network/member_remove_confirm.html", context)
    services.remove_member(network, organisation)
    messages.success(request, done)
    return redirect(then)
