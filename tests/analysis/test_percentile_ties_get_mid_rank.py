"""M1: ties share the mid-rank; p = 100·(worse + ½·tied others)/(|R|−1)."""

from styra.analysis import AnalysisSettings, compute_positions
from tests.analysis.frames import by_area, membership, one_year, polarity, values


def positions(by_area_values: dict, sign: int = 1):
    frame = values(one_year("N1", 2022, by_area_values))
    return compute_positions(
        frame, polarity(N1=sign), membership(list(by_area_values)), AnalysisSettings()
    )


def test_tied_areas_share_the_mid_rank():
    result = positions({"a": 10.0, "b": 20.0, "c": 20.0, "d": 30.0})
    # b: 1 worse (a) + ½·1 tied other (c) over |R|−1 = 3 → 50
    assert by_area(result, "percentile") == {"a": 0.0, "b": 50.0, "c": 50.0, "d": 100.0}
    assert set(result["n_ref"]) == {4}


def test_all_tied_sit_in_the_middle():
    result = positions({"a": 5.0, "b": 5.0, "c": 5.0})
    # 0 worse + ½·2 tied others over 2 → 50
    assert by_area(result, "percentile") == {"a": 50.0, "b": 50.0, "c": 50.0}


def test_lower_is_better_turns_the_order():
    result = positions({"a": 10.0, "b": 20.0, "c": 30.0}, sign=-1)
    assert by_area(result, "percentile") == {"a": 100.0, "b": 50.0, "c": 0.0}


def test_negative_and_zero_values_rank_as_numbers():
    result = positions({"a": -3.0, "b": 0.0, "c": 2.0})
    assert by_area(result, "percentile") == {"a": 0.0, "b": 50.0, "c": 100.0}
