"""M1 colour: green p ≥ 75, red p < 25, yellow between; none for neutral KPIs."""

from styra.analysis import AnalysisSettings, compute_positions
from styra.analysis.settings import DEFAULT_SETTINGS
from tests.analysis.frames import by_area, membership, one_year, polarity, values

FIVE = {"a": 1.0, "b": 2.0, "c": 3.0, "d": 4.0, "e": 5.0}  # p = 0, 25, 50, 75, 100


def colours(sign: int, settings=DEFAULT_SETTINGS):
    frame = values(one_year("N1", 2022, FIVE))
    return by_area(
        compute_positions(frame, polarity(N1=sign), membership(list(FIVE)), settings), "colour"
    )


def test_quartile_edges():
    assert colours(1) == {"a": "red", "b": "yellow", "c": "yellow", "d": "green", "e": "green"}


def test_lower_is_better_mirrors_colours():
    assert colours(-1) == {"a": "green", "b": "green", "c": "yellow", "d": "yellow", "e": "red"}


def test_neutral_kpi_has_no_colour_but_a_position():
    frame = values(one_year("N1", 2022, FIVE))
    result = compute_positions(frame, polarity(N1=0), membership(list(FIVE)), AnalysisSettings())
    assert set(result["colour"]) == {"none"}
    assert by_area(result, "percentile")["e"] == 100.0


def test_cut_offs_come_from_settings():
    strict = AnalysisSettings(green_percentile=100.0, red_percentile=50.0)
    assert colours(1, strict) == {
        "a": "red",
        "b": "red",
        "c": "yellow",
        "d": "yellow",
        "e": "green",
    }
