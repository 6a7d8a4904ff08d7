"""The SDG catalog (goals, targets, global indicators) shipped as data files."""

from styra.sdg.catalog import (
    GlobalIndicator,
    Goal,
    SdgCatalog,
    Target,
    UnknownSdgId,
    load_catalog,
    parse_target_id,
    targets_of_goal,
)

__all__ = [
    "Goal",
    "GlobalIndicator",
    "SdgCatalog",
    "Target",
    "UnknownSdgId",
    "load_catalog",
    "parse_target_id",
    "targets_of_goal",
]
