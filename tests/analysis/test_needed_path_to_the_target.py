"""M4's chart: the path needed from the base value to the target value in the target year,
at the required rate: compound where M4 compares growth rates, else a straight line."""

import pytest

from styra.analysis import AnalysisSettings, compute_outlook
from styra.analysis.target_status import needed_path

S = AnalysisSettings()


def test_compound_path_grows_at_the_required_rate_from_the_base_year():
    outlook = compute_outlook([(2014, 90.0), (2015, 100.0), (2020, 121.0)], 200.0, 2025, 1, S)
    path = needed_path(outlook)
    assert [year for year, _ in path] == list(range(2015, 2026))  # from 2015, not 2014
    assert path[0] == (2015, 100.0) and path[-1] == (2025, 200.0)
    rate = outlook.required_rate  # 2 ** (1/10) − 1 ≈ 7.2 % a year
    assert path[5][1] == pytest.approx(100.0 * (1 + rate) ** 5)  # ≈ 141.4
    assert path[5][1] == pytest.approx(2**0.5 * 100.0)


def test_linear_path_where_a_value_or_the_target_is_zero():
    outlook = compute_outlook([(2015, 0.0), (2020, 5.0)], 20.0, 2025, 1, S)
    assert outlook.method == "linear"
    assert needed_path(outlook) == [(2015 + i, 2.0 * i) for i in range(11)]


def test_lower_is_better_path_goes_down_to_the_target():
    outlook = compute_outlook([(2015, 200.0), (2020, 180.0)], 100.0, 2030, -1, S)
    path = needed_path(outlook)
    assert path[0] == (2015, 200.0) and path[-1] == (2030, 100.0)
    assert all(a[1] > b[1] for a, b in zip(path, path[1:], strict=False))


def test_achieved_still_shows_the_path_it_took():
    outlook = compute_outlook([(2015, 100.0), (2020, 160.0)], 150.0, 2025, 1, S)
    assert outlook.status == "achieved" and outlook.method is None
    path = needed_path(outlook)
    assert path[0] == (2015, 100.0) and path[-1] == (2025, 150.0)
    assert path[1][1] == pytest.approx(100.0 * 1.5**0.1)  # compound: all values above 0


def test_no_path_without_a_base_value_or_with_a_target_year_not_after_it():
    assert needed_path(compute_outlook([], 150.0, 2025, 1, S)) == []
    assert needed_path(compute_outlook([(2015, 100.0), (2020, 110.0)], 150.0, 2015, 1, S)) == []
