"""M6 Focus gap: focus per goal from tagged steering content, and the blind spots.

Steering content comes in *units*: an accepted document passage or one of the
organisation's own goals (e.g. a nämndmål). Each unit is tagged with the SDG goals
it addresses (possibly several, possibly none).

* share   s_g = (weight of units tagged g) / (weight of all units), where a unit's
  weight is 1 unless weights are given (e.g. the passage's word count);
* focus   f_g = s_g / max_h s_h, so the most-focused goal has 1.0, a goal without
  any tagged unit 0.0, and the others their share relative to it. A unit tagged
  with several goals counts fully for each of them.
* blind spot: a goal in the worst third by challenge and the lowest third by focus.
  A third of n goals is ceil(n / 3) goals; goals tied with the last one in a third
  are in it too. Only goals with both a challenge rank and a focus value count.
"""

import math
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping

GOALS = tuple(range(1, 18))


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
            if goal not in GOALS:
                raise ValueError(f"no SDG goal {goal!r}: goals are numbered 1–17")
            totals[goal] += weight
    top = max(totals.values(), default=0.0)
    if top <= 0:
        return {}
    return {goal: totals[goal] / top for goal in GOALS}


def goal_shares(
    tags: Iterable[Collection[int]], weights: Iterable[float] | None = None
) -> dict[int, float]:
    """The raw shares s_g (before normalising): weight tagged g / weight of all units."""
    tags = list(tags)
    unit_weights = [1.0] * len(tags) if weights is None else [float(w) for w in weights]
    total = sum(unit_weights)
    shares = dict.fromkeys(GOALS, 0.0)
    for goals, weight in zip(tags, unit_weights, strict=True):
        for goal in set(goals):
            shares[goal] += weight / total
    return shares


def third(values: Mapping[int, float], worst_is_low: bool) -> set[int]:
    """The goals in the worst third of ``values`` (ceil(n/3) goals, ties at the edge kept)."""
    if not values:
        return set()
    ordered = sorted(values, key=lambda goal: values[goal], reverse=not worst_is_low)
    edge = values[ordered[math.ceil(len(ordered) / 3) - 1]]
    if worst_is_low:
        return {goal for goal, value in values.items() if value <= edge}
    return {goal for goal, value in values.items() if value >= edge}


def blind_spots(challenge_rank: Mapping[int, float], focus: Mapping[int, float]) -> list[int]:
    """Goals with a big challenge and little focus, biggest challenge first.

    ``challenge_rank``: the M5 goal ranking, 1 = the biggest challenge (goals without
    data left out). ``focus``: ``focus_per_goal``'s result.
    """
    both = set(challenge_rank) & set(focus)
    worst = third({g: challenge_rank[g] for g in both}, worst_is_low=True)
    least = third({g: focus[g] for g in both}, worst_is_low=True)
    return sorted(worst & least, key=lambda goal: (challenge_rank[goal], goal))
