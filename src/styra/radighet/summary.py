"""What rådighet says about a KPI and about a goal.

A KPI inherits the **highest** level among the targets it follows: if the
organisation has its own responsibility for one of them, it has a direct lever on
what the KPI measures (docs/radighet.md explains the choice). A KPI that follows
no target has no rådighet (``None``), never 0.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from styra.radighet.levels import LEVELS
from styra.sdg import UnknownSdgId, parse_target_id


@dataclass(frozen=True)
class GoalMandate:
    """Rådighet over one goal: how many of its targets sit on each level, and the mean."""

    goal: int
    targets: int
    mean_level: float
    counts: tuple[int, int, int, int]  # counts[level]: targets on level 0, 1, 2, 3

    def count(self, level: int) -> int:
        return self.counts[level]


def _level_of(target_id: str, levels: Mapping[str, int]) -> int:
    try:
        normalised = parse_target_id(target_id)
    except ValueError as error:
        raise UnknownSdgId(str(error)) from None
    if normalised not in levels:
        raise UnknownSdgId(f"no rådighet level for target {target_id!r}")
    return levels[normalised]


def kpi_level(target_ids: Iterable[str], levels: Mapping[str, int]) -> int | None:
    """The level a KPI inherits: the maximum over its targets; ``None`` if it has none."""
    if isinstance(target_ids, str):
        raise TypeError("give a KPI's target ids as a list or tuple, not one string")
    inherited = [_level_of(target_id, levels) for target_id in target_ids]
    return max(inherited) if inherited else None


def goal_summary(levels: Mapping[str, int]) -> tuple[GoalMandate, ...]:
    """Per goal (in goal order): targets counted per level and the mean level.

    Only goals with at least one target in ``levels`` are listed.
    """
    by_goal: dict[int, list[int]] = {}
    for target_id, level in levels.items():
        goal = int(parse_target_id(target_id).split(".")[0])
        by_goal.setdefault(goal, []).append(level)
    summaries = []
    for goal in sorted(by_goal):
        goal_levels = by_goal[goal]
        counts = tuple(goal_levels.count(level) for level in LEVELS)
        summaries.append(
            GoalMandate(
                goal=goal,
                targets=len(goal_levels),
                mean_level=sum(goal_levels) / len(goal_levels),
                counts=(counts[0], counts[1], counts[2], counts[3]),
            )
        )
    return tuple(summaries)
