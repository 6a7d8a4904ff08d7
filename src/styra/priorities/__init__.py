"""Prioritisation (M8) and interactions between targets (M9), as pure functions.

No Django, no clock, no network; files are read only from a path passed in
(``read_matrix_csv``). See docs/methods.md, sections M8 and M9.
"""

from styra.priorities.interactions import (
    InteractionAnalysis,
    TargetInfluence,
    TradeOff,
    analyse_interactions,
    compute_second_order,
    find_clusters,
    list_tradeoffs,
)
from styra.priorities.matrix import Cell, InteractionMatrix
from styra.priorities.matrix_csv import (
    MatrixFileError,
    MatrixProblem,
    parse_long_csv,
    parse_matrix_csv,
    parse_wide_csv,
    read_matrix_csv,
)
from styra.priorities.scaling import invert, scale_min_max, scale_range
from styra.priorities.scoring import (
    CRITERIA,
    DEFAULT_WEIGHTS,
    ItemScore,
    ItemSensitivity,
    Prioritisation,
    Sensitivity,
    Weights,
    WeightVariation,
    analyse_sensitivity,
    renormalise,
    score_items,
)
from styra.priorities.workshop import (
    CriterionSpread,
    ItemVotes,
    VoteAggregate,
    WeightAggregate,
    aggregate_votes,
    aggregate_weights,
)

__all__ = [
    "CRITERIA",
    "DEFAULT_WEIGHTS",
    "Cell",
    "CriterionSpread",
    "InteractionAnalysis",
    "InteractionMatrix",
    "ItemScore",
    "ItemSensitivity",
    "ItemVotes",
    "MatrixFileError",
    "MatrixProblem",
    "Prioritisation",
    "Sensitivity",
    "TargetInfluence",
    "TradeOff",
    "VoteAggregate",
    "WeightAggregate",
    "WeightVariation",
    "Weights",
    "aggregate_votes",
    "aggregate_weights",
    "analyse_interactions",
    "analyse_sensitivity",
    "compute_second_order",
    "find_clusters",
    "invert",
    "list_tradeoffs",
    "parse_long_csv",
    "parse_matrix_csv",
    "parse_wide_csv",
    "read_matrix_csv",
    "renormalise",
    "scale_min_max",
    "scale_range",
    "score_items",
]
