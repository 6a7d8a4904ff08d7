"""Maturity self-assessment of steering with Agenda 2030 (DESIGN §1 1e: organisation and culture).

Seven dimensions, each on a 0–4 scale described in Swedish (``dimensions.yaml``),
aggregation of a round's answers per dimension (median, min, max, quartiles,
the flags "low" and "disagreement"; shown only from ``MIN_RESPONDENTS`` answers),
change between rounds and suggestions for low dimensions. Pure: no Django, no clock.
See docs/maturity.md.
"""

from styra.maturity.dimensions import (
    Dimension,
    DimensionsFileError,
    dimension_ids,
    load_dimensions,
    parse_dimensions,
)
from styra.maturity.scale import (
    DISAGREEMENT_SPREAD,
    LEVEL_NAMES,
    LEVELS,
    LOW_MEDIAN,
    MIN_RESPONDENTS,
    check_level,
    level_name,
)
from styra.maturity.summary import (
    DimensionChange,
    DimensionSummary,
    compare_rounds,
    disclosable,
    hinges,
    history,
    median,
    summarise_levels,
    summarise_round,
)

__all__ = [
    "DISAGREEMENT_SPREAD",
    "LEVELS",
    "LEVEL_NAMES",
    "LOW_MEDIAN",
    "MIN_RESPONDENTS",
    "Dimension",
    "DimensionChange",
    "DimensionSummary",
    "DimensionsFileError",
    "check_level",
    "compare_rounds",
    "disclosable",
    "dimension_ids",
    "hinges",
    "history",
    "level_name",
    "load_dimensions",
    "median",
    "parse_dimensions",
    "summarise_levels",
    "summarise_round",
]
