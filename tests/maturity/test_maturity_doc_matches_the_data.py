"""Document or fail: docs/maturity.md lists the shipped dimensions, the scale and the thresholds."""

from pathlib import Path

import pytest

from styra.maturity import DISAGREEMENT_SPREAD, LEVELS, LOW_MEDIAN, level_name, load_dimensions

DOC = (Path(__file__).resolve().parents[2] / "docs/maturity.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("position", range(len(load_dimensions())))
def test_dimension_table_row(position):
    d = load_dimensions()[position]
    assert f"| {position + 1} | `{d.id}` | {d.name_sv} | {d.name_en} |" in DOC


def test_every_dimension_is_in_the_table_and_no_other():
    rows = [line for line in DOC.split("## The dimensions")[1].split("##")[0].splitlines()]
    listed = [line for line in rows if line.startswith("| ") and "`" in line]
    assert len(listed) == len(load_dimensions())


@pytest.mark.parametrize("level", LEVELS)
def test_scale_table_row(level):
    assert f"| {level} | {level_name(level)} | {level_name(level, 'en')} |" in DOC


def test_thresholds_are_the_documented_ones():
    assert LOW_MEDIAN == 1.5 and "median ≤ 1.5" in DOC
    assert DISAGREEMENT_SPREAD == 2 and "IQR ≥ 2" in DOC
