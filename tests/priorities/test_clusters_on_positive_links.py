"""M9 clusters: greedy modularity communities on the positive links, deterministic."""

from styra.priorities import InteractionMatrix, analyse_interactions, find_clusters
from tests.priorities.matrices import FOUR


def test_two_reinforcing_pairs_form_two_clusters():
    # positive links 1.1–1.2 (3 + 3) and 2.1–2.2 (3 + 2); between them only 0 and negatives
    assert find_clusters(FOUR) == (("1.1", "1.2"), ("2.1", "2.2"))
    assert [t.cluster for t in analyse_interactions(FOUR).targets] == [1, 1, 2, 2]


def test_negative_links_do_not_join_clusters():
    matrix = InteractionMatrix.from_scores(
        ["1.1", "1.2", "2.1"],
        {("1.1", "1.2"): 2, ("1.1", "2.1"): -3, ("2.1", "1.1"): -3, ("2.1", "1.2"): -2},
    )
    assert find_clusters(matrix) == (("1.1", "1.2"), ("2.1",))


def test_no_positive_links_gives_one_cluster_per_target():
    matrix = InteractionMatrix.from_scores(["1.1", "2.1", "3.1"], {("1.1", "2.1"): 0})
    assert find_clusters(matrix) == (("1.1",), ("2.1",), ("3.1",))


def test_clusters_are_the_same_on_every_run():
    assert {find_clusters(FOUR) for _ in range(5)} == {find_clusters(FOUR)}
