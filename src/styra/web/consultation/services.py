"""What happens in a remissrunda: inviting, revoking, commenting, mentions and statuses.

Views call these; e-mails go through ``mail``. Each change is written in one
transaction, and the e-mails are sent once it is saved.
"""

import hashlib
import re
import secrets
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from styra.web.accounts.models import Membership
from styra.web.samverkan.models import Actor

from . import mail
from .mentions import find_mentions
from .models import Activity, Comment, Invitee, Round, Status
from .people import members_of, name_of

EMAIL_IN_TEXT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def email_of(actor: Actor) -> str:
    """The first e-mail address in the actor's contact field; "" when there is none."""
    match = EMAIL_IN_TEXT.search(actor.contact or "")
    return match.group(0) if match else ""


# Inviting


def invite_actor(round_: Round, actor: Actor, email: str, by) -> Invitee:
    """Invite a unit or partner (again): a new personal link, e-mailed; an earlier link
    of the same invitee stops working."""
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        invitee, _created = Invitee.objects.update_or_create(
            round=round_,
            actor=actor,
            defaults={
                "organisation_name": actor.name,
                "email": email,
                "token_hash": hash_token(token),
                "invited_by": by,
                "revoked_at": None,
            },
        )
    mail.send_invitation(invitee, token)
    return invitee


def invite_member(round_: Round, user, by, organisation=None) -> Invitee:
    """Invite a user who answers logged in, so no link is made: a member of the
    organisation, or (``organisation``, theirs) a peer of a kollegial granskning, a user
    of another member of the round's network, who reviews on the round's review page."""
    with transaction.atomic():
        invitee, _created = Invitee.objects.update_or_create(
            round=round_,
            user=user,
            defaults={
                "name": name_of(user),
                "organisation_name": (organisation or round_.organisation).name,
                "email": user.email,
                "invited_by": by,
                "revoked_at": None,
            },
        )
    mail.send_invitation(invitee, None)
    return invitee


def peers_of(round_: Round) -> list[tuple[object, object]]:
    """(user, organisation): the active users with an e-mail address of the other members
    of the round's network, by organisation and name; whom a peer review may invite."""
    if round_.network is None:
        return []
    others = round_.network.members.exclude(pk=round_.organisation_id)
    memberships = Membership.objects.filter(
        organisation__in=others, user__is_active=True
    ).select_related("user", "organisation")
    found = [(m.user, m.organisation) for m in memberships if m.user.email]
    return sorted(found, key=lambda pair: (pair[1].name, name_of(pair[0])))


def revoke(invitee: Invitee) -> None:
    """The invitee's link stops working at once; what they wrote stays."""
    invitee.revoked_at = timezone.now()
    invitee.save(update_fields=["revoked_at", "updated_at"])


def invitee_of_token(token: str) -> Invitee | None:
    """The invitee whose link carries ``token``, if the link still works."""
    invitee = (
        Invitee.objects.select_related("round__organisation")
        .filter(token_hash=hash_token(token))
        .first()
    )
    return invitee if invitee is not None and invitee.link_works() else None


# Commenting


@dataclass(frozen=True)
class Author:
    """Who writes a comment: a logged-in user, or an invitee through their link."""

    user: object = None
    invitee: Invitee | None = None

    @property
    def name(self) -> str:
        return self.invitee.display_name if self.invitee else name_of(self.user)

    def organisation_name(self, round_: Round) -> str:
        """The invitee's; a user's as invited (a peer's own organisation), else the round's."""
        if self.invitee:
            return self.invitee.organisation_name
        invited = round_.invitees.filter(user=self.user).first()
        return invited.organisation_name if invited else round_.organisation.name


def mentionable(round_: Round) -> dict[str, list[tuple[str, int]]]:
    """Who a comment in the round may mention, by name: the organisation's members and
    invited peers ("user", pk) and the round's invitees without an account ("invitee",
    pk), as long as their invitation stands."""
    people: dict[str, list[tuple[str, int]]] = {}
    for user in members_of(round_.organisation):
        people.setdefault(name_of(user), []).append(("user", user.pk))
    for invitee in round_.invitees.filter(revoked_at__isnull=True).select_related("user"):
        if invitee.user_id is None:
            people.setdefault(invitee.display_name, []).append(("invitee", invitee.pk))
        elif ("user", invitee.user_id) not in people.get(name_of(invitee.user), []):
            people.setdefault(name_of(invitee.user), []).append(("user", invitee.user_id))
    return people


def add_comment(round_: Round, author: Author, text: str, goal: int | None, reply_to=None):
    """Save a comment (a reply takes its comment's thread) with its mentions, then tell
    the editors, the author replied to and those mentioned."""
    if reply_to is not None:
        goal = reply_to.goal
    elif round_.goal is not None:
        goal = round_.goal
    with transaction.atomic():
        comment = Comment.objects.create(
            round=round_,
            goal=goal,
            reply_to=reply_to,
            author_user=author.user,
            author_invitee=author.invitee,
            author_name=author.name,
            author_organisation=author.organisation_name(round_),
            text=text,
        )
        keys = find_mentions(text, mentionable(round_))
        comment.mentioned_users.set([pk for kind, pk in keys if kind == "user"])
        comment.mentioned_invitees.set([pk for kind, pk in keys if kind == "invitee"])
        activity = Activity.objects.create(
            round=round_, comment=comment, kind=Activity.Kind.COMMENT
        )
    mail.notify_comment(activity)
    return comment


def set_status(comment: Comment, status: str, by) -> bool:
    """Set the comment's status; False when it had it already (nothing happens)."""
    if comment.status == status:
        return False
    with transaction.atomic():
        comment.status, comment.status_by, comment.status_at = status, by, timezone.now()
        comment.save(update_fields=["status", "status_by", "status_at", "updated_at"])
        Activity.objects.create(
            round=comment.round, comment=comment, kind=Activity.Kind.STATUS, status=status
        )
    return True


def close(round_: Round, by) -> None:
    round_.closed_at, round_.closed_by = timezone.now(), by
    round_.save(update_fields=["closed_at", "closed_by", "updated_at"])


def reopen(round_: Round) -> None:
    round_.closed_at, round_.closed_by = None, None
    round_.save(update_fields=["closed_at", "closed_by", "updated_at"])


def threads_of(round_: Round) -> list[dict]:
    """The round's threads, each with its comments (oldest first) and their replies:
    the whole section first, then each goal."""
    comments = list(
        round_.comments.select_related("author_invitee", "author_user").order_by("created_at", "pk")
    )
    parent = {c.pk: c.reply_to_id for c in comments}

    def root(pk: int) -> int:
        while parent.get(pk) is not None:
            pk = parent[pk]
        return pk

    replies: dict[int, list[Comment]] = {}  # a reply to a reply is shown under the first
    for comment in comments:
        if comment.reply_to_id is not None:
            replies.setdefault(root(comment.pk), []).append(comment)
    for comment in comments:
        comment.thread_replies = replies.get(comment.pk, [])
    goals = sorted(
        {c.goal for c in comments if c.goal is not None} | ({round_.goal} if round_.goal else set())
    )
    keys = ([] if round_.goal else [None]) + goals
    return [
        {
            "goal": goal,
            "comments": [c for c in comments if c.goal == goal and c.reply_to_id is None],
        }
        for goal in keys
    ]


def status_counts(round_: Round) -> dict[str, int]:
    counts = dict.fromkeys(Status.values, 0)
    for status in round_.comments.filter(reply_to__isnull=True).values_list("status", flat=True):
        counts[status] += 1
    return counts
