"""M10: the peers with the largest oriented 5-year Theil–Sen improvement, and their level."""

import pytest

from styra.analysis import AnalysisSettings, explicit, learn_from_peers
from tests.analysis.frames import series, values

ROWS = (
    series("N1", "a", {2018: 10.0, 2019: 12.0, 2020: 14.0, 2021: 16.0, 2022: 18.0})  # +2/yr
    + series("N1", "b", {2020: 10.0, 2021: 10.5, 2022: 11.0})  # +0.5/yr
    + series("N1", "c", {2018: 20.0, 2019: 19.0, 2020: 18.0, 2021: 17.0, 2022: 16.0})  # −1/yr
    + series("N1", "d", {2021: 5.0, 2022: 9.0})  # too little data
    + series("N1", "x", {2020: 0.0, 2021: 50.0, 2022: 100.0})  # not in the set
)
PEERS = explicit(["a", "b", "c", "d"], "nätverket")


def test_best_improvers_first_with_level_now():
    result = learn_from_peers(values(ROWS), "N1", 1, PEERS, 2022, AnalysisSettings())
    assert [p.area_id for p in result.peers] == ["a", "b"]  # c got worse: not a peer
    assert result.peers[0].improvement == pytest.approx(2.0)
    assert (result.peers[0].value, result.peers[0].value_year) == (18.0, 2022)
    assert (result.reference_size, result.too_little_data) == (4, 1)
    assert result.reference_label == "nätverket"


def test_lower_is_better_turns_the_order():
    result = learn_from_peers(values(ROWS), "N1", -1, PEERS, 2022, AnalysisSettings())
    assert [p.area_id for p in result.peers] == ["c"]  # only c went down
    assert result.peers[0].improvement == pytest.approx(1.0)


def test_window_is_five_years_up_to_the_year():
    result = learn_from_peers(values(ROWS), "N1", 1, PEERS, 2021, AnalysisSettings(peer_count=1))
    assert [p.area_id for p in result.peers] == ["a"]
    assert result.peers[0].value_year == 2021


def test_nobody_improved_means_no_peers():
    flat = series("N1", "a", {2020: 5.0, 2021: 5.0, 2022: 5.0})
    result = learn_from_peers(values(flat), "N1", 1, explicit(["a"]), 2022, AnalysisSettings())
    assert (result.peers, result.reference_size, result.too_little_data) == ((), 1, 0)


def test_neutral_kpi_ranks_nobody():
    assert learn_from_peers(values(ROWS), "N1", 0, PEERS, 2022, AnalysisSettings()).peers == ()
