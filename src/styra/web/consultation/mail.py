"""The e-mails of a remissrunda: the invitation, word of a comment, and the daily digest.

- The invitation carries the personal link (the only place its token exists); a
  member's points to the round's page, where they answer logged in.
- A new comment tells the organisation's editors, the author it replies to and
  everyone it mentions: one e-mail each, never to the author.
- The daily digest (``send_digests``; ``styra consultation digest`` or
  ``manage.py consultation_digest``) tells each invitee and editor what happened in
  their rounds that they were not told of yet.

Every e-mail about an ``Activity`` is recorded (``Notified``) before it is sent, in
the same transaction, so that nobody is told of one thing twice, even when two runs
of the digest meet.
"""

import datetime as dt

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from styra.web.accounts.rules import is_member_of

from .models import LINK_GRACE, Activity, Invitee, Notified, Round
from .people import editors_of

MENTION, REPLY, NEW = "mention", "reply", "new"


def absolute(path: str) -> str:
    return settings.STYRA_SITE_URL.rstrip("/") + path


def staff_url(round_: Round) -> str:
    return absolute(reverse("consultation-round", args=[round_.organisation_id, round_.pk]))


def invitee_url(round_: Round) -> str:
    return absolute(reverse("consultation-invitee-round", args=[round_.pk]))


def review_url(round_: Round) -> str:
    return absolute(reverse("consultation-review", args=[round_.network_id, round_.pk]))


def url_for(recipient, round_: Round) -> str:
    """Where ``recipient`` (a user or an invitee) reads the round: a peer outside the
    organisation on the review page of a kollegial granskning."""
    if isinstance(recipient, Invitee) and recipient.answers_by_link:
        return invitee_url(round_)
    user = recipient.user if isinstance(recipient, Invitee) else recipient
    if round_.is_peer_review and round_.network_id and not is_member_of(user, round_.organisation):
        return review_url(round_)
    return staff_url(round_)


def send(template: str, context: dict, email: str) -> None:
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string(f"consultation/{template}_subject.txt", context)
        body = render_to_string(f"consultation/{template}.txt", context)
    send_mail(" ".join(subject.split()), body, None, [email])


def send_invitation(invitee: Invitee, token: str | None) -> None:
    """``token``: the personal link's, for an invitee without an account; None for a member."""
    round_ = invitee.round
    link = (
        absolute(reverse("consultation-link", args=[token])) if token else url_for(invitee, round_)
    )
    context = {
        "round": round_,
        "invitee": invitee,
        "url": link,
        "by_link": token is not None,
        "peer_review": round_.is_peer_review,
        "expires": round_.links_last_day(),
    }
    send("email_invitation", context, invitee.email)


def can_be_told(recipient) -> bool:
    """An invitee whose link was revoked or has expired is told nothing more."""
    if isinstance(recipient, Invitee):
        return recipient.revoked_at is None and (
            not recipient.answers_by_link or recipient.link_works()
        )
    return recipient.is_active


def tell_once(activity: Activity, email: str, how: str, template: str, context: dict) -> bool:
    """Record, then send; False (nothing sent) when ``email`` was told of it already."""
    try:
        with transaction.atomic():
            Notified.objects.create(activity=activity, email=email.lower(), how=how)
            send(template, context, email)
    except IntegrityError:
        return False
    return True


def comment_recipients(activity: Activity) -> dict[str, tuple[str, object]]:
    """e-mail → (why, the user or invitee): the mentioned, the author replied to, the
    editors; each once, with the first reason that applies; never the author."""
    comment = activity.comment
    author = comment.author_email.lower()
    found: dict[str, tuple[str, object]] = {}

    def add(recipient, why: str) -> None:
        email = (recipient.email or "").lower() if recipient is not None else ""
        if email and email != author and email not in found and can_be_told(recipient):
            found[email] = (why, recipient)

    for user in comment.mentioned_users.all():
        add(user, MENTION)
    for invitee in comment.mentioned_invitees.select_related("round"):
        add(invitee, MENTION)
    if comment.reply_to is not None:
        add(comment.reply_to.author_invitee or comment.reply_to.author_user, REPLY)
    for user in editors_of(activity.round.organisation):
        add(user, NEW)
    return found


def notify_comment(activity: Activity) -> int:
    """Tell everyone concerned of a new comment at once; the number of e-mails sent."""
    sent = 0
    for email, (why, recipient) in comment_recipients(activity).items():
        context = {
            "why": why,
            "comment": activity.comment,
            "round": activity.round,
            "url": url_for(recipient, activity.round),
            "by_link": isinstance(recipient, Invitee) and recipient.answers_by_link,
        }
        sent += tell_once(activity, email, Notified.How.AT_ONCE, "email_comment", context)
    return sent


# The daily digest


def digest_rounds(now: dt.datetime):
    """Rounds whose links still work: open, or closed less than the grace period ago."""
    since = timezone.localdate(now) - LINK_GRACE
    return Round.objects.filter(deadline__gte=since).select_related("organisation")


def round_recipients(round_: Round, now: dt.datetime) -> list[tuple[object, dt.datetime | None]]:
    """(user or invitee, told of what happened since): the invitees whose invitation
    stands, from when they were invited, and the editors, of everything."""
    found: list[tuple[object, dt.datetime | None]] = []
    for invitee in round_.invitees.select_related("round", "user"):
        if can_be_told(invitee) and invitee.email:
            found.append((invitee, invitee.created_at))
    found += [(user, None) for user in editors_of(round_.organisation) if user.email]
    return found


def written_by(activity: Activity, email: str) -> bool:
    """Whether ``email`` did it: wrote the comment, or set the status."""
    if activity.kind == Activity.Kind.STATUS:
        by = activity.comment.status_by
        return by is not None and (by.email or "").lower() == email
    return activity.comment.author_email.lower() == email


def digests(now: dt.datetime) -> dict[str, list[dict]]:
    """e-mail → the items its digest lists: each activity in the recipient's rounds
    that they have not been told of, and did not do themselves."""
    found: dict[str, list[dict]] = {}
    for round_ in digest_rounds(now):
        activities = list(
            round_.activities.select_related(
                "comment__author_user", "comment__author_invitee", "comment__status_by"
            ).prefetch_related("notified")
        )
        if not activities:
            continue
        for recipient, since in round_recipients(round_, now):
            email = recipient.email.lower()
            told = found.setdefault(email, [])
            shown = {item["activity"].pk for item in told}
            for activity in activities:
                if (
                    activity.pk not in shown
                    and (since is None or activity.created_at >= since)
                    and email not in {n.email for n in activity.notified.all()}
                    and not written_by(activity, email)
                ):
                    told.append(
                        {"activity": activity, "round": round_, "url": url_for(recipient, round_)}
                    )
    return {email: items for email, items in found.items() if items}


def send_digest(email: str, items: list[dict]) -> bool:
    """One e-mail listing ``items``, recorded first; False when another run sent any of them."""
    try:
        with transaction.atomic():
            Notified.objects.bulk_create(
                Notified(activity=item["activity"], email=email, how=Notified.How.DIGEST)
                for item in items
            )
            rounds: dict[int, dict] = {}
            for item in items:
                entry = rounds.setdefault(
                    item["round"].pk, {"round": item["round"], "url": item["url"], "items": []}
                )
                entry["items"].append(item["activity"])
            send("email_digest", {"rounds": list(rounds.values())}, email)
    except IntegrityError:
        return False
    return True


def send_digests(now: dt.datetime | None = None) -> int:
    """Each recipient's digest of what happened in their rounds; the number of e-mails.
    Running it again sends nothing new: each item is told once."""
    now = now or timezone.now()
    return sum(send_digest(email, items) for email, items in digests(now).items())
