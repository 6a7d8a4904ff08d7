"""The nulägesanalys engine (DESIGN §4 M1–M5, M10, gender gap): pure functions over frames.

Never imports Django or the web package, never reads the clock or the network:
the year is always passed in. See docs/methods.md.
"""

from styra.analysis.area import AreaAnalysis, analyse_area
from styra.analysis.batch import Batch, analyse_all
from styra.analysis.gender import GenderGap, compute_gender_gaps
from styra.analysis.goals import GoalResult, rank_goals
from styra.analysis.kpis import KpiResult
from styra.analysis.outlook import Outlook, compute_outlook
from styra.analysis.peers import Peer, PeerComparison, learn_from_peers
from styra.analysis.position import compute_positions
from styra.analysis.reference import (
    ReferenceSet,
    UnknownIdError,
    all_of_type,
    explicit,
    kommungrupp,
    municipality_group,
    network,
)
from styra.analysis.scores import compute_bounds
from styra.analysis.settings import AnalysisSettings
from styra.analysis.target_status import (
    TargetCounts,
    goal_target_counts,
    needed_path,
    target_status,
)
from styra.analysis.trends import compute_trends, theil_sen

__all__ = [
    "AnalysisSettings",
    "AreaAnalysis",
    "Batch",
    "GenderGap",
    "GoalResult",
    "KpiResult",
    "Outlook",
    "Peer",
    "PeerComparison",
    "ReferenceSet",
    "TargetCounts",
    "UnknownIdError",
    "all_of_type",
    "analyse_all",
    "analyse_area",
    "compute_bounds",
    "compute_gender_gaps",
    "compute_outlook",
    "compute_positions",
    "compute_trends",
    "explicit",
    "goal_target_counts",
    "kommungrupp",
    "learn_from_peers",
    "municipality_group",
    "needed_path",
    "network",
    "rank_goals",
    "target_status",
    "theil_sen",
]
