"""A reminder is due from a few days before the deadline, and another after it."""

from datetime import date

import pytest

from styra.followup import Reminder, reminder_due

DEADLINE = date(2026, 5, 15)


@pytest.mark.parametrize(
    ("today", "due"),
    [
        (date(2026, 5, 11), None),
        (date(2026, 5, 12), Reminder.BEFORE),
        (date(2026, 5, 15), Reminder.BEFORE),
        (date(2026, 5, 16), Reminder.AFTER),
        (date(2026, 9, 1), Reminder.AFTER),
    ],
)
def test_reminder_due_three_days_before_and_after(today, due):
    assert reminder_due(DEADLINE, today, days_before=3) == due


def test_zero_days_before_reminds_on_the_deadline_only():
    assert reminder_due(DEADLINE, date(2026, 5, 14), days_before=0) is None
    assert reminder_due(DEADLINE, DEADLINE, days_before=0) is Reminder.BEFORE


def test_negative_days_are_refused():
    with pytest.raises(ValueError, match="days_before"):
        reminder_due(DEADLINE, DEADLINE, days_before=-1)
