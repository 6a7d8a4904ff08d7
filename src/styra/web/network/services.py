"""Creating a network, inviting organisations, answering, coordinators and members.

Views and the CLI call these; each refuses what would break the network with a
``NetworkError`` whose message can be shown as it is (docs/network-shell.md).
"""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from styra.web.accounts.models import Role
from styra.web.organisations.models import Network, Organisation

from .models import NetworkInvitation, SectionShare

RECENT = 10  # events on the network page's "what is new"


class NetworkError(Exception):
    """Refused: the message says why, in words for the page."""


def user_by_email(email: str):
    """The one active user with this e-mail address (any case)."""
    users = list(get_user_model().objects.filter(email__iexact=email.strip(), is_active=True))
    if not users:
        raise NetworkError(
            _(
                "Det finns ingen användare med e-postadressen %(email)s. Bjud först in personen "
                "till en organisation, eller be en plattformsadministratör skapa kontot."
            )
            % {"email": email}
        )
    if len(users) > 1:
        raise NetworkError(
            _("Flera användare har e-postadressen %(email)s. Be en plattformsadministratör.")
            % {"email": email}
        )
    return users[0]


@transaction.atomic
def create_network(name: str, description: str, coordinator) -> Network:
    if Network.objects.filter(name__iexact=name).exists():
        raise NetworkError(_("Det finns redan ett nätverk med namnet %(name)s.") % {"name": name})
    network = Network.objects.create(name=name, description=description)
    network.coordinators.add(coordinator)
    return network


def add_coordinator(network: Network, user) -> None:
    if network.coordinators.filter(pk=user.pk).exists():
        raise NetworkError(_("%(email)s är redan samordnare.") % {"email": user.email})
    network.coordinators.add(user)


@transaction.atomic
def remove_coordinator(network: Network, user) -> None:
    Network.objects.select_for_update().get(pk=network.pk)  # one removal at a time
    if not network.coordinators.exclude(pk=user.pk).exists():
        raise NetworkError(_("Nätverket måste ha minst en samordnare."))
    network.coordinators.remove(user)


def admin_addresses(organisation: Organisation) -> list[str]:
    """The e-mail addresses of the organisation's active admins."""
    admins = organisation.memberships.filter(role=Role.ADMIN, user__is_active=True)
    return sorted(set(admins.exclude(user__email="").values_list("user__email", flat=True)))


def invite(network: Network, organisation: Organisation, invited_by) -> NetworkInvitation:
    """Invite ``organisation`` and e-mail its admins; one open invitation per organisation."""
    if organisation.is_riket:
        raise NetworkError(_("Bara kommuner och regioner kan vara medlemmar."))
    if network.members.filter(pk=organisation.pk).exists():
        raise NetworkError(_("%(name)s är redan medlem i nätverket.") % {"name": organisation.name})
    try:
        with transaction.atomic():
            invitation = NetworkInvitation.objects.create(
                network=network, organisation=organisation, invited_by=invited_by
            )
    except IntegrityError:  # someone else invited it a moment ago: the constraint keeps one
        raise NetworkError(
            _("%(name)s är redan inbjuden och har inte svarat än.") % {"name": organisation.name}
        ) from None
    notify_admins(invitation)
    return invitation


def notify_admins(invitation: NetworkInvitation) -> int:
    """E-mail the invitation to the organisation's admins; how many were written to."""
    recipients = admin_addresses(invitation.organisation)
    if not recipients:
        return 0
    path = reverse("network-org-list", args=[invitation.organisation_id])
    context = {
        "invitation": invitation,
        "url": settings.STYRA_SITE_URL.rstrip("/") + path,
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("network/invitation_subject.txt", context)
        body = render_to_string("network/invitation_email.txt", context)
    send_mail(" ".join(subject.split()), body, None, recipients)
    return len(recipients)


def open_invitations(**filters):
    return NetworkInvitation.objects.filter(answered_at__isnull=True, **filters)


@transaction.atomic
def answer(invitation: NetworkInvitation, user, accept: bool) -> None:
    """Accept (the organisation becomes a member) or decline; an invitation is answered once."""
    invitation = NetworkInvitation.objects.select_for_update().get(pk=invitation.pk)
    if not invitation.is_open:
        raise NetworkError(_("Inbjudan är redan besvarad."))
    invitation.answered_at = timezone.now()
    invitation.answered_by = user
    invitation.accepted = accept
    invitation.save(update_fields=["answered_at", "answered_by", "accepted"])
    if accept:
        invitation.network.members.add(invitation.organisation)


def withdraw(invitation: NetworkInvitation) -> None:
    """An open invitation taken back: as if it never was."""
    if not invitation.is_open:
        raise NetworkError(_("Inbjudan är redan besvarad."))
    invitation.delete()


def remove_member(network: Network, organisation: Organisation) -> None:
    """The organisation leaves; what it shared with the network is unshared at once."""
    with transaction.atomic():
        network.members.remove(organisation)
        SectionShare.objects.filter(network=network, organisation=organisation).delete()


@dataclass(frozen=True)
class Event:
    """One line of the network's "what is new"."""

    at: datetime
    text: str


def recent_events(network: Network, limit: int = RECENT) -> list[Event]:
    """Shared sections, joined members and declined invitations, newest first."""
    shares = network.shares.select_related("organisation").order_by("-shared_at")[:limit]
    answered = (
        network.invitations.filter(answered_at__isnull=False)
        .select_related("organisation")
        .order_by("-answered_at")[:limit]
    )
    events = [
        Event(
            share.shared_at,
            _("%(name)s delar %(section)s med nätverket.")
            % {"name": share.organisation.name, "section": share.get_section_display().lower()},
        )
        for share in shares
    ]
    for invitation in answered:
        text = (
            _("%(name)s gick med i nätverket.")
            if invitation.accepted
            else _("%(name)s tackade nej till inbjudan.")
        )
        events.append(Event(invitation.answered_at, text % {"name": invitation.organisation.name}))
    return sorted(events, key=lambda event: event.at, reverse=True)[:limit]
