"""What is wrong with one answer: a ``Problem`` per fault, ``InvalidAnswer`` for many.

The checks (``check_ranking``, ``check_allocation``) return the problems so
that a form can show them; the aggregations raise ``InvalidAnswer`` naming the
answer (1-based, in the order given) so that a bad stored answer never gives
a half-made result. ``code`` is stable (a web form may translate by it);
``message`` is plain Swedish.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeGuard


@dataclass(frozen=True)
class Problem:
    code: str  # e.g. "unknown_item", "wrong_total"
    item: str | None  # the goal or item the problem is about, if one
    message: str  # in Swedish, plain language

    def __str__(self) -> str:
        return self.message


class InvalidAnswer(ValueError):
    """Answer number ``number`` (1-based) has ``problems``."""

    def __init__(self, number: int, problems: Sequence[Problem]) -> None:
        self.number = number
        self.problems = tuple(problems)
        super().__init__(f"svar {number}: " + "; ".join(p.message for p in self.problems))


def raise_first_invalid(problem_lists: Sequence[Sequence[Problem]]) -> None:
    """Raise ``InvalidAnswer`` for the first answer with problems, if any."""
    for number, problems in enumerate(problem_lists, start=1):
        if problems:
            raise InvalidAnswer(number, problems)


def is_whole(value: object) -> TypeGuard[int | float]:
    """An int (not a bool), or a float with a whole value (JSON may give 40.0)."""
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
