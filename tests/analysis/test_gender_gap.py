"""Gender gap: K − M in the latest year with both, and whether it narrows or widens."""

import pytest

from styra.analysis import AnalysisSettings, compute_gender_gaps
from tests.analysis.frames import values


def split(kpi_id, area_id, by_year):
    rows = []
    for year, (women, men) in by_year.items():
        rows += [(kpi_id, area_id, year, "K", women), (kpi_id, area_id, year, "M", men)]
    return rows


def test_gap_and_narrowing_trend():
    rows = split("N1", "a", {2018: (60.0, 50.0), 2019: (59.0, 51.0), 2020: (58.0, 52.0)})
    rows += [("N1", "a", 2021, "K", 70.0), ("N1", "a", 2021, "M", None)]  # men missing: skipped
    gap = compute_gender_gaps(values(rows), "a", 2022, AnalysisSettings())["N1"]
    assert (gap.year, gap.women, gap.men, gap.gap) == (2020, 58.0, 52.0, 6.0)
    assert gap.gap_slope == pytest.approx(-2.0)
    assert gap.gap_trend == "narrowing"
    assert gap.history == ((2018, 10.0), (2019, 8.0), (2020, 6.0))


def test_negative_gap_growing_in_size_is_widening():
    rows = split("N1", "a", {2018: (50.0, 52.0), 2019: (50.0, 54.0), 2020: (50.0, 56.0)})
    gap = compute_gender_gaps(values(rows), "a", 2020, AnalysisSettings())["N1"]
    assert gap.gap == -6.0 and gap.gap_trend == "widening"


def test_too_few_years_and_no_split():
    rows = split("N1", "a", {2020: (1.0, 2.0)}) + [("N2", "a", 2020, "T", 5.0)]
    gaps = compute_gender_gaps(values(rows), "a", 2020, AnalysisSettings())
    assert set(gaps) == {"N1"} and gaps["N1"].gap_trend == "too_little_data"
