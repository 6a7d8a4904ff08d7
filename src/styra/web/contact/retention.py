"""Deleting the messages kept longer than the retention period (docs/contact.md).

``styra contact purge`` (and ``manage.py contact_purge``) calls ``purge``; run it
daily: it deletes only what is older than the period, so running it again is safe.
"""

from datetime import datetime, timedelta

from .mail import retention_days
from .models import ContactMessage


def purge(now: datetime, days: int | None = None) -> int:
    """Delete every message received more than ``days`` (default: the setting) before
    ``now``; the number deleted."""
    kept = retention_days() if days is None else days
    deleted, _by_model = ContactMessage.objects.filter(
        created_at__lt=now - timedelta(days=kept)
    ).delete()
    return deleted
