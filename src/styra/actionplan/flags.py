"""Flags on an action, given the date "today": overdue, stalled, late start.

- **overdue**: the end date has passed (is before today) and the status is
  neither done nor cancelled;
- **stalled**: the action is going on (ongoing or delayed) and it is
  ``stalled_days`` days (default 60) or more since its latest progress entry —
  or, with no entry yet, since its start date (else since it was created);
- **late start**: still planned although its start date has passed.

An action can carry several flags; they come in this order. The status is a
code: planned, ongoing, done, delayed, cancelled (the web app's choices).
"""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

STATUSES = ("planned", "ongoing", "done", "delayed", "cancelled")
CLOSED = frozenset({"done", "cancelled"})
ACTIVE = frozenset({"ongoing", "delayed"})
DEFAULT_STALLED_DAYS = 60


class Flag(StrEnum):
    OVERDUE = "overdue"
    STALLED = "stalled"
    LATE_START = "late_start"


@dataclass(frozen=True)
class FlagSettings:
    stalled_days: int = DEFAULT_STALLED_DAYS

    def __post_init__(self):
        if self.stalled_days < 1:
            raise ValueError(f"stalled_days must be 1 or more, not {self.stalled_days}")


@dataclass(frozen=True)
class FlagState:
    """What the flags look at: status, start and end, the latest entry's date, creation."""

    status: str
    start: date | None = None
    end: date | None = None
    last_progress: date | None = None
    created: date | None = None


def flags(action: FlagState, today: date, settings: FlagSettings | None = None) -> tuple[Flag, ...]:
    """The flags of ``action`` on ``today`` (none: an empty tuple)."""
    if action.status not in STATUSES:
        raise ValueError(f"unknown status {action.status!r}: expected one of {STATUSES}")
    settings = settings or FlagSettings()
    found = []
    if action.end is not None and action.end < today and action.status not in CLOSED:
        found.append(Flag.OVERDUE)
    if action.status in ACTIVE:
        since = action.last_progress or action.start or action.created
        if since is not None and (today - since).days >= settings.stalled_days:
            found.append(Flag.STALLED)
    if action.status == "planned" and action.start is not None and action.start < today:
        found.append(Flag.LATE_START)
    return tuple(found)
