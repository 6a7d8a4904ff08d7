"""How many actions per goal stand at each step of the scale, and how many lack a report.

An action counts under each goal it serves (an action for 7.2 and 13.2 counts
under 7 and 13); an action asked for without a report counts as missing.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from styra.followup.scale import SCALE, Scale


@dataclass
class GoalCount:
    goal: int
    by_status: dict[Scale, int] = field(default_factory=lambda: dict.fromkeys(SCALE, 0))
    missing: int = 0

    @property
    def total(self) -> int:
        return sum(self.by_status.values()) + self.missing


def count_by_goal(
    goals: Mapping[object, Iterable[int]], statuses: Mapping[object, str]
) -> list[GoalCount]:
    """Per goal (in order) the count of each status among the actions asked for.

    ``goals``: action id → the goals it serves (the actions asked for);
    ``statuses``: action id → its reported status (absent: not reported).
    """
    counts: dict[int, GoalCount] = {}
    for action_id, its_goals in goals.items():
        status = statuses.get(action_id)
        for goal in its_goals:
            count = counts.setdefault(goal, GoalCount(goal))
            if status is None:
                count.missing += 1
            else:
                count.by_status[Scale(status)] += 1
    return [counts[goal] for goal in sorted(counts)]
