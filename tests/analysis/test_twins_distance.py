"""M12 twins: the weighted distance on small frames worked out by hand."""

import math

import polars as pl
import pytest

from styra.analysis.twins import (
    KOMMUNGRUPP,
    MAX_KPIS,
    Term,
    TwinsError,
    find_twins,
    twins_of_all,
)
from tests.analysis.frames import one_year, values

# Five kommuner on two KPIs in 2022. A: median 2, IQR 2 (q1 1, q3 3); B: median 20, IQR 20.
ROWS = one_year("A", 2022, {"k1": 2.0, "k2": 3.0, "k3": 1.0, "k4": 0.0, "k5": 6.0}) + one_year(
    "B", 2022, {"k1": 20.0, "k2": 20.0, "k3": 60.0, "k4": 0.0, "k5": 40.0}
)
KOMMUNER = pl.DataFrame(
    {"area_id": ["k1", "k2", "k3", "k4", "k5"], "skr_code": ["A1", "A1", "B3", "A1", "B3"]}
)


BOTH = (Term("A"), Term("B"))


def twins(rows=ROWS, terms=BOTH, **options):
    return find_twins(values(rows), KOMMUNER, "k1", terms, **options)


def distances(result) -> dict[str, float]:
    return {twin.area_id: twin.distance for twin in result.twins}


def test_equal_weights_average_the_squared_standardised_differences():
    # z_A = (v − 2)/2, z_B = (v − 20)/20. k2: dA = 0.5, dB = 0 → sqrt(0.25/2).
    result = twins()
    assert distances(result) == pytest.approx(
        {
            "k2": math.sqrt(0.125),
            "k3": math.sqrt((0.25 + 4) / 2),
            "k4": math.sqrt((1 + 1) / 2),
            "k5": math.sqrt((4 + 1) / 2),
        }
    )
    assert [t.area_id for t in result.twins] == ["k2", "k4", "k3", "k5"]


def test_the_area_itself_is_never_its_own_twin():
    assert "k1" not in distances(twins())


def test_weights_are_normalised_to_sum_one():
    result = twins(terms=(Term("A", 3.0), Term("B", 1.0)))
    assert [t.weight for t in result.terms] == [0.75, 0.25]
    assert distances(result)["k3"] == pytest.approx(math.sqrt(0.75 * 0.25 + 0.25 * 4))
    same = twins(terms=(Term("A", 6.0), Term("B", 2.0)))
    assert distances(same) == pytest.approx(distances(result))


def test_the_explanation_names_both_values_and_sums_to_one():
    k3 = next(t for t in twins().twins if t.area_id == "k3")
    a, b = k3.contributions
    assert (a.kpi_id, a.own, a.twin) == ("A", 2.0, 1.0)
    assert (b.kpi_id, b.own, b.twin) == ("B", 20.0, 60.0)
    assert a.share == pytest.approx(0.25 / 4.25) and b.share == pytest.approx(4 / 4.25)
    assert a.share + b.share == pytest.approx(1.0)


def test_a_missing_value_is_left_out_and_the_rest_rescaled():
    rows = [r for r in ROWS if not (r[0] == "B" and r[1] == "k3")]  # k3 has no B
    result = twins(rows, min_share=0.5)
    k3 = next(t for t in result.twins if t.area_id == "k3")
    # A still standardised over all five; B now over four
    assert k3.distance == pytest.approx(0.5)  # |1 − 2| / 2 over A alone, weight rescaled to 1
    assert k3.weight_share == 0.5
    assert k3.contributions[1].share is None and k3.contributions[0].share == 1.0


def test_too_few_shared_kpis_skip_the_kommun_and_count_it():
    rows = [r for r in ROWS if not (r[0] == "B" and r[1] == "k3")]
    result = twins(rows)  # default: 75 % of the weight needed
    assert "k3" not in distances(result)
    assert (result.compared, result.skipped) == (3, 1)


def test_the_kommungrupp_term_is_zero_in_the_same_group_and_one_otherwise():
    result = twins(terms=(Term("A"), Term(KOMMUNGRUPP)))
    got = distances(result)
    assert got["k2"] == pytest.approx(math.sqrt(0.25 / 2))  # same group A1
    assert got["k5"] == pytest.approx(math.sqrt((4 + 1) / 2))  # B3
    k5 = next(t for t in result.twins if t.area_id == "k5")
    assert (k5.contributions[1].own, k5.contributions[1].twin) == ("A1", "B3")
    assert k5.contributions[1].share == pytest.approx(1 / 5)


def test_ties_are_ordered_by_area_id():
    rows = one_year("A", 2022, {"k1": 2.0, "k2": 1.0, "k3": 3.0, "k4": 1.0, "k5": 3.0})
    result = twins(rows, terms=(Term("A"),))
    assert [t.area_id for t in result.twins] == ["k2", "k3", "k4", "k5"]


def test_the_count_limits_the_twins():
    result = find_twins(values(ROWS), KOMMUNER, "k1", (Term("A"), Term("B")), 2)
    assert [t.area_id for t in result.twins] == ["k2", "k4"]


def test_one_year_for_all_the_newest_with_values_for_half():
    old = one_year("A", 2021, {"k1": 2.0, "k2": 3.0, "k3": 1.0, "k4": 0.0, "k5": 6.0})
    new = one_year("A", 2022, {"k1": 100.0, "k2": 1.0})  # two of five: too few
    result = twins(old + new, terms=(Term("A"),))
    assert result.terms[0].year == 2021 and result.terms[0].areas_with_value == 5
    assert distances(result)["k2"] == pytest.approx(0.5)


def test_every_kommun_at_once_gives_the_same_twins():
    every = twins_of_all(values(ROWS), KOMMUNER, (Term("A"), Term("B")), count=4)
    of_k1 = every.filter(pl.col("area_id") == "k1")
    assert dict(of_k1.select("twin_id", "distance").iter_rows()) == pytest.approx(
        distances(twins())
    )
    assert every.height == 5 * 4


@pytest.mark.parametrize(
    ("terms", "message"),
    [
        ((Term("A", -1.0),), "weight of A"),
        ((Term("A", float("nan")),), "weight of A"),
        ((Term("A", 0.0),), "above 0"),
        ((Term(KOMMUNGRUPP),), "at least one KPI"),
        ((Term("A"), Term("A")), "twice"),
        (tuple(Term(f"N{i}") for i in range(MAX_KPIS + 1)), f"at most {MAX_KPIS}"),
    ],
)
def test_bad_terms_are_refused(terms, message):
    with pytest.raises(TwinsError, match=message):
        twins(terms=terms)


def test_a_region_has_no_twins():
    with pytest.raises(TwinsError, match="not a kommun"):
        find_twins(values(ROWS), KOMMUNER, "0001", (Term("A"),))


def test_population_is_compared_on_its_logarithm():
    people = {"k1": 10_000.0, "k2": 20_000.0, "k3": 100_000.0, "k4": 200_000.0, "k5": 50_000.0}
    rows = one_year("N01951", 2022, people)
    small = find_twins(values(rows), KOMMUNER, "k1", (Term("N01951"),))
    large = find_twins(values(rows), KOMMUNER, "k3", (Term("N01951"),))
    assert distances(small)["k2"] == pytest.approx(distances(large)["k4"])
