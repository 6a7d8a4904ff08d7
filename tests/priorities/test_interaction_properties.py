"""Properties of M9 on random matrices (hypothesis)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from styra.priorities import InteractionMatrix, analyse_interactions, compute_second_order

IDS = ["1.1", "2.1", "3.1", "4.1", "5.1", "6.1", "7.1"]


@st.composite
def matrices(draw) -> InteractionMatrix:
    n = draw(st.integers(min_value=2, max_value=len(IDS)))
    targets = IDS[:n]
    scores = {}
    for i in targets:
        for j in targets:
            score = draw(st.one_of(st.none(), st.integers(min_value=-3, max_value=3)))
            if i != j and score is not None:
                scores[(i, j)] = score
    return InteractionMatrix.from_scores(targets, scores)


@given(matrices())
def test_second_order_equals_the_double_sum_of_its_definition(matrix):
    def a(i: str, j: str) -> int:
        return matrix.score(i, j) or 0

    expected = {
        i: sum(a(i, j) * a(j, k) for j in matrix.targets for k in matrix.targets if k != i)
        for i in matrix.targets
    }
    assert compute_second_order(matrix) == expected


@settings(deadline=None)
@given(matrices())
def test_sums_leverage_and_clusters_are_consistent(matrix):
    result = analyse_interactions(matrix)
    influences = result.targets
    assert sum(t.out_net for t in influences) == sum(t.in_net for t in influences)
    assert sum(t.missing_out for t in influences) == matrix.missing_count
    assert sum(t.missing_in for t in influences) == matrix.missing_count
    assert all(0 <= t.leverage <= 1 for t in influences)
    nets = [t.out_net for t in influences]
    best = max(range(len(nets)), key=nets.__getitem__)
    assert influences[best].leverage == (1.0 if len(set(nets)) > 1 else 0.5)
    members = [target for cluster in result.clusters for target in cluster]
    assert sorted(members) == sorted(matrix.targets)
    assert all(t.target_id in result.clusters[t.cluster - 1] for t in influences)
    assert all(tradeoff.score < 0 for t in influences for tradeoff in t.tradeoffs)
