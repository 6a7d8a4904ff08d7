"""The flags: "low" when the median ≤ 1.5, "disagreement" when IQR ≥ 2; the suggestion band."""

import pytest

from styra.maturity import summarise_levels


@pytest.mark.parametrize(
    ("levels", "low", "band"),
    [
        ([0], True, "low"),
        ([1, 1, 4], True, "low"),  # median 1
        ([1, 2], True, "low"),  # median 1.5: still low
        ([2], False, "middle"),
        ([2, 3], False, "middle"),  # median 2.5
        ([3], False, None),
        ([4, 4, 0], False, None),  # median 4
        ([], False, None),  # no answers: no judgement
    ],
)
def test_low_flag_and_band(levels, low, band):
    summary = summarise_levels("steering_group", levels)
    assert (summary.low, summary.band) == (low, band)


@pytest.mark.parametrize(
    ("levels", "disagreement"),
    [
        ([1, 3], True),  # IQR 2 (n = 2: the range)
        ([0, 4], True),  # IQR 4
        ([1, 2], False),  # IQR 1
        ([0, 2, 2, 2, 2], False),  # one outlier: halves [0, 2, 2], [2, 2, 2] → IQR 0
        ([0, 0, 3, 4], True),  # halves [0, 0], [3, 4] → IQR 3.5
        ([1, 2, 2, 3], False),  # halves [1, 2], [2, 3] → IQR 1
        ([0, 1, 2, 3], True),  # halves [0, 1], [2, 3] → 0.5 and 2.5 → IQR 2
        ([4], False),  # one respondent cannot disagree
        ([], False),
    ],
)
def test_disagreement_flag(levels, disagreement):
    assert summarise_levels("staff_engagement", levels).disagreement is disagreement


def test_a_dimension_can_be_both_low_and_disputed():
    summary = summarise_levels("follow_up", [0, 0, 1, 3, 4])
    # sorted [0, 0, 1, 3, 4]: median 1; halves [0, 0, 1], [1, 3, 4] → 0 and 3
    assert (summary.median, summary.q1, summary.q3) == (1.0, 0.0, 3.0)
    assert summary.low and summary.disagreement
