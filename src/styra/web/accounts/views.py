"""Start page, "Mina organisationer", the area switcher, invitations and members."""

from functools import partial

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from styra.web.common.access import organisation_or_404, owned_or_404
from styra.web.common.formerrors import render_form

from . import services
from .context_processors import SESSION_KEY
from .forms import ROLE_HELP, InvitationForm, InvitedUserForm, RoleForm, SwitchOrganisationForm
from .models import Invitation, Membership, Role

MODEL_BACKEND = "styra.web.accounts.backends.UserAndRolesBackend"


def start(request):
    return render(request, "accounts/start.html")


@login_required
def home(request):
    return render(
        request, "accounts/home.html", {"memberships": services.memberships_of(request.user)}
    )


@login_required
@require_POST
def switch_organisation(request):
    form = SwitchOrganisationForm(request.POST)
    if not form.is_valid():
        return redirect("accounts-home")
    kolada_id = form.cleaned_data["organisation"]
    if not Membership.objects.filter(user=request.user, organisation_id=kolada_id).exists():
        raise PermissionDenied
    request.session[SESSION_KEY] = kolada_id
    target = form.cleaned_data["next"]
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = reverse("organisations-detail", args=[kolada_id])
    return HttpResponseRedirect(target)


def invitation_accept(request, token: str):
    try:
        invitation = services.open_invitation(token)
    except services.InvitationError as error:
        return render(request, "accounts/invitation_invalid.html", {"error": error}, status=404)
    if request.user.is_authenticated:
        if request.method == "POST":
            return _joined(request, services.accept_invitation(invitation, request.user))
        return render(request, "accounts/invitation_accept.html", {"invitation": invitation})
    form = InvitedUserForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = services.create_invited_user(
            invitation, form.cleaned_data["username"], form.cleaned_data["password1"]
        )
        user.first_name = form.cleaned_data["first_name"]
        user.last_name = form.cleaned_data["last_name"]
        user.save(update_fields=["first_name", "last_name"])
        login(request, user, backend=MODEL_BACKEND)
        return _joined(request, user.memberships.get(organisation=invitation.organisation))
    context = {"invitation": invitation, "form": form}
    return render_form(request, "accounts/invitation_accept.html", context)


def _joined(request, membership: Membership):
    request.session[SESSION_KEY] = membership.organisation_id
    messages.success(
        request,
        _("Välkommen! Du är nu med i %(organisation)s som %(role)s.")
        % {"organisation": membership.organisation.name, "role": membership.get_role_display()},
    )
    return redirect("organisations-detail", membership.organisation_id)


@login_required
def members(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, "organisations.manage_members")
    return _render_members(request, organisation, InvitationForm())


def _render_members(request, organisation, invitation_form, status=200):
    memberships = organisation.memberships.select_related("user").order_by("user__username")
    invitations = organisation.invitations.filter(accepted_at__isnull=True)
    context = {
        "organisation": organisation,
        "memberships": [(m, RoleForm(instance=m, prefix=f"m{m.pk}")) for m in memberships],
        "invitations": invitations,
        "form": invitation_form,
        "role_help": [(Role(role).label, text) for role, text in ROLE_HELP.items()],
    }
    return render(request, "accounts/members.html", context, status=status)


@login_required
@require_POST
def member_invite(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, "organisations.manage_members")
    form = InvitationForm(request.POST)
    if not form.is_valid():
        return _render_members(request, organisation, form, status=400)

    def accept_url_for(token: str) -> str:
        return request.build_absolute_uri(reverse("accounts-invitation-accept", args=[token]))

    services.invite(
        organisation,
        form.cleaned_data["email"],
        form.cleaned_data["role"],
        request.user,
        accept_url_for,
    )
    messages.success(request, _("Inbjudan har skickats till %s.") % form.cleaned_data["email"])
    return redirect("accounts-members", kolada_id)


def _membership_or_403(request, kolada_id: str, pk: int) -> Membership:
    organisation = organisation_or_404(request, kolada_id, "organisations.manage_members")
    return owned_or_404(Membership, organisation, pk)


@login_required
@require_POST
def member_role(request, kolada_id: str, pk: int):
    membership = _membership_or_403(request, kolada_id, pk)
    form = RoleForm(request.POST, instance=Membership(role=membership.role), prefix=f"m{pk}")
    if not form.is_valid():
        return redirect("accounts-members", kolada_id)
    change = partial(services.change_role, membership, form.cleaned_data["role"])
    return _unless_last_admin(request, kolada_id, change, _("Rollen har ändrats."))


@login_required
@require_POST
def member_remove(request, kolada_id: str, pk: int):
    membership = _membership_or_403(request, kolada_id, pk)
    message = _("%s har tagits bort.") % membership.user.get_username()
    return _unless_last_admin(
        request, kolada_id, partial(services.remove_member, membership), message
    )


def _unless_last_admin(request, kolada_id: str, change, message: str):
    """``change()`` and say ``message``, or say why not: it would leave no admin."""
    try:
        change()
        messages.success(request, message)
    except services.LastAdminError as error:
        messages.error(request, str(error))
    return redirect("accounts-members", kolada_id)


@login_required
@require_POST
def invitation_revoke(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, "organisations.manage_members")
    owned_or_404(Invitation, organisation, pk).delete()
    messages.success(request, _("Inbjudan har återkallats."))
    return redirect("accounts-members", kolada_id)
