"""Traces of one person in many tables, to export and erase (tests/web/personal)."""

import datetime

from auditlog.context import set_actor
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore

from styra.web.accounts.models import Invitation, Membership, Role
from styra.web.actionplan.models import Action, ProgressEntry
from styra.web.consultation.models import Comment, Invitee
from styra.web.consultation.models import Round as ConsultationRound
from styra.web.contact.models import ContactMessage
from styra.web.organisations.models import BodyMember, ContactPerson, Network
from styra.web.practices.models import Practice


def make_person(first: str, last: str, email: str):
    return get_user_model().objects.create_user(
        username=email.split("@")[0], email=email, first_name=first, last_name=last
    )


def traces_of(user, organisation, opened_by) -> dict:
    """The person as a member, in the styrgrupp, as contact person, invitee, commenter,
    contact-form sender, coordinator, responsible for an action and named in a note."""
    name, email = user.get_full_name(), user.email
    Membership.objects.create(user=user, organisation=organisation, role=Role.EDITOR)
    Invitation.objects.create(
        organisation=organisation, email=email, role=Role.VIEWER, token_hash=f"{user.pk:064d}"
    )
    BodyMember.objects.create(organisation=organisation, body="steering", name=name, title="Chef")
    ContactPerson.objects.create(organisation=organisation, name=name, email=email, phone="070-1")
    round_ = ConsultationRound.objects.create(
        organisation=organisation,
        title=f"Remiss {organisation.pk}",
        section="nulage",
        question="Stämmer bilden?",
        deadline=datetime.date(2099, 1, 1),
        opened_by=opened_by,
    )
    invitee = Invitee.objects.create(
        round=round_,
        name=name,
        organisation_name="Enheten",
        email=email,
        token_hash=f"{user.pk:064x}",
    )
    comment = Comment.objects.create(
        round=round_,
        author_invitee=invitee,
        author_name=name,
        author_organisation="Enheten",
        text=f"Bra underlag, hälsar {name}.",
    )
    own_comment = Comment.objects.create(
        round=round_, author_user=user, author_name=name, author_organisation="Kommunen", text="Ja."
    )
    ContactMessage.objects.create(
        organisation=organisation, name=name, email=email, subject="Fråga", message="Hej!"
    )
    network = Network.objects.create(name=f"Nätverk {organisation.pk}")
    network.coordinators.add(user)
    action = Action.objects.create(
        organisation=organisation, level="strategy", title="Cykelbanor", code="1"
    )
    action.responsible.add(user)
    ProgressEntry.objects.create(
        action=action,
        date=datetime.date(2026, 5, 1),
        percent=10,
        note=f"Ansvarig: {name} ({email}).",
        created_by=user,
    )
    with set_actor(user):  # the audit log records the change as the person's
        practice = Practice.objects.create(
            organisation=organisation, title="Skolgårdar", action="Gröna", created_by=user
        )
        BodyMember.objects.create(organisation=organisation, body="working", name="Arbetsgruppen")
    session = SessionStore()
    session["_auth_user_id"] = str(user.pk)
    session.create()
    return {
        "comment": comment.pk,
        "own_comment": own_comment.pk,
        "practice": practice.pk,
        "session": session.session_key,
    }
