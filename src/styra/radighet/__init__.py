"""Rådighet (mandate, DESIGN §1 1c and §4 M7): what can a kommun or region move itself?

Shipped defaults per SDG target for kommun and region, each with a rationale
(``defaults.csv``), organisation overrides, KPI inheritance and a per-goal
summary. Pure: no Django, no clock. See docs/radighet.md.
"""

from styra.radighet.defaults import (
    COLUMNS,
    MAX_RATIONALE,
    DefaultMandate,
    DefaultsFileError,
    default_level,
    default_levels,
    default_rationale,
    load_defaults,
    parse_defaults,
)
from styra.radighet.levels import (
    AREA_TYPE_NAMES,
    AREA_TYPES,
    LEVEL_LABELS,
    LEVELS,
    check_area_type,
    check_level,
    level_label,
)
from styra.radighet.overrides import InvalidOverride, OverrideChange, effective_levels
from styra.radighet.summary import GoalMandate, goal_summary, kpi_level

__all__ = [
    "AREA_TYPES",
    "AREA_TYPE_NAMES",
    "COLUMNS",
    "LEVELS",
    "LEVEL_LABELS",
    "MAX_RATIONALE",
    "DefaultMandate",
    "DefaultsFileError",
    "GoalMandate",
    "InvalidOverride",
    "OverrideChange",
    "check_area_type",
    "check_level",
    "default_level",
    "default_levels",
    "default_rationale",
    "effective_levels",
    "goal_summary",
    "kpi_level",
    "level_label",
    "load_defaults",
    "parse_defaults",
]
