"""M9 interactions (SEI "SDG Synergies", Weitz et al. 2018): influence, clusters, trade-offs.

For a matrix A over n targets (``a_ij`` = how progress on i influences j):

- out-influence O_i = Σ_j a_ij, reported as its positive part (Σ of the cells
  > 0) and negative part (Σ of the cells < 0); in-influence I_j = Σ_i a_ij,
  likewise. Only scored cells are summed; each target reports how many of its
  cells are still missing.
- second order S_i = Σ_j Σ_{k≠i} a_ij · a_jk (the influence i exerts through
  the targets it influences, not counting the path back to i), computed as
  S_i = Σ_j a_ij · (O_j − a_ji) with a missing cell contributing nothing.
- clusters: communities of targets that reinforce each other, found by greedy
  modularity maximisation (Clauset–Newman–Moore, networkx) on the undirected
  graph whose edge i–j weighs max(a_ij, 0) + max(a_ji, 0). The algorithm has no
  randomness, so the clusters are deterministic for a given matrix. Targets
  with no positive link form clusters of their own.
- trade-offs of i: the targets it counteracts (a_ij < 0), worst first.
- leverage: the net out-influence O_i scaled min–max to 0–1 across the
  matrix's targets (all equal → 0.5), the M8 criterion.
"""

from dataclasses import dataclass

from styra.priorities.matrix import Cell, InteractionMatrix
from styra.priorities.matrix_csv import (
    MatrixFileError,
    MatrixProblem,
    parse_long_csv,
    parse_matrix_csv,
    parse_wide_csv,
    read_matrix_csv,
)
from styra.priorities.scaling import scale_min_max

__all__ = [
    "Cell",
    "InteractionAnalysis",
    "InteractionMatrix",
    "MatrixFileError",
    "MatrixProblem",
    "TargetInfluence",
    "TradeOff",
    "analyse_interactions",
    "compute_second_order",
    "find_clusters",
    "list_tradeoffs",
    "parse_long_csv",
    "parse_matrix_csv",
    "parse_wide_csv",
    "read_matrix_csv",
]


@dataclass(frozen=True)
class TradeOff:
    target_id: str  # the target counteracted
    score: int  # −1…−3
    rationale: str


@dataclass(frozen=True)
class TargetInfluence:
    target_id: str
    out_positive: int
    out_negative: int  # ≤ 0
    in_positive: int
    in_negative: int  # ≤ 0
    second_order: int
    missing_out: int  # cells of this target's row not yet scored
    missing_in: int  # cells of its column not yet scored
    leverage: float  # 0–1
    cluster: int  # 1-based index into InteractionAnalysis.clusters
    tradeoffs: tuple[TradeOff, ...]

    @property
    def out_net(self) -> int:
        return self.out_positive + self.out_negative

    @property
    def in_net(self) -> int:
        return self.in_positive + self.in_negative


@dataclass(frozen=True)
class InteractionAnalysis:
    targets: tuple[TargetInfluence, ...]  # in the matrix's order
    clusters: tuple[tuple[str, ...], ...]  # largest first
    pair_count: int
    missing_count: int

    def target(self, target_id: str) -> TargetInfluence:
        for influence in self.targets:
            if influence.target_id == target_id:
                return influence
        raise KeyError(target_id)

    def leverage(self) -> dict[str, float]:
        """Target id → leverage 0–1, the M8 criterion."""
        return {influence.target_id: influence.leverage for influence in self.targets}


def analyse_interactions(matrix: InteractionMatrix) -> InteractionAnalysis:
    """Influence sums, second order, clusters, trade-offs and leverage of every target."""
    out_sums = {target: _signed_sums(matrix, target, outgoing=True) for target in matrix.targets}
    in_sums = {target: _signed_sums(matrix, target, outgoing=False) for target in matrix.targets}
    second = compute_second_order(matrix)
    leverage = scale_min_max({t: float(pos + neg) for t, (pos, neg, _) in out_sums.items()})
    clusters = find_clusters(matrix)
    cluster_of = {target: n for n, members in enumerate(clusters, 1) for target in members}
    influences = tuple(
        TargetInfluence(
            target_id=target,
            out_positive=out_sums[target][0],
            out_negative=out_sums[target][1],
            in_positive=in_sums[target][0],
            in_negative=in_sums[target][1],
            second_order=second[target],
            missing_out=out_sums[target][2],
            missing_in=in_sums[target][2],
            leverage=leverage[target] or 0.0,
            cluster=cluster_of[target],
            tradeoffs=list_tradeoffs(matrix, target),
        )
        for target in matrix.targets
    )
    return InteractionAnalysis(influences, clusters, matrix.pair_count, matrix.missing_count)


def compute_second_order(matrix: InteractionMatrix) -> dict[str, int]:
    """S_i = Σ_j Σ_{k≠i} a_ij · a_jk for every target i; missing cells add nothing."""
    out_net = {
        source: sum(_score_or_0(matrix, source, target) for target in matrix.targets)
        for source in matrix.targets
    }
    return {
        i: sum(
            a_ij * (out_net[j] - _score_or_0(matrix, j, i))
            for j in matrix.targets
            if (a_ij := _score_or_0(matrix, i, j))
        )
        for i in matrix.targets
    }


def find_clusters(matrix: InteractionMatrix) -> tuple[tuple[str, ...], ...]:
    """Communities on the positive links (greedy modularity), largest first, members in order."""
    import networkx as nx  # imported here: it takes a quarter of a second to load
    from networkx.algorithms.community import greedy_modularity_communities

    graph = nx.Graph()
    graph.add_nodes_from(matrix.targets)
    for (source, target), cell in matrix.cells.items():
        if cell.score > 0:
            weight = graph.get_edge_data(source, target, {"weight": 0})["weight"]
            graph.add_edge(source, target, weight=weight + cell.score)
    position = {target: index for index, target in enumerate(matrix.targets)}
    communities = [
        tuple(sorted(community, key=position.__getitem__))
        for community in greedy_modularity_communities(graph, weight="weight")
    ]
    return tuple(sorted(communities, key=lambda members: (-len(members), position[members[0]])))


def list_tradeoffs(matrix: InteractionMatrix, target_id: str) -> tuple[TradeOff, ...]:
    """The targets that progress on ``target_id`` counteracts (a_ij < 0), worst first."""
    if target_id not in matrix.targets:
        raise KeyError(target_id)
    found = [
        TradeOff(other, cell.score, cell.rationale)
        for (source, other), cell in matrix.cells.items()
        if source == target_id and cell.score < 0
    ]
    position = {target: index for index, target in enumerate(matrix.targets)}
    return tuple(sorted(found, key=lambda t: (t.score, position[t.target_id])))


def _signed_sums(matrix: InteractionMatrix, target: str, *, outgoing: bool) -> tuple[int, int, int]:
    """(positive part, negative part, missing cells) of a target's row or column."""
    scores = [
        matrix.score(target, other) if outgoing else matrix.score(other, target)
        for other in matrix.targets
        if other != target
    ]
    present = [score for score in scores if score is not None]
    positive = sum(score for score in present if score > 0)
    negative = sum(score for score in present if score < 0)
    return positive, negative, len(scores) - len(present)


def _score_or_0(matrix: InteractionMatrix, source: str, target: str) -> int:
    score = matrix.score(source, target)
    return 0 if score is None else score
