"""analyse_area: one call gives every KPI's M1–M4 and gender gap, and the M5 ranking."""

import pytest

from styra.analysis import AnalysisSettings, UnknownIdError, analyse_all, analyse_area, explicit
from tests.analysis.frames import areas, catalog, one_year, series, values

KOMMUNER = ["a", "b", "c", "d", "e"]
AREAS = areas(KOMMUNER, regions=("0001", "0003"))
CATALOG = catalog(
    {"kpi_id": "N1", "goal": 3, "polarity": 1, "municipality_type": "K"},
    {"kpi_id": "N2", "goal": 13, "polarity": -1, "target_value": 2.0, "target_year": 2030},
    {"kpi_id": "N3", "goal": 5, "polarity": 1, "municipality_type": "K"},
    {"kpi_id": "R1", "goal": 3, "polarity": 1, "municipality_type": "L"},
)
ROWS = (
    one_year("N1", 2021, {"a": 1.0, "b": 2.0, "c": 3.0, "d": 4.0, "e": 5.0})
    + one_year("N1", 2022, {"a": None, "b": 2.0, "c": 3.0, "d": 4.0, "e": 5.0})
    + series("N2", "a", {2015: 8.0, 2020: 6.0, 2021: 5.0, 2022: 4.0})
    + one_year("N2", 2022, {"b": 5.0, "c": 6.0, "d": 7.0, "e": 8.0, "0001": 1.0})
    + one_year("N3", 2022, {"b": 1.0, "c": 1.0, "d": 1.0, "e": 1.0})
    + [("N2", "a", 2022, "K", 3.0), ("N2", "a", 2022, "M", 5.0)]
    + one_year("R1", 2022, {"0001": 1.0, "0003": 2.0})
)
S = AnalysisSettings()


def analyse(area="a", year=2022, **options):
    return analyse_area(values(ROWS), CATALOG, AREAS, area, year, settings=S, **options)


def test_latest_value_up_to_the_year_is_used():
    n1 = {k.kpi_id: k for k in analyse().kpis}["N1"]
    # a has no 2022 value: its 2021 value, ranked among the 5 with a value in 2021
    assert (n1.value, n1.value_year, n1.percentile, n1.colour) == (1.0, 2021, 0.0, "red")
    assert (n1.reference_label, n1.reference_size) == ("alla kommuner", 5)


def test_missing_kpi_is_grey_and_counts_the_others():
    n3 = {k.kpi_id: k for k in analyse().kpis}["N3"]
    assert (n3.value, n3.colour, n3.reference_size, n3.score) == (None, "grey", 4, None)
    assert n3.trend_class == "too_little_data"


def test_lower_is_better_kpi_with_target_and_gender_gap():
    n2 = {k.kpi_id: k for k in analyse().kpis}["N2"]
    assert n2.percentile == 100.0 and n2.colour == "green"  # lowest of 5 kommuner (region ignored)
    assert n2.outlook.base_year == 2015 and n2.outlook.target_value == 2.0
    assert n2.outlook.ratio == pytest.approx(((4 / 8) ** (1 / 7) - 1) / ((2 / 8) ** (1 / 15) - 1))
    assert n2.gender_gap.gap == -2.0


def test_kommun_gets_k_and_a_kpis_region_gets_l_and_a():
    assert [k.kpi_id for k in analyse().kpis] == ["N1", "N2", "N3"]
    region = analyse("0001")
    assert [k.kpi_id for k in region.kpis] == ["N2", "R1"]
    assert region.reference.label == "alla regioner"
    assert {k.kpi_id: k.reference_size for k in region.kpis} == {"N2": 1, "R1": 2}
    assert {k.kpi_id: k.percentile for k in region.kpis} == {"N2": None, "R1": 0.0}


def test_targets_passed_in_override_the_catalog():
    n2 = {k.kpi_id: k for k in analyse(targets={"N2": (4.5, 2025)}).kpis}["N2"]
    assert n2.outlook.status == "achieved" and n2.outlook.target_year == 2025


def test_goals_are_ranked_and_all_seventeen_present():
    result = analyse()
    assert len(result.goals) == 17 and result.goals[0].rank == 1
    assert {g.goal for g in result.goals} == set(range(1, 18))


def test_an_explicit_reference_set_is_named_and_sized():
    n1 = {k.kpi_id: k for k in analyse(reference=explicit(["b", "c"], "grannar")).kpis}["N1"]
    # a (2021) among b, c: a is worst of 3 → 0
    assert (n1.reference_label, n1.reference_size, n1.percentile) == ("grannar", 3, 0.0)


def test_batch_and_direct_paths_agree():
    batch = analyse_all(values(ROWS), CATALOG, AREAS, "K", S)
    assert analyse(batch=batch) == analyse()


def test_unknown_area_and_year_are_errors():
    with pytest.raises(UnknownIdError, match="unknown area"):
        analyse("9999")
    with pytest.raises(UnknownIdError, match="year 2031"):
        analyse(year=2031)
    with pytest.raises(UnknownIdError):
        analyse("0000")
