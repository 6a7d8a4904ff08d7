"""Single and multiple choice: how many chose each option, of how many answering.

An answer is one option (single choice) or a list of options (multiple
choice; an option listed twice counts once). ``share`` is the count over the
answers counted, so the shares of a multiple choice may add up to more than 1.
An option an answer gives that the question no longer offers is counted too,
after the offered ones in the order first met: nothing given is dropped.
"""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class OptionCount:
    option: str
    count: int
    share: float | None  # count / answered; None when nobody answered
    offered: bool = True  # False: an option no longer in the question


@dataclass(frozen=True)
class ChoiceResult:
    answered: int
    options: tuple[OptionCount, ...]  # offered order, then others in the order first met

    def count(self, option: str) -> int:
        return next((o.count for o in self.options if o.option == option), 0)


def count_choices(answers: Sequence[str | Sequence[str]], offered: Sequence[str]) -> ChoiceResult:
    """Count and share per option; a ``str`` answer is one choice, a list several."""
    counts: Counter[str] = Counter()
    for number, answer in enumerate(answers, start=1):
        chosen = [answer] if isinstance(answer, str) else answer
        if not isinstance(chosen, list | tuple) or not all(isinstance(c, str) for c in chosen):
            raise ValueError(f"svar {number}: ett val måste vara text eller en lista med text")
        counts.update(list(dict.fromkeys(chosen)))  # each option once
    n = len(answers)
    known = set(offered)
    others = [option for option in counts if option not in known]
    return ChoiceResult(
        n,
        tuple(
            OptionCount(option, counts[option], counts[option] / n if n else None, is_offered)
            for options, is_offered in ((offered, True), (others, False))
            for option in options
        ),
    )
