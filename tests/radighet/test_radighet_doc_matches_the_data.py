"""Document or fail: the counts in docs/radighet.md are those of the shipped defaults."""

from pathlib import Path

import pytest

from styra.radighet import LEVELS, default_levels, goal_summary, level_label

DOC = (Path(__file__).resolve().parents[2] / "docs/radighet.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("level", LEVELS)
def test_scale_table_row(level):
    kommun = sum(1 for value in default_levels("K").values() if value == level)
    region = sum(1 for value in default_levels("L").values() if value == level)
    row = f"| {level} | {level_label(level)} | {level_label(level, 'en')} | {kommun} | {region} |"
    assert row in DOC


def test_per_goal_table_rows():
    def cells(summary):
        counts = " · ".join(str(summary.counts[level]) for level in reversed(LEVELS))
        return f"{summary.mean_level:.1f} | {counts}"

    kommun, region = goal_summary(default_levels("K")), goal_summary(default_levels("L"))
    for k, r in zip(kommun, region, strict=True):
        assert f"| {k.goal} | {cells(k)} | {cells(r)} |" in DOC, k.goal


@pytest.mark.parametrize("area_type", ["K", "L"])
def test_every_level_3_target_is_listed_under_its_area_of_law(area_type):
    heading = "**Kommun — where" if area_type == "K" else "**Region — where"
    section = DOC.split(heading)[1].split("Level 2 for")[0]
    listed = {part.strip(" ,()") for line in section.splitlines() for part in line.split(" ")}
    threes = {target for target, level in default_levels(area_type).items() if level == 3}
    assert threes <= listed, sorted(threes - listed)
