"""Deleting audit entries and sign-in events older than the retention period (docs/audit.md).

``styra audit purge`` (and ``manage.py audit_purge``) calls ``purge``; run it daily:
it deletes only what is older than the period, so running it again is safe.
"""

from datetime import datetime, timedelta

from django.conf import settings

from .models import AuditEntry, SignInEvent


def retention_days() -> int:
    return settings.STYRA_AUDIT_RETENTION_DAYS


def purge(now: datetime, days: int | None = None) -> int:
    """Delete every entry and sign-in event from more than ``days`` (default: the
    setting) before ``now``; the number deleted."""
    kept = retention_days() if days is None else days
    cutoff = now - timedelta(days=kept)
    entries, _by_model = AuditEntry.objects.filter(timestamp__lt=cutoff).delete()
    events, _by_model = SignInEvent.objects.filter(timestamp__lt=cutoff).delete()
    return entries + events
