"""Overdue, stalled and late start on hand-picked dates (today: 1 June 2025)."""

from datetime import date

import pytest

from styra.actionplan import Flag, FlagSettings, FlagState, flags

TODAY = date(2025, 6, 1)
OVERDUE, STALLED, LATE = Flag.OVERDUE, Flag.STALLED, Flag.LATE_START


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        # overdue: the end has passed and the action is not done or cancelled
        (FlagState("ongoing", end=date(2025, 5, 31), last_progress=TODAY), (OVERDUE,)),
        (FlagState("delayed", end=date(2025, 5, 31), last_progress=TODAY), (OVERDUE,)),
        (FlagState("ongoing", end=TODAY, last_progress=TODAY), ()),  # ends today: not yet
        (FlagState("done", end=date(2025, 1, 1)), ()),
        (FlagState("cancelled", end=date(2025, 1, 1)), ()),
        # stalled: going on, 60 days or more since the latest entry
        (FlagState("ongoing", last_progress=date(2025, 4, 2)), (STALLED,)),  # 60 days
        (FlagState("ongoing", last_progress=date(2025, 4, 3)), ()),  # 59 days
        (FlagState("delayed", last_progress=date(2025, 1, 1)), (STALLED,)),
        (FlagState("planned", last_progress=date(2025, 1, 1)), ()),
        (FlagState("done", last_progress=date(2025, 1, 1)), ()),
        # ... with no entry, since the start, else since it was created
        (FlagState("ongoing", start=date(2025, 1, 1)), (STALLED,)),
        (FlagState("ongoing", start=date(2025, 5, 1)), ()),
        (FlagState("ongoing", created=date(2025, 1, 1)), (STALLED,)),
        (FlagState("ongoing"), ()),  # nothing to count from
        # late start: still planned after its start date
        (FlagState("planned", start=date(2025, 5, 31)), (LATE,)),
        (FlagState("planned", start=TODAY), ()),
        (FlagState("ongoing", start=date(2025, 5, 31), last_progress=TODAY), ()),
        # several at once, in a fixed order
        (FlagState("planned", start=date(2025, 1, 1), end=date(2025, 3, 1)), (OVERDUE, LATE)),
        (
            FlagState("ongoing", start=date(2024, 1, 1), end=date(2025, 3, 1)),
            (OVERDUE, STALLED),
        ),
    ],
)
def test_flags_on_the_first_of_june(state, expected):
    assert flags(state, TODAY) == expected


def test_the_stalled_threshold_is_a_setting():
    state = FlagState("ongoing", last_progress=date(2025, 5, 2))  # 30 days ago
    assert flags(state, TODAY) == ()
    assert flags(state, TODAY, FlagSettings(stalled_days=30)) == (STALLED,)


def test_bad_settings_and_statuses_are_refused():
    with pytest.raises(ValueError, match="stalled_days"):
        FlagSettings(stalled_days=0)
    with pytest.raises(ValueError, match="unknown status"):
        flags(FlagState("pågår"), TODAY)
