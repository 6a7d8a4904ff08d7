"""A follow-up cycle's phase: planned → open → (every report in) reported → closed.

A cycle is **planned** until it is opened, **open** while reports are coming
in, **reported** when it is open and every action asked for has its report,
and **closed** once closed: then it is frozen and nothing in it changes. Only
a planned cycle can be opened; only an open (or fully reported) one closed.
"""

from dataclasses import dataclass
from enum import StrEnum


class Phase(StrEnum):
    PLANNED = "planned"
    OPEN = "open"
    REPORTED = "reported"
    CLOSED = "closed"


class PhaseError(ValueError):
    """A step the cycle's phase does not allow (opening twice, closing a planned one)."""


class Frozen(PhaseError):
    """A change to a closed cycle."""


@dataclass(frozen=True)
class CycleState:
    opened: bool
    closed: bool
    expected: int = 0  # the actions asked for
    reported: int = 0  # those of them with a report


def phase(state: CycleState) -> Phase:
    if state.closed:
        return Phase.CLOSED
    if not state.opened:
        return Phase.PLANNED
    if state.expected and state.reported >= state.expected:
        return Phase.REPORTED
    return Phase.OPEN


def open_(state: CycleState) -> CycleState:
    """The cycle opened; ``PhaseError`` unless it is planned."""
    if phase(state) is not Phase.PLANNED:
        raise PhaseError(f"only a planned cycle can be opened, not one that is {phase(state)}")
    return CycleState(True, False, state.expected, state.reported)


def close(state: CycleState) -> CycleState:
    """The cycle closed (frozen); ``PhaseError`` unless it is open or reported."""
    if phase(state) not in (Phase.OPEN, Phase.REPORTED):
        raise PhaseError(f"only an open cycle can be closed, not one that is {phase(state)}")
    return CycleState(True, True, state.expected, state.reported)


def ensure_open(state: CycleState) -> None:
    """Reports may be saved: ``Frozen`` when closed, ``PhaseError`` when not yet open."""
    current = phase(state)
    if current is Phase.CLOSED:
        raise Frozen("the cycle is closed: its reports can no longer change")
    if current is Phase.PLANNED:
        raise PhaseError("the cycle is not open yet")
