"""Which reminder a cycle is due on a date: one some days before its deadline, one after.

``reminder_due(deadline, today, days_before)``: ``BEFORE`` from ``days_before``
days before the deadline up to the deadline itself, ``AFTER`` once the deadline
has passed, else ``None``. Whoever sends them records what was sent, so that
each person gets each reminder of a cycle once.
"""

from datetime import date, timedelta
from enum import StrEnum

DEFAULT_DAYS_BEFORE = 3


class Reminder(StrEnum):
    OPENED = "opened"  # the request sent when the cycle opens
    BEFORE = "before"
    AFTER = "after"


def reminder_due(
    deadline: date, today: date, days_before: int = DEFAULT_DAYS_BEFORE
) -> Reminder | None:
    if days_before < 0:
        raise ValueError(f"days_before must be 0 or more, not {days_before}")
    if today > deadline:
        return Reminder.AFTER
    if today >= deadline - timedelta(days=days_before):
        return Reminder.BEFORE
    return None
