"""The shipped set obeys its own rules: goals, targets, polarity, bounds, API shapes."""

import polars as pl
import pytest

from styra.agenda2030 import (
    COLUMNS,
    curated_kpis_frame,
    kpis_for_area_type,
    kpis_for_goal,
    load_curated_kpis,
)
from styra.sdg import load_catalog


def test_goals_targets_and_polarity_are_valid():
    catalog = load_catalog()
    for kpi in load_curated_kpis():
        assert 1 <= kpi.goal <= 17
        assert kpi.secondary_goal is None or 1 <= kpi.secondary_goal <= 17
        assert kpi.polarity in (-1, 0, 1)
        for target_id in kpi.targets:
            assert catalog.target(target_id).goal in (kpi.goal, kpi.secondary_goal)
        assert kpi.unit and kpi.rationale


def test_kpi_ids_are_unique():
    ids = [kpi.kpi_id for kpi in load_curated_kpis()]
    assert len(ids) == len(set(ids))


def test_targets_and_bounds_point_the_way_of_the_polarity():
    for kpi in load_curated_kpis():
        if kpi.polarity == 0:
            assert (kpi.target_value, kpi.lower_bound, kpi.upper_bound) == (None, None, None)
        assert (kpi.target_value is None) == (kpi.target_year is None)


def test_frame_has_the_csv_columns_and_types():
    frame = curated_kpis_frame()
    assert tuple(frame.columns) == COLUMNS
    assert frame.height == len(load_curated_kpis())
    assert frame.schema["targets"] == pl.List(pl.String)
    assert frame.schema["secondary_goal"] == pl.Int64
    assert frame.schema["target_value"] == pl.Float64
    ghg = frame.filter(pl.col("kpi_id") == "N00401").row(0, named=True)
    assert (ghg["goal"], ghg["polarity"], ghg["targets"]) == (13, -1, ["13.2"])
    assert ghg["secondary_goal"] is None and ghg["target_value"] is None


def test_kpis_by_goal_and_area_type():
    assert {kpi.goal for kpi in kpis_for_goal(13)} == {13}
    with_secondary = kpis_for_goal(13, include_secondary=True)
    assert len(with_secondary) > len(kpis_for_goal(13))
    kommun = {kpi.municipality_type for kpi in kpis_for_area_type("K")}
    region = {kpi.municipality_type for kpi in kpis_for_area_type("L")}
    assert kommun == {"K", "A"} and region == {"L", "A"}
    with pytest.raises(ValueError, match="'X'"):
        kpis_for_area_type("X")


def test_loaded_once():
    assert load_curated_kpis() is load_curated_kpis()
