"""A KPI inherits the highest rådighet among its targets; a KPI without targets has none."""

import pytest

from styra.agenda2030 import load_curated_kpis
from styra.radighet import default_levels, kpi_level
from styra.sdg import UnknownSdgId

LEVELS = {"3.9": 1, "11.6": 3, "12.5": 2, "14.1": 0}


@pytest.mark.parametrize(
    ("targets", "expected"),
    [
        (("11.6",), 3),
        (("3.9", "14.1"), 1),  # max(1, 0)
        (("3.9", "11.6", "12.5"), 3),  # max(1, 3, 2); the rounded mean would be 2
        (("14.1",), 0),  # a real 0, not missing
        ((), None),  # no target: no rådighet to inherit
        (["11-6"], 3),  # URL form
    ],
)
def test_maximum_over_targets(targets, expected):
    assert kpi_level(targets, LEVELS) == expected


def test_a_target_without_a_level_is_an_error_not_a_zero():
    with pytest.raises(UnknownSdgId, match="no rådighet level for target '12.3'"):
        kpi_level(("11.6", "12.3"), LEVELS)


def test_a_bare_string_is_refused():
    with pytest.raises(TypeError):
        kpi_level("11.6", LEVELS)


@pytest.mark.parametrize("area_type", ["K", "L"])
def test_every_curated_kpi_with_targets_inherits_a_level(area_type):
    levels = default_levels(area_type)
    for kpi in load_curated_kpis():
        level = kpi_level(kpi.targets, levels)
        assert (level is None) == (not kpi.targets), kpi.kpi_id


def test_a_curated_kpi_inherits_from_its_targets():
    kpis = {kpi.kpi_id: kpi for kpi in load_curated_kpis()}
    n00401 = kpis["N00401"]  # greenhouse gas emissions, follows 13.2
    assert n00401.targets == ("13.2",)
    assert kpi_level(n00401.targets, default_levels("K")) == 3
