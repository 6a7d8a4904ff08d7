"""The retention jobs (``styra retention run``): personal data kept no longer than its
period (docs/personal-data.md). Each job deletes or blanks only what is old enough, so
running them daily is safe; ``run`` returns the number of rows each job changed.

Jobs and their periods (settings): ``contact`` (STYRA_CONTACT_RETENTION_DAYS),
``invitations`` and ``consultation_links`` (STYRA_INVITATION_RETENTION_DAYS),
``dialogue_text`` (STYRA_DIALOGUE_TEXT_RETENTION_DAYS: free text becomes "[raderad]",
the count of answers stays), ``login_log`` (STYRA_LOGIN_LOG_RETENTION_DAYS) and
``sessions`` (their own expiry); docs/personal-data.md says what each deletes.
"""

from datetime import datetime, timedelta

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import transaction
from django.db.models import Q

from styra.web.accounts.models import Invitation
from styra.web.consultation.models import LINK_GRACE, Invitee
from styra.web.contact import retention as contact_retention
from styra.web.dialogue.models import Answer, Kind

ERASED_TEXT = "[raderad]"  # what a free-text answer becomes after its period


def days_ago(now: datetime, days: int) -> datetime:
    return now - timedelta(days=days)


def purge_invitations(now: datetime) -> int:
    cutoff = days_ago(now, settings.STYRA_INVITATION_RETENTION_DAYS)
    old = Invitation.objects.filter(Q(accepted_at__lt=cutoff) | Q(expires_at__lt=cutoff))
    return old.delete()[1].get(Invitation._meta.label, 0)


def purge_consultation_links(now: datetime) -> int:
    """Invitees answering by link, once their link has been dead for the period."""
    cutoff = days_ago(now, settings.STYRA_INVITATION_RETENTION_DAYS)
    last_deadline = (cutoff - LINK_GRACE - timedelta(days=1)).date()
    dead = Invitee.objects.filter(user__isnull=True).filter(
        Q(round__deadline__lt=last_deadline) | Q(revoked_at__lt=cutoff)
    )
    silent = dead.filter(comments__isnull=True)
    deleted = silent.delete()[1].get(Invitee._meta.label, 0)
    changed = 0
    for invitee in dead.exclude(token_hash="", email__endswith="@example.invalid"):
        invitee.email = f"borttagen-{invitee.pk}@example.invalid"
        invitee.token_hash = ""
        invitee.save(update_fields=["email", "token_hash"])
        changed += 1
    return deleted + changed


def blank_dialogue_texts(now: datetime) -> int:
    cutoff = days_ago(now, settings.STYRA_DIALOGUE_TEXT_RETENTION_DAYS)
    old = Answer.objects.filter(
        question__kind=Kind.TEXT, response__dialogue__closes_at__lt=cutoff
    ).exclude(value=ERASED_TEXT)
    return old.update(value=ERASED_TEXT)


def purge_login_log(now: datetime) -> int:
    cutoff = days_ago(now, settings.STYRA_LOGIN_LOG_RETENTION_DAYS)
    return sum(
        model.objects.filter(attempt_time__lt=cutoff).delete()[0]
        for model in (AccessAttempt, AccessFailureLog, AccessLog)
    )


def purge_sessions(now: datetime) -> int:
    return Session.objects.filter(expire_date__lt=now).delete()[0]


JOBS = {
    "contact": contact_retention.purge,
    "invitations": purge_invitations,
    "consultation_links": purge_consultation_links,
    "dialogue_text": blank_dialogue_texts,
    "login_log": purge_login_log,
    "sessions": purge_sessions,
}


def run(now: datetime) -> dict[str, int]:
    """Every job, each in its own transaction; the rows each changed."""
    changed = {}
    for name, job in JOBS.items():
        with transaction.atomic():
            changed[name] = job(now)
    return changed
