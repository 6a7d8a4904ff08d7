"""M4: the linear projection is kept inside what the KPI can be (a share 0–100 %, a count ≥ 0)."""

import pytest

from styra.analysis import AnalysisSettings, analyse_area, compute_outlook
from styra.analysis.value_range import ANY_VALUE, NON_NEGATIVE, SHARE
from tests.analysis.frames import areas, catalog, series, values

S = AnalysisSettings()
FALLING = [
    (2018, 40.0),
    (2019, 30.0),
    (2020, 20.0),
    (2021, 10.0),
    (2022, 5.0),
]  # OLS: 21 − 9 per year from 2020: −69 in 2030
RISING = [
    (2018, 60.0),
    (2019, 70.0),
    (2020, 80.0),
    (2021, 90.0),
    (2022, 95.0),
]  # OLS: 79 + 9 per year from 2020: 169 in 2030


def test_a_falling_share_stops_at_zero_and_says_so():
    result = compute_outlook(FALLING, 50.0, 2030, 1, S, SHARE)
    assert result.projected_value == 0.0 and result.projection_limit == 0.0
    assert result.projection_reaches_target is False


def test_a_rising_share_stops_at_one_hundred():
    result = compute_outlook(RISING, 98.0, 2030, 1, S, SHARE)
    assert result.projected_value == 100.0 and result.projection_limit == 100.0
    assert result.projection_reaches_target is True


def test_a_count_stops_at_zero_but_may_grow():
    assert compute_outlook(FALLING, 1.0, 2030, -1, S, NON_NEGATIVE).projected_value == 0.0
    rising = compute_outlook(RISING, 300.0, 2030, 1, S, NON_NEGATIVE)
    assert rising.projected_value == pytest.approx(169.0) and rising.projection_limit is None


def test_a_kpi_that_can_be_negative_is_not_clipped():
    result = compute_outlook(FALLING, 50.0, 2030, 1, S, ANY_VALUE)
    assert result.projected_value == pytest.approx(-69.0) and result.projection_limit is None


def test_a_projection_inside_the_range_is_untouched():
    slow = [(2018, 40.0), (2019, 41.0), (2020, 42.0), (2021, 43.0), (2022, 44.0)]
    result = compute_outlook(slow, 50.0, 2030, 1, S, SHARE)
    assert result.projected_value == pytest.approx(52.0) and result.projection_limit is None


def test_analyse_area_clips_by_the_catalog_unit_and_title():
    kpis = catalog(
        {"kpi_id": "N1", "goal": 2, "polarity": 1, "unit": "%", "title": "Ekologisk, andel (%)",
         "target_value": 30.0, "target_year": 2030},
        {"kpi_id": "N2", "goal": 7, "polarity": 1, "unit": "MWh/inv",
         "title": "Nettoproduktion av el, MWh/inv", "target_value": 30.0, "target_year": 2030},
    )  # fmt: skip
    rows = series("N1", "a", dict(FALLING)) + series("N2", "a", dict(FALLING))
    result = {
        k.kpi_id: k.outlook for k in analyse_area(values(rows), kpis, areas(["a"]), "a", 2022).kpis
    }
    assert (result["N1"].projected_value, result["N1"].projection_limit) == (0.0, 0.0)
    assert result["N2"].projected_value == pytest.approx(-69.0)
