"""M3: values Kolada only repeats between measurements (every fourth year) are no points."""

import polars as pl
import pytest

from styra.analysis import AnalysisSettings, analyse_all, analyse_area, compute_trends
from styra.analysis.measurements import carried_years
from tests.analysis.frames import areas, catalog, every_fourth_year, polarity, series, values

S = AnalysisSettings()

TURNOUT = {
    "a": (60.0, 64.0, 68.0),  # +1 per year
    "b": (70.0, 72.0, 74.0),  # +0.5
    "c": (80.0, 78.0, 76.0),  # −0.5
    "d": (50.0, 50.4, 50.8),  # +0.1
    "e": (55.0, 56.0, 56.0),  # the same result twice is still a measurement
}
YEARLY = {  # a yearly KPI: a steady rise, and a kommun at 0 every year
    "a": {year: float(year - 2010) for year in range(2014, 2023)},
    "b": {year: 2.0 * (year - 2010) for year in range(2014, 2023)},
    "c": {year: 0.0 for year in range(2014, 2023)},
    "d": {year: 5.0 for year in range(2014, 2023)},
    "e": {year: 7.0 for year in range(2014, 2023)},
}
ROWS = [row for a, r in TURNOUT.items() for row in every_fourth_year("E1", a, r)]
ROWS += [row for a, by_year in YEARLY.items() for row in series("Y1", a, by_year)]


def trends() -> dict[tuple, dict]:
    result = compute_trends(values(ROWS), polarity(E1=1, Y1=1), S)
    return {(r["kpi_id"], r["area_id"], r["year"]): r for r in result.iter_rows(named=True)}


def test_years_between_elections_are_told_from_all_areas():
    carried = carried_years(values(ROWS).lazy()).filter(pl.col("carried")).collect()
    assert set(carried.filter(kpi_id="E1")["year"]) == {2015, 2016, 2017, 2019, 2020, 2021}
    assert carried.filter(kpi_id="Y1").is_empty()  # three constant kommuner of five are not 90 %


def test_trend_of_an_election_kpi_is_the_change_between_the_last_three_elections():
    result = trends()
    assert result["E1", "a", 2022]["trend_slope"] == pytest.approx(1.0)
    assert result["E1", "a", 2022]["trend_values"] == 3
    assert result["E1", "a", 2022]["trend_class"] == "improving"
    assert result["E1", "c", 2022]["trend_slope"] == pytest.approx(-0.5)
    assert result["E1", "e", 2022]["trend_slope"] == pytest.approx(0.125)  # median of 1/4, 0, 1/8


def test_a_repeated_year_has_the_trend_of_the_election_it_repeats():
    result = trends()
    assert result["E1", "a", 2021]["trend_class"] == "too_little_data"  # 2014 and 2018 only
    assert result["E1", "a", 2021]["trend_values"] == 2


def test_a_yearly_kpi_is_unaffected():
    result = trends()
    assert result["Y1", "b", 2022]["trend_slope"] == pytest.approx(2.0)
    assert result["Y1", "b", 2022]["trend_values"] == 6  # the usual six years
    assert result["Y1", "c", 2022]["trend_class"] == "stable"  # 0 every year is 0, not a repeat


def test_batch_and_single_area_agree_on_an_election_kpi():
    kpis = catalog(
        {"kpi_id": "E1", "goal": 16, "polarity": 1}, {"kpi_id": "Y1", "goal": 1, "polarity": 1}
    )
    frame, kommuner = values(ROWS), areas(list(TURNOUT))
    batch = analyse_all(frame, kpis, kommuner, "K", S)
    direct = analyse_area(frame, kpis, kommuner, "a", 2022, settings=S)
    assert analyse_area(frame, kpis, kommuner, "a", 2022, settings=S, batch=batch) == direct
    e1 = {k.kpi_id: k for k in direct.kpis}["E1"]
    assert (e1.trend_slope, e1.trend_values) == (pytest.approx(1.0), 3)
