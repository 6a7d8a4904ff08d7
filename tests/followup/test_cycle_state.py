"""A cycle goes planned → open → reported → closed, and a closed cycle is frozen."""

import pytest

from styra.followup import CycleState, Frozen, Phase, PhaseError, close, ensure_open, open_, phase


def test_a_cycle_goes_from_planned_to_open_to_reported_to_closed():
    planned = CycleState(opened=False, closed=False, expected=2, reported=0)
    assert phase(planned) is Phase.PLANNED
    opened = open_(planned)
    assert phase(opened) is Phase.OPEN
    half = CycleState(True, False, expected=2, reported=1)
    assert phase(half) is Phase.OPEN
    everything = CycleState(True, False, expected=2, reported=2)
    assert phase(everything) is Phase.REPORTED
    assert phase(close(everything)) is Phase.CLOSED


def test_an_open_cycle_with_nothing_asked_is_open_not_reported():
    assert phase(CycleState(True, False, expected=0, reported=0)) is Phase.OPEN


def test_an_open_cycle_may_be_closed_before_everything_is_reported():
    assert phase(close(CycleState(True, False, expected=3, reported=1))) is Phase.CLOSED


def test_a_closed_cycle_is_frozen():
    closed = CycleState(True, True, expected=2, reported=1)
    with pytest.raises(Frozen):
        ensure_open(closed)
    with pytest.raises(PhaseError):
        close(closed)
    with pytest.raises(PhaseError):
        open_(closed)


def test_reports_wait_until_the_cycle_opens_and_it_opens_once():
    planned = CycleState(False, False)
    with pytest.raises(PhaseError) as refused:
        ensure_open(planned)
    assert not isinstance(refused.value, Frozen)
    with pytest.raises(PhaseError):
        close(planned)
    with pytest.raises(PhaseError):
        open_(open_(planned))
    ensure_open(open_(planned))  # no error: reports may be saved
