"""The SDG catalog (goals, targets, global indicators) shipped as data files."""

from styra.sdg.catalog import (
    GOAL_NUMBERS,
    GlobalIndicator,
    Goal,
    SdgCatalog,
    Target,
    UnknownSdgId,
    UnknownTargets,
    load_catalog,
    parse_target_id,
    targets_of_goal,
)

__all__ = [
    "GOAL_NUMBERS",
    "Goal",
    "GlobalIndicator",
    "SdgCatalog",
    "Target",
    "UnknownSdgId",
    "UnknownTargets",
    "load_catalog",
    "parse_target_id",
    "targets_of_goal",
]
