"""The handlingsplan (action plan) as pure functions: hierarchy, roll-up, flags, coverage.

No Django, no clock, no network: "today" is passed in. The web app
(``styra.web.actionplan``) loads actions from the database, calls these and
shows the result. See docs/actionplan.md.
"""

from styra.actionplan.coverage import CoverageItem, GoalCoverage, IndicatorLink, coverage, gaps
from styra.actionplan.flags import (
    ACTIVE,
    CLOSED,
    DEFAULT_STALLED_DAYS,
    STATUSES,
    Flag,
    FlagSettings,
    FlagState,
    flags,
)
from styra.actionplan.hierarchy import (
    LEVELS,
    PARENT_LEVEL,
    CycleError,
    HierarchyError,
    effective_goals,
    goal_of_target,
    parent_level_error,
    tree_order,
)
from styra.actionplan.rollup import DEFAULT_WEIGHT, Node, roll_up

__all__ = [
    "ACTIVE",
    "CLOSED",
    "DEFAULT_STALLED_DAYS",
    "DEFAULT_WEIGHT",
    "LEVELS",
    "PARENT_LEVEL",
    "STATUSES",
    "CoverageItem",
    "CycleError",
    "Flag",
    "FlagSettings",
    "FlagState",
    "GoalCoverage",
    "HierarchyError",
    "IndicatorLink",
    "Node",
    "coverage",
    "effective_goals",
    "flags",
    "gaps",
    "goal_of_target",
    "parent_level_error",
    "roll_up",
    "tree_order",
]
