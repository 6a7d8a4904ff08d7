"""Prioritisation (M8: the criteria per goal, the scoring) and interactions between targets
(M9), as pure functions.

No Django, no clock, no network; files are read only from a path passed in
(``read_matrix_csv``). See docs/methods.md, sections M8 and M9.
"""

from styra.priorities.criteria import (
    Criterion,
    GoalCriteria,
    GoalValues,
    all_goals,
    challenge_from_goals,
    focus_gap_from_focus,
    leverage_from_targets,
    mandate_from_levels,
    strategic_from_weights,
)
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
    "Criterion",
    "CriterionSpread",
    "GoalCriteria",
    "GoalValues",
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
    "all_goals",
    "analyse_sensitivity",
    "challenge_from_goals",
    "compute_second_order",
    "find_clusters",
    "focus_gap_from_focus",
    "invert",
    "leverage_from_targets",
    "list_tradeoffs",
    "mandate_from_levels",
    "parse_long_csv",
    "parse_matrix_csv",
    "parse_wide_csv",
    "read_matrix_csv",
    "renormalise",
    "scale_min_max",
    "scale_range",
    "score_items",
    "strategic_from_weights",
]
