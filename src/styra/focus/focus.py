"""M6 Focus gap: focus per goal from tagged steering content, and the blind spots.

Steering content comes in *units*: an accepted document passage or one of the
organisation's own goals (e.g. a nämndmål). Each unit is tagged with the SDG goals
it addresses (possibly several, possibly none).

* share   s_g = (weight of units tagged g) / (weight of all units), where a unit's
  weight is 1 unless weights are given (e.g. the passage's word count);
* focus   f_g = s_g / max_h s_h, so the most-focused goal has 1.0, a goal without
  any tagged unit 0.0, and the others their share relative to it. A unit tagged
  with several goals counts fully for each of them.
* blind spot: a goal with a big challenge and little focus. Only goals with both a
  challenge rank and a focus value count.
  - big challenge: M5 calls it a major challenge ("stor utmaning"), or it is in the
    worst third by rank;
  - little focus: no unit is tagged with it (focus 0), or it is in the lowest third by
    focus;
  - a third of n goals is ceil(n / 3) goals, counted by rank with ties: a goal is in
    it when the goals at least as bad as it number at most ceil(n / 3). Tied goals are
    all in or all out: a tie group that would cross the edge of the third is left out
    whole (goals tied at focus 0.5 in a small budget are not "little focus").
* too little material: with fewer than ``MIN_UNITS`` units, or fewer than
  ``MIN_TAGGED_UNITS`` tagged ones, one passage more or less moves goals in and out
  of the thirds, so no blind spots are judged (``enough_to_judge``).
"""

import math
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping

from styra.sdg import GOAL_NUMBERS

MIN_UNITS = 8  # passages and own goals
MIN_TAGGED_UNITS = 6  # of those, with at least one goal: a third of 17 goals is 6


def focus_per_goal(
    tags: Iterable[Collection[int]], weights: Iterable[float] | None = None
) -> dict[int, float]:
    """Focus f_g in 0–1 for all 17 goals; empty when no unit is tagged with any goal."""
    tags = list(tags)
    unit_weights = [1.0] * len(tags) if weights is None else [float(w) for w in weights]
    if len(unit_weights) != len(tags):
        raise ValueError(f"{len(tags)} units but {len(unit_weights)} weights")
    totals: defaultdict[int, float] = defaultdict(float)
    for goals, weight in zip(tags, unit_weights, strict=True):
        for goal in set(goals):
            if goal not in GOAL_NUMBERS:
                raise ValueError(f"no SDG goal {goal!r}: goals are numbered 1–17")
            totals[goal] += weight
    top = max(totals.values(), default=0.0)
    if top <= 0:
        return {}
    return {goal: totals[goal] / top for goal in GOAL_NUMBERS}


def goal_shares(
    tags: Iterable[Collection[int]], weights: Iterable[float] | None = None
) -> dict[int, float]:
    """The raw shares s_g (before normalising): weight tagged g / weight of all units."""
    tags = list(tags)
    unit_weights = [1.0] * len(tags) if weights is None else [float(w) for w in weights]
    total = sum(unit_weights)
    shares = dict.fromkeys(GOAL_NUMBERS, 0.0)
    for goals, weight in zip(tags, unit_weights, strict=True):
        for goal in set(goals):
            shares[goal] += weight / total
    return shares


def enough_to_judge(units: int, tagged_units: int) -> bool:
    """Whether the material is big enough to judge blind spots (see the module doc)."""
    return units >= MIN_UNITS and tagged_units >= MIN_TAGGED_UNITS


def third(values: Mapping[int, float], worst_is_low: bool) -> set[int]:
    """The goals in the worst third of ``values``: ceil(n/3) goals, by rank with ties,
    a tie group that would cross the edge left out whole."""
    size = math.ceil(len(values) / 3)

    def at_least_as_bad(value: float) -> int:
        return sum((v <= value) if worst_is_low else (v >= value) for v in values.values())

    return {goal for goal, value in values.items() if at_least_as_bad(value) <= size}


def blind_spots(
    challenge_rank: Mapping[int, float],
    focus: Mapping[int, float],
    major: Collection[int] = (),
) -> list[int]:
    """Goals with a big challenge and little focus, biggest challenge first.

    ``challenge_rank``: the M5 goal ranking, 1 = the biggest challenge (goals without
    data left out). ``focus``: ``focus_per_goal``'s result. ``major``: the goals M5
    calls a major challenge ("stor utmaning"); they count as big whatever their rank.
    Call ``enough_to_judge`` first: with too little material there are none to judge.
    """
    both = set(challenge_rank) & set(focus)
    big = third({g: challenge_rank[g] for g in both}, worst_is_low=True)
    big |= both & set(major)
    little = third({g: focus[g] for g in both}, worst_is_low=True)
    little |= {g for g in both if focus[g] == 0}
    return sorted(big & little, key=lambda goal: (challenge_rank[goal], goal))
