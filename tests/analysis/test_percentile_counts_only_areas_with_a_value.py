"""M1: a missing value is not ranked, not 0, and the set's size says how many had one."""

from styra.analysis import AnalysisSettings, compute_positions
from tests.analysis.frames import by_area, membership, one_year, polarity, values


def test_missing_value_is_left_out_of_ranks_and_size():
    frame = values(one_year("N1", 2022, {"a": 1.0, "b": None, "c": 3.0, "d": 2.0}))
    result = compute_positions(
        frame, polarity(N1=1), membership(["a", "b", "c", "d"]), AnalysisSettings()
    )
    assert by_area(result, "percentile") == {"a": 0.0, "d": 50.0, "c": 100.0}
    assert set(result["n_ref"]) == {3}


def test_a_single_area_has_no_percentile_and_no_colour():
    frame = values(one_year("N1", 2022, {"a": 7.0, "b": None}))
    result = compute_positions(frame, polarity(N1=1), membership(["a", "b"]), AnalysisSettings())
    assert result["percentile"].to_list() == [None]
    assert result["n_ref"].to_list() == [1]
    assert result["colour"].to_list() == ["none"]


def test_areas_outside_the_reference_set_are_not_ranked():
    frame = values(one_year("N1", 2022, {"a": 1.0, "b": 2.0, "x": 100.0}))
    result = compute_positions(frame, polarity(N1=1), membership(["a", "b"]), AnalysisSettings())
    assert by_area(result, "percentile") == {"a": 0.0, "b": 100.0}
