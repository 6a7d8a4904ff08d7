"""M3: Theil–Sen slope over the last up to 6 years, r = slope/mean|x| oriented, ±1 %/yr."""

import pytest

from styra.analysis import AnalysisSettings, compute_trends, theil_sen
from styra.analysis.settings import DEFAULT_SETTINGS
from tests.analysis.frames import polarity, series, values


def trend_at(by_year: dict, year: int, sign: int = 1, settings=DEFAULT_SETTINGS) -> dict:
    frame = values(series("N1", "a", by_year))
    result = compute_trends(frame, polarity(N1=sign), settings)
    return {row["year"]: row for row in result.iter_rows(named=True)}[year]


def test_steady_rise_is_improving():
    row = trend_at({2018: 100.0, 2019: 102.0, 2020: 104.0}, 2020)
    assert row["trend_slope"] == pytest.approx(2.0)
    assert row["trend_r"] == pytest.approx(2.0 / 102.0)
    assert row["trend_class"] == "improving"


def test_rise_is_worsening_when_lower_is_better():
    row = trend_at({2018: 100.0, 2019: 102.0, 2020: 104.0}, 2020, sign=-1)
    assert row["trend_r"] == pytest.approx(-2.0 / 102.0)
    assert row["trend_class"] == "worsening"


def test_small_change_is_stable():
    row = trend_at({2018: 100.0, 2019: 100.5, 2020: 101.0}, 2020)  # r ≈ 0.5 %/yr
    assert row["trend_class"] == "stable"


def test_one_odd_year_does_not_move_the_slope():
    by_year = {2015: 10.0, 2016: 11.0, 2017: 50.0, 2018: 13.0, 2019: 14.0, 2020: 15.0}
    # pairs without 2017 all have slope 1; 2017's 5 pairs are outnumbered by the other 10
    assert trend_at(by_year, 2020)["trend_slope"] == pytest.approx(1.0)


def test_only_the_last_six_years_count():
    by_year = {2010: 1000.0, 2015: 10.0, 2016: 10.0, 2017: 10.0, 2020: 10.0}
    row = trend_at(by_year, 2020)
    assert row["trend_values"] == 4 and row["trend_slope"] == 0.0


def test_fewer_than_three_values_is_too_little_data():
    row = trend_at({2019: 1.0, 2020: 2.0}, 2020)
    assert row["trend_class"] == "too_little_data"
    assert row["trend_slope"] is None and row["trend_r"] is None


def test_missing_years_are_skipped_not_zero():
    frame = values(series("N1", "a", {2018: 4.0, 2019: None, 2020: 6.0, 2021: 7.0}))
    row = (
        compute_trends(frame, polarity(N1=1), AnalysisSettings())
        .filter(year=2021)
        .row(0, named=True)
    )
    # points 2018, 2020, 2021: slopes 1, 1, 1 → 1 (a 0 in 2019 would give a different slope)
    assert row["trend_values"] == 3 and row["trend_slope"] == pytest.approx(1.0)


def test_neutral_kpi_gets_a_direction_only():
    assert trend_at({2018: 1.0, 2019: 2.0, 2020: 3.0}, 2020, sign=0)["trend_class"] == "increasing"


def test_zero_and_negative_values():
    row = trend_at({2018: -1.0, 2019: 0.0, 2020: 1.0}, 2020)
    assert row["trend_slope"] == 1.0 and row["trend_r"] == pytest.approx(1.0 / (2 / 3))
    flat = trend_at({2018: 0.0, 2019: 0.0, 2020: 0.0}, 2020)
    assert flat["trend_r"] == 0.0 and flat["trend_class"] == "stable"


def test_thresholds_come_from_settings():
    loose = AnalysisSettings(improving_threshold=0.05, worsening_threshold=-0.05)
    assert (
        trend_at({2018: 100.0, 2019: 102.0, 2020: 104.0}, 2020, settings=loose)["trend_class"]
        == "stable"
    )


def test_plain_theil_sen_matches_the_frame_version():
    points = [(2015, 10.0), (2016, 11.0), (2017, 50.0), (2018, 13.0)]
    assert theil_sen(points) == pytest.approx(trend_at(dict(points), 2018)["trend_slope"])
    assert theil_sen([(2020, 1.0)]) is None
