"""M5 standing: a goal score's mid-rank percentile among all areas of the type."""

import pytest

from styra.analysis import AnalysisSettings
from styra.analysis.scores import compute_bounds
from styra.analysis.standing import goal_standings, standings_of
from tests.analysis.frames import catalog, one_year, series, values

AREAS = ["a", "b", "c", "d", "e"]
DEFAULTS = AnalysisSettings()
KPIS = catalog(
    {"kpi_id": "N1", "goal": 1, "polarity": 1, "lower_bound": 0.0, "upper_bound": 100.0},
    {"kpi_id": "N2", "goal": 1, "polarity": -1, "lower_bound": 100.0, "upper_bound": 0.0},
    {"kpi_id": "N3", "goal": 2, "polarity": 1, "lower_bound": 0.0, "upper_bound": 10.0},
)
ROWS = one_year("N1", 2022, {"a": 10.0, "b": 20.0, "c": 30.0, "d": 40.0, "e": 50.0})
ROWS += one_year("N2", 2022, {"a": 90.0, "b": 80.0, "c": 70.0, "d": 60.0, "e": 50.0})
ROWS += one_year("N3", 2022, {"a": 1.0, "b": 1.0, "c": 5.0})


def standings(rows=ROWS, year=2022, settings=DEFAULTS):
    frame = values(rows).drop("gender")
    bounds = compute_bounds(frame, KPIS, AREAS, settings)
    return goal_standings(frame, KPIS, bounds, year, settings)


def test_goal_score_is_the_mean_of_kpi_scores_and_standing_the_percentile():
    s = standings()
    goal_1 = dict(s.filter(s["goal"] == 1).select("area_id", "goal_score").iter_rows())
    assert goal_1 == {"a": 10.0, "b": 20.0, "c": 30.0, "d": 40.0, "e": 50.0}  # (10+10)/2 …
    assert standings_of(s, "a")[1] == (0.0, 5) and standings_of(s, "e")[1] == (100.0, 5)
    assert standings_of(s, "c")[1] == (50.0, 5)


def test_ties_share_the_mid_rank_and_only_areas_with_a_score_count():
    s = standings()
    assert standings_of(s, "a")[2] == (25.0, 3)  # a and b tie at 10: (1.5 − 1)/2
    assert standings_of(s, "c")[2] == (100.0, 3)
    assert 2 not in standings_of(s, "d")


def test_values_older_than_the_max_age_are_left_out():
    rows = ROWS + series("N3", "d", {2015: 9.0})  # 7 years before 2022
    assert 2 not in standings_of(standings(rows), "d")
    lenient = AnalysisSettings(max_value_age=10)
    assert standings_of(standings(rows, settings=lenient), "d")[2][0] == pytest.approx(100.0)
