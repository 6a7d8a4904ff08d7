"""Memberships and invitations: the rules that keep an organisation administrable."""

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from styra.web.organisations.models import Organisation

from .models import Invitation, Membership, Role, hash_token


class LastAdminError(Exception):
    """An organisation must keep at least one admin."""


class InvitationError(Exception):
    """The invitation link is unknown, used or expired."""


def memberships_of(user) -> list[Membership]:
    """The user's memberships with their organisations: read once per user object."""
    if not user.is_authenticated:
        return []
    cached = getattr(user, "_styra_memberships", None)
    if cached is None:
        memberships = Membership.objects.filter(user_id=user.pk).order_by("organisation_id")
        cached = list(memberships.select_related("organisation"))
        user._styra_memberships = cached
    return cached


def _is_last_admin(membership: Membership) -> bool:
    if membership.role != Role.ADMIN:
        return False
    admins = Membership.objects.filter(organisation=membership.organisation_id, role=Role.ADMIN)
    return admins.exclude(pk=membership.pk).count() == 0


@transaction.atomic
def change_role(membership: Membership, role: str) -> None:
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if role != Role.ADMIN and _is_last_admin(membership):
        raise LastAdminError(_("Organisationen måste ha minst en administratör."))
    membership.role = role
    membership.save(update_fields=["role"])


@transaction.atomic
def remove_member(membership: Membership) -> None:
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if _is_last_admin(membership):
        raise LastAdminError(_("Den sista administratören kan inte tas bort."))
    membership.delete()


def invite(
    organisation: Organisation, email: str, role: str, invited_by, accept_url_for
) -> Invitation:
    """Create an invitation (replacing open ones to the same address) and e-mail its link.

    ``accept_url_for(token)`` builds the absolute link; the token itself is
    never stored.
    """
    token, token_hash = Invitation.new_token()
    with transaction.atomic():
        Invitation.objects.filter(
            organisation=organisation, email__iexact=email, accepted_at__isnull=True
        ).delete()
        invitation = Invitation.objects.create(
            organisation=organisation,
            email=email,
            role=role,
            token_hash=token_hash,
            invited_by=invited_by,
        )
    context = {"invitation": invitation, "url": accept_url_for(token), "invited_by": invited_by}
    send_mail(
        subject=render_to_string("accounts/invitation_subject.txt", context).strip(),
        message=render_to_string("accounts/invitation_email.txt", context),
        from_email=None,
        recipient_list=[email],
    )
    return invitation


def open_invitation(token: str) -> Invitation:
    invitation = (
        Invitation.objects.select_related("organisation")
        .filter(token_hash=hash_token(token))
        .first()
    )
    if invitation is None or not invitation.is_open:
        raise InvitationError(_("Inbjudan finns inte, har redan använts eller har gått ut."))
    return invitation


@transaction.atomic
def accept_invitation(invitation: Invitation, user) -> Membership:
    """Join the organisation; an existing membership keeps the higher of the two roles."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if not invitation.is_open:
        raise InvitationError(_("Inbjudan finns inte, har redan använts eller har gått ut."))
    from .rules import RANK

    membership, created = Membership.objects.get_or_create(
        user=user, organisation=invitation.organisation, defaults={"role": invitation.role}
    )
    if not created and RANK[invitation.role] > RANK[membership.role]:
        membership.role = invitation.role
        membership.save(update_fields=["role"])
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    return membership


@transaction.atomic
def create_invited_user(invitation: Invitation, username: str, password: str):
    user = get_user_model().objects.create_user(
        username=username, email=invitation.email, password=password
    )
    accept_invitation(invitation, user)
    return user
