"""M9 on the Swedish 34-target matrix of Weitz et al. (2018), from ../shared/data.

``sweden_weitz2018_targets.csv`` ships per target: ``out_positive_sum`` (Σ of
the row's cells > 0), ``out_negative_sum`` (Σ of the row's cells < 0) and
``in_sum`` — the *signed* column sum Σ_i a_ij (e.g. 7.2: +12 from the targets
that help it, −8 from those that constrain it, in_sum 4). The SEI tool's JSON
carries ``Sum`` (the net row sum) and ``2nd``, which is half of Σ_j Σ_k a_ij·a_jk
*including* the path back to i (k = i); Styra's S_i leaves that path out, as
DESIGN M9 defines it, so 2 · 2nd = S_i + Σ_j a_ij·a_ji.
"""

import json

import pytest

from styra.priorities import InteractionMatrix, analyse_interactions, read_matrix_csv
from tests.shared_data import SHARED_DATA, read_shared_csv

FOLDER = SHARED_DATA / "sdg_interactions"


@pytest.fixture(scope="module")
def matrix() -> InteractionMatrix:
    path = FOLDER / "sweden_weitz2018_matrix_long.csv"
    if not path.is_file():
        pytest.skip(f"the Weitz 2018 matrix is not at {FOLDER}")
    return read_matrix_csv(path)


def test_long_and_wide_files_give_the_same_complete_matrix(matrix):
    wide = FOLDER / "sweden_weitz2018_matrix_wide.csv"
    if not wide.is_file():
        pytest.skip(f"the wide Weitz 2018 matrix is not at {FOLDER}")
    assert read_matrix_csv(wide) == matrix
    assert (len(matrix.targets), len(matrix.cells), matrix.missing_count) == (34, 1122, 0)


def test_sums_equal_the_shipped_row_and_column_sums_for_all_34_targets(matrix):
    shipped = read_shared_csv("sdg_interactions/sweden_weitz2018_targets.csv")
    result = analyse_interactions(matrix)
    assert [row["target"] for row in shipped] == list(matrix.targets)
    ours = {t.target_id: (t.out_positive, t.out_negative, t.in_net) for t in result.targets}
    theirs = {
        row["target"]: (
            int(row["out_positive_sum"]),
            int(row["out_negative_sum"]),
            int(row["in_sum"]),
        )
        for row in shipped
    }
    assert ours == theirs
    seven_two = result.target("7.2")
    assert (seven_two.in_positive, seven_two.in_negative, seven_two.in_net) == (12, -8, 4)


def test_net_sum_and_second_order_agree_with_the_sei_tool(matrix):
    path = FOLDER / "sweden_weitz2018_data_sweden.json"
    if not path.is_file():
        pytest.skip(f"the SEI tool data is not at {FOLDER}")
    tool = json.loads(path.read_text(encoding="utf-8"))
    result = analyse_interactions(matrix)
    for t in result.targets:
        back = sum(
            matrix.cells[(t.target_id, j)].score * matrix.cells[(j, t.target_id)].score
            for j in matrix.targets
            if j != t.target_id
        )
        assert t.out_net == tool[t.target_id]["Sum"], t.target_id
        assert t.second_order + back == 2 * tool[t.target_id]["2nd"], t.target_id


def test_leverage_clusters_and_tradeoffs_on_the_real_matrix(matrix):
    result = analyse_interactions(matrix)
    leverage = result.leverage()
    # net out-influence: 16.6 (+51) is the largest, 17.11 (5 − 14 = −9) the smallest
    assert (leverage["16.6"], leverage["17.11"]) == (1.0, 0.0)
    assert leverage["12.1"] == pytest.approx((43 + 9) / (51 + 9))
    # every target in exactly one cluster; the result does not change between runs
    members = [target for cluster in result.clusters for target in cluster]
    assert sorted(members) == sorted(matrix.targets)
    assert analyse_interactions(matrix).clusters == result.clusters
    # 17.11 (exports from developing countries) counteracts 12 targets, 12.5 and 13.1 by −2
    tradeoffs = result.target("17.11").tradeoffs
    assert len(tradeoffs) == 12
    assert [(t.target_id, t.score) for t in tradeoffs[:2]] == [("12.5", -2), ("13.1", -2)]
