"""M4: CAGR_o / CAGR_r from the base year (2015, else first value), linear where ≤ 0."""

import pytest

from styra.analysis import AnalysisSettings, compute_outlook

S = AnalysisSettings()


def outlook(series, target, year, polarity=1):
    return compute_outlook(series, target, year, polarity, S)


def test_cagr_ratio_by_hand():
    series = [(2014, 90.0), (2015, 100.0), (2018, 110.0), (2020, 121.0)]
    observed = 1.21 ** (1 / 5) - 1  # from 2015, not 2014
    result = outlook(series, 150.0, 2025)
    assert result.base_year == 2015 and result.method == "cagr"
    assert result.observed_rate == pytest.approx(observed)
    assert result.required_rate == pytest.approx(1.5 ** (1 / 10) - 1)
    assert result.ratio == pytest.approx(observed / (1.5 ** (1 / 10) - 1))  # ≈ 0.94
    assert result.status == "needs_acceleration"


@pytest.mark.parametrize(
    ("target", "status"),
    [(140.0, "on_track"), (150.0, "needs_acceleration"), (300.0, "limited_progress")],
)
def test_ratio_classes(target, status):
    assert outlook([(2015, 100.0), (2020, 121.0)], target, 2025).status == status


def test_moving_away():
    result = outlook([(2015, 100.0), (2020, 90.0)], 150.0, 2025)
    assert result.ratio < 0 and result.status == "moving_away"


def test_already_at_target_is_achieved_oriented_by_polarity():
    assert outlook([(2015, 100.0), (2020, 160.0)], 150.0, 2025).status == "achieved"
    assert outlook([(2015, 100.0), (2020, 40.0)], 50.0, 2030, polarity=-1).status == "achieved"
    assert outlook([(2020, 40.0)], 50.0, 2030, polarity=-1).status == "achieved"


def test_lower_is_better_with_cagr():
    result = outlook([(2015, 200.0), (2020, 180.0)], 100.0, 2030, polarity=-1)
    expected = (0.9 ** (1 / 5) - 1) / (0.5 ** (1 / 15) - 1)  # ≈ 0.46
    assert result.ratio == pytest.approx(expected)
    assert result.status == "limited_progress"


def test_zero_value_uses_linear_rates():
    result = outlook([(2015, 0.0), (2020, 5.0)], 20.0, 2025)
    assert result.method == "linear"
    assert (result.observed_rate, result.required_rate, result.ratio) == (1.0, 2.0, 0.5)
    assert result.status == "limited_progress"


def test_negative_values_and_zero_target_use_linear_rates():
    result = outlook([(2015, -10.0), (2020, -5.0)], 0.0, 2025)
    assert result.method == "linear" and result.ratio == pytest.approx(1.0)
    assert result.status == "on_track"


def test_base_year_falls_back_to_first_value_after_it_then_first_of_all():
    assert outlook([(2012, 1.0), (2017, 2.0), (2020, 3.0)], 10.0, 2030).base_year == 2017
    assert outlook([(2010, 1.0), (2013, 2.0)], 10.0, 2030).base_year == 2010


def test_target_met_in_base_year_but_lost_is_moving_away():
    result = outlook([(2015, 160.0), (2020, 140.0)], 150.0, 2025)
    assert result.status == "moving_away"


def test_one_value_short_of_target_is_too_little_data():
    result = outlook([(2020, 10.0)], 20.0, 2030)
    assert result.status == "too_little_data" and result.ratio is None


def test_linear_extrapolation_of_the_last_five_years():
    series = [(2010, 100.0)] + [(year, float(year - 2015)) for year in range(2016, 2021)]
    result = outlook(series, 20.0, 2030)
    assert result.projected_value == pytest.approx(15.0)  # 1/yr through 2016–2020 → 15 in 2030
    assert result.projection_reaches_target is False
