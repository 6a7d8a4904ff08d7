"""The follow-up scale of an action, and the percent each step records as progress.

genomförd (done) 100 %, mer än hälften (more than half) 75 %, påbörjad
(started) 25 %, ej påbörjad (not started) 0 %; ej relevant (not relevant)
records no progress at all (``None``). The order is the scale's, best first.
"""

from enum import StrEnum


class Scale(StrEnum):
    DONE = "done"
    MORE_THAN_HALF = "more_than_half"
    STARTED = "started"
    NOT_STARTED = "not_started"
    NOT_RELEVANT = "not_relevant"


SCALE = tuple(Scale)
PERCENT: dict[Scale, int | None] = {
    Scale.DONE: 100,
    Scale.MORE_THAN_HALF: 75,
    Scale.STARTED: 25,
    Scale.NOT_STARTED: 0,
    Scale.NOT_RELEVANT: None,
}


def percent_of(status: str) -> int | None:
    """The progress a report with ``status`` records; ``None`` for "not relevant"."""
    try:
        return PERCENT[Scale(status)]
    except ValueError:
        raise ValueError(f"unknown status {status!r}: expected one of {[*SCALE]}") from None
