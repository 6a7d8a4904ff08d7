"""Values older than the max age, and totals that grow with size, get no colour or score.

They are shown (value, year, trend) but left out of M1 colour, M2 score, M5
standing and the index; the analysis also says how old its newest data is.
"""

import pytest

from styra.analysis import AnalysisSettings, analyse_area
from tests.analysis.frames import areas, catalog, one_year, series, values

KOMMUNER = ["a", "b", "c", "d", "e"]
CATALOG = catalog(
    {"kpi_id": "N1", "goal": 2, "polarity": 1},
    {"kpi_id": "N2", "goal": 13, "polarity": -1},
)
ROWS = (
    series("N1", "a", {2012: 1.0, 2013: 2.0, 2014: 3.0})  # a's newest N1 value: 2014
    + one_year("N1", 2014, {"b": 4.0, "c": 5.0, "d": 6.0, "e": 7.0})
    + one_year("N1", 2022, {"b": 2.0, "c": 3.0, "d": 4.0, "e": 5.0})
    + one_year("N2", 2022, {"a": 900.0, "b": 10.0, "c": 20.0, "d": 30.0, "e": 40.0})
    + series("N2", "a", {2019: 1200.0, 2020: 1100.0, 2021: 1000.0})
)


DEFAULTS = AnalysisSettings()


def analyse(area="a", settings=DEFAULTS, totals=False):
    kpis = CATALOG.with_columns(comparable=CATALOG["kpi_id"] != "N2") if totals else CATALOG
    return analyse_area(values(ROWS), kpis, areas(KOMMUNER), area, 2022, settings=settings)


def kpi(analysis, kpi_id):
    return next(k for k in analysis.kpis if k.kpi_id == kpi_id)


def test_a_value_older_than_the_max_age_is_shown_but_not_judged():
    n1 = kpi(analyse(), "N1")
    assert (n1.value, n1.value_year, n1.too_old) == (3.0, 2014, True)
    assert (n1.colour, n1.percentile, n1.score) == ("none", None, None)
    goal = next(g for g in analyse().goals if g.goal == 2)
    assert (goal.n_too_old, goal.n_scored, goal.standing) == (1, 0, None)


def test_a_longer_max_age_judges_it_again():
    n1 = kpi(analyse(settings=AnalysisSettings(max_value_age=10)), "N1")
    assert not n1.too_old and n1.colour == "red" and n1.score is not None


def test_a_total_gets_a_trend_but_no_position_or_score():
    n2 = kpi(analyse(totals=True), "N2")
    assert (n2.colour, n2.percentile, n2.score, n2.comparable) == ("none", None, None, False)
    assert n2.trend_class == "improving"  # 1200 → 900 tonnes, lower is better
    assert kpi(analyse(), "N2").colour == "red"  # compared, the biggest emitter is last


@pytest.mark.parametrize(("today", "old"), [(2022, False), (2024, False), (2025, True)])
def test_the_analysis_says_when_its_data_is_old(today, old):
    analysis = analyse()
    assert analysis.data_year == 2022
    assert analysis.is_data_old(today) is old
