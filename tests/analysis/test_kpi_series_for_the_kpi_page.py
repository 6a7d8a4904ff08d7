"""The KPI page's series: the area year by year, the comparison's median, Riket, women and
men, and every area of the type in the latest year with values; worked out by hand."""

from styra.analysis import explicit
from styra.analysis.series import kpi_series, rank_in_distribution
from tests.analysis.frames import one_year, series, values

ROWS = (
    series("N1", "a", {2020: 10.0, 2021: 12.0, 2022: 14.0, 2023: 99.0})  # 2023: after the year
    + series("N1", "b", {2020: 20.0, 2021: 18.0})  # nothing in 2022
    + series("N1", "c", {2020: 30.0, 2021: 40.0, 2022: 50.0})
    + series("N1", "d", {2022: 5.0})  # not in the comparison
    + series("N1", "0000", {2021: 25.0, 2022: 26.0})  # Riket: its own line, never a peer
    + one_year("N2", 2022, {"a": 1.0, "b": 2.0, "c": 3.0})  # another KPI
    + [("N1", "a", 2022, "K", 15.0), ("N1", "a", 2022, "M", 13.0)]
    + [("N1", "a", 2021, "K", None), ("N1", "a", 2021, "M", 11.0)]  # missing, not 0
)
COMPARISON = explicit(["a", "b", "c"], "jämförelsen")


def run(polarity=1, year=2022, rows=ROWS):
    return kpi_series(
        values(rows), "N1", polarity, "a", year, reference=COMPARISON, of_type=["a", "b", "c", "d"]
    )


def test_the_area_median_and_riket_year_by_year_up_to_the_year():
    result = run()
    assert result.area == [(2020, 10.0), (2021, 12.0), (2022, 14.0)]
    # 2020: a 10, b 20, c 30; 2021: 12, 18, 40; 2022: a 14, c 50 (b has none; d not compared)
    assert result.median == [(2020, 20.0), (2021, 18.0), (2022, 32.0)]
    assert result.riket == [(2021, 25.0), (2022, 26.0)]


def test_women_and_men_leave_a_missing_year_out():
    result = run()
    assert result.women == [(2022, 15.0)]
    assert result.men == [(2021, 11.0), (2022, 13.0)]


def test_the_distribution_is_every_area_of_the_type_lowest_first_without_riket():
    result = run()
    assert result.distribution_year == 2022
    assert result.distribution == [("d", 5.0), ("a", 14.0), ("c", 50.0)]


def test_the_distribution_falls_back_to_the_latest_year_with_values():
    lagging = [row for row in ROWS if row[2] != 2022]
    result = run(rows=lagging)
    assert result.distribution_year == 2021
    assert result.distribution == [("a", 12.0), ("b", 18.0), ("c", 40.0)]


def test_no_area_of_the_type_with_a_value_gives_no_distribution():
    own = series("N1", "a", {2021: 1.0, 2022: 2.0})
    result = kpi_series(values(own), "N1", 1, "a", 2022, reference=COMPARISON, of_type=["b"])
    assert (result.distribution, result.distribution_year) == ([], None)


def test_peers_only_for_a_kpi_with_a_direction():
    assert run(polarity=1).peers is not None
    assert run(polarity=0).peers is None


def test_rank_counts_from_the_best_by_polarity():
    distribution = [("d", 5.0), ("a", 14.0), ("c", 50.0)]
    assert rank_in_distribution(distribution, "c", 1) == 1  # higher is better: c is best
    assert rank_in_distribution(distribution, "d", 1) == 3
    assert rank_in_distribution(distribution, "d", -1) == 1  # lower is better
    assert rank_in_distribution(distribution, "a", -1) == 2
    assert rank_in_distribution(distribution, "a", 0) is None  # neutral: no rank
    assert rank_in_distribution(distribution, "b", 1) is None  # no value: no rank
