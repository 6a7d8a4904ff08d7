"""M2: base year = latest year with ≥ 80 % of areas; UB = 95th, LB = 2.5th percentile."""

import pytest

from styra.analysis import AnalysisSettings, analyse_all, compute_bounds
from tests.analysis.frames import areas, catalog, one_year, values

KOMMUNER = ["a", "b", "c", "d", "e"]
# 2020: 4 of 5 areas (80 %) → base year; 2021: 3 of 5 (60 %) is not.
ROWS = one_year("N1", 2020, {"a": 0.0, "b": 10.0, "c": 20.0, "d": 30.0, "e": None})
ROWS += one_year("N1", 2021, {"a": 0.0, "c": 30.0, "d": 5.0})
SETTINGS = AnalysisSettings()


def bounds(sign: int, **catalog_values):
    kpis = catalog({"kpi_id": "N1", "goal": 1, "polarity": sign, **catalog_values})
    return compute_bounds(values(ROWS), kpis, KOMMUNER, SETTINGS).row(0, named=True)


def scores(sign: int, **catalog_values) -> dict:
    kpis = catalog({"kpi_id": "N1", "goal": 1, "polarity": sign, **catalog_values})
    rows = analyse_all(values(ROWS), kpis, areas(KOMMUNER), "K", SETTINGS).rows
    return {(r["area_id"], r["year"]): r["score"] for r in rows.iter_rows(named=True)}


def test_higher_is_better_bounds_by_hand():
    b = bounds(1)
    assert b["base_year"] == 2020
    # 95th percentile of [0, 10, 20, 30], linear: 20 + 0.85·10 (index 0.95·3 = 2.85)
    assert b["upper"] == pytest.approx(28.5)
    # 2.5th percentile of [0, 10, 20, 30], linear: 0 + 0.025·3·10
    assert b["lower"] == pytest.approx(0.75)
    assert (b["upper_source"], b["lower_source"]) == ("computed", "computed")


def test_higher_is_better_scores_are_clipped():
    s = scores(1)
    assert s[("c", 2020)] == pytest.approx(100 * (20 - 0.75) / (28.5 - 0.75))
    assert s[("c", 2021)] == 100.0  # 30 is past UB
    assert s[("a", 2020)] == 0.0  # 0 is below LB


def test_lower_is_better_bounds_and_score():
    b = bounds(-1)
    assert b["upper"] == pytest.approx(1.5)  # 95th percentile of the better (low) side
    assert b["lower"] == pytest.approx(29.25)  # 2.5th percentile of the worse (high) side
    assert scores(-1)[("c", 2020)] == pytest.approx(100 * (20 - 29.25) / (1.5 - 29.25))


def test_catalog_bounds_override_computed_ones():
    b = bounds(1, lower_bound=0.0, upper_bound=50.0)
    assert (b["lower"], b["upper"]) == (0.0, 50.0)
    assert (b["lower_source"], b["upper_source"]) == ("catalog", "catalog")
    assert scores(1, lower_bound=0.0, upper_bound=50.0)[("c", 2020)] == pytest.approx(40.0)


def test_a_target_value_is_the_optimum_when_no_upper_bound():
    b = bounds(1, target_value=40.0, target_year=2030)
    assert (b["upper"], b["upper_source"]) == (40.0, "target")


def test_no_base_year_no_score():
    sparse = one_year("N1", 2020, {"a": 1.0, "b": 2.0})  # 40 % of areas
    kpis = catalog({"kpi_id": "N1", "goal": 1, "polarity": 1})
    b = compute_bounds(values(sparse), kpis, KOMMUNER, SETTINGS).row(0, named=True)
    assert b["base_year"] is None and b["upper"] is None
    rows = analyse_all(values(sparse), kpis, areas(KOMMUNER), "K", SETTINGS).rows
    assert rows["score"].to_list() == [None, None]


def test_neutral_kpi_has_no_score():
    assert set(scores(0).values()) == {None}


def test_a_few_extreme_areas_cannot_set_the_upper_bound():
    """The retired "mean of the 5 best" let a few national-park kommuner set goal 15's bound."""
    many = [f"k{i:03d}" for i in range(100)]
    typical = {area: float(i % 10) for i, area in enumerate(many)}  # 0–9 %
    extreme = typical | {"k000": 60.0, "k001": 55.0, "k002": 50.0}  # three mountain kommuner
    kpis = catalog({"kpi_id": "N1", "goal": 15, "polarity": 1})
    upper = {
        name: compute_bounds(values(one_year("N1", 2020, shares)), kpis, many, SETTINGS)["upper"][0]
        for name, shares in (("typical", typical), ("extreme", extreme))
    }
    assert upper["typical"] == pytest.approx(9.0)
    assert upper["extreme"] == pytest.approx(9.0)  # the mean of the 5 best would be 34.8
