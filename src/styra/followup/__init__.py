"""Follow-up cycles as pure functions: the status scale, a cycle's phase, the counts per
goal and status, what moved between two cycles, and which reminder is due.

No Django, no clock: "today" is passed in. The web app (``styra.web.followup``)
loads cycles and reports from the database, calls these and shows the result.
See docs/followup.md.
"""

from styra.followup.compare import Move, compare
from styra.followup.cycle import (
    CycleState,
    Frozen,
    Phase,
    PhaseError,
    close,
    ensure_open,
    open_,
    phase,
)
from styra.followup.reminders import DEFAULT_DAYS_BEFORE, Reminder, reminder_due
from styra.followup.scale import PERCENT, SCALE, Scale, percent_of
from styra.followup.summary import GoalCount, count_by_goal

__all__ = [
    "DEFAULT_DAYS_BEFORE",
    "PERCENT",
    "SCALE",
    "CycleState",
    "Frozen",
    "GoalCount",
    "Move",
    "Phase",
    "PhaseError",
    "Reminder",
    "Scale",
    "close",
    "compare",
    "count_by_goal",
    "ensure_open",
    "open_",
    "percent_of",
    "phase",
    "reminder_due",
]
