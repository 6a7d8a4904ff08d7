"""Medborgardialog results (issue 16, docs/methods.md "M11 Dialogue results"), pure.

Aggregations of the answers a dialogue got, one module per question kind:
``rankings`` (goal rankings: Borda share, mean rank), ``points`` (distribute
100 points), ``choices`` (single and multiple choice), ``scale``, ``matrix``;
``bootstrap`` gives the 95 % percentile intervals (participants resampled,
seeded: the same answers give the same interval), ``groups`` the breakdown by a
background variable for groups of at least ``MIN_GROUP`` (10) answers only.
M8's citizens criterion from a goal ranking is
``styra.priorities.criteria.citizens_from_ranking``.

No Django, no clock, no network. Results are frozen dataclasses of plain values
(``dataclasses.asdict`` gives JSON-safe data).
"""

from styra.dialogue.bootstrap import (
    LEVEL,
    RESAMPLES,
    SEED,
    Interval,
    bootstrap_means,
    bootstrap_sums,
    percentile,
)
from styra.dialogue.choices import ChoiceResult, OptionCount, count_choices
from styra.dialogue.groups import (
    MIN_GROUP,
    OTHER,
    Breakdown,
    Group,
    GroupTable,
    group_table,
    split_groups,
)
from styra.dialogue.matrix import MatrixResult, MatrixRow, count_matrix
from styra.dialogue.points import (
    TOTAL_POINTS,
    ItemPoints,
    PointsResult,
    aggregate_points,
    check_allocation,
)
from styra.dialogue.problems import InvalidAnswer, Problem
from styra.dialogue.rankings import GoalRank, RankingResult, aggregate_rankings, check_ranking
from styra.dialogue.scale import ScaleResult, ScaleValue, summarise_scale

__all__ = [
    "LEVEL",
    "MIN_GROUP",
    "OTHER",
    "RESAMPLES",
    "SEED",
    "TOTAL_POINTS",
    "Breakdown",
    "ChoiceResult",
    "GoalRank",
    "Group",
    "GroupTable",
    "InvalidAnswer",
    "Interval",
    "ItemPoints",
    "MatrixResult",
    "MatrixRow",
    "OptionCount",
    "PointsResult",
    "Problem",
    "RankingResult",
    "ScaleResult",
    "ScaleValue",
    "aggregate_points",
    "aggregate_rankings",
    "bootstrap_means",
    "bootstrap_sums",
    "check_allocation",
    "check_ranking",
    "count_choices",
    "count_matrix",
    "percentile",
    "group_table",
    "split_groups",
    "summarise_scale",
]
