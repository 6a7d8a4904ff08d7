"""M10: for a KPI measured every fourth year, improvement is measured between elections."""

import pytest

from styra.analysis import AnalysisSettings, explicit, learn_from_peers
from tests.analysis.frames import every_fourth_year, series, values

S = AnalysisSettings()
TURNOUT = {
    "a": (60.0, 64.0, 68.0),  # +1 per year
    "b": (70.0, 72.0, 74.0),  # +0.5
    "c": (80.0, 78.0, 76.0),  # worse: not a peer
    "d": (50.0, 50.4, 50.8),  # +0.1
    "e": (55.0, 56.0, 56.0),  # median of +1/4, 0, +1/8
}
ELECTION_ROWS = [row for a, r in TURNOUT.items() for row in every_fourth_year("E1", a, r)]


def test_peers_improved_between_the_last_three_elections():
    result = learn_from_peers(values(ELECTION_ROWS), "E1", 1, explicit(list(TURNOUT)), 2022, S)
    assert [p.area_id for p in result.peers] == ["a", "b", "e", "d"]
    assert [p.improvement for p in result.peers] == pytest.approx([1.0, 0.5, 0.125, 0.1])
    assert (result.measured_every, result.first_year) == (4, 2014)
    assert not result.cannot_be_judged


def test_the_other_areas_still_tell_the_years_between_elections():
    two = explicit(["a", "b"], "grannar")  # two areas alone could not tell a repeated year
    result = learn_from_peers(values(ELECTION_ROWS), "E1", 1, two, 2022, S)
    assert [p.improvement for p in result.peers] == pytest.approx([1.0, 0.5])


def test_two_elections_cannot_be_judged_instead_of_zeros():
    later = [row for row in ELECTION_ROWS if row[2] >= 2018]  # measured 2018 and 2022 only
    result = learn_from_peers(values(later), "E1", 1, explicit(list(TURNOUT)), 2022, S)
    assert result.peers == () and result.cannot_be_judged
    assert (result.measured_every, result.reference_size, result.too_little_data) == (4, 5, 5)


def test_a_yearly_kpi_has_no_measurement_cycle():
    yearly = series("N1", "a", {2018: 1.0, 2019: 2.0, 2020: 3.0, 2021: 4.0, 2022: 5.0})
    result = learn_from_peers(values(yearly), "N1", 1, explicit(["a"]), 2022, S)
    assert (result.measured_every, result.first_year, result.cannot_be_judged) == (
        None,
        2018,
        False,
    )
    assert result.peers[0].improvement == pytest.approx(1.0)
