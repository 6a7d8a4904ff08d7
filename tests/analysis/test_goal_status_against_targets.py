"""M4 per goal: how many of a goal's KPIs are achieved, on track, need acceleration, show
limited progress, move away, have too little data or no target at all."""

import dataclasses

from styra.analysis import AnalysisSettings, KpiResult, compute_outlook
from styra.analysis.target_status import (
    TARGET_CLASSES,
    goal_target_counts,
    target_status,
)

S = AnalysisSettings()
BLANK = KpiResult(
    kpi_id="", title="", goal=1, unit="", polarity=1, value=None, value_year=None,
    percentile=None, colour="grey", reference_label="alla kommuner", reference_size=0,
    score=None, lower_bound=None, upper_bound=None, base_year=None,
    trend_class="too_little_data", trend_r=None, trend_slope=None, trend_values=0,
    outlook=None, gender_gap=None,
)  # fmt: skip


def kpi(kpi_id: str, goal: int, series=None, target=None, colour="grey"):
    """A KPI of ``goal``; with ``target`` = (value, year) its outlook from ``series``."""
    outlook = compute_outlook(series or [], *target, 1, S) if target else None
    return dataclasses.replace(BLANK, kpi_id=kpi_id, goal=goal, outlook=outlook, colour=colour)


GROWING = [(2015, 100.0), (2020, 121.0)]  # +21 % in 5 years
KPIS = [
    # goal 3: one of each class against a target, and one without a target that is green
    kpi("A", 3, [(2015, 100.0), (2020, 160.0)], (150.0, 2025)),  # past the target: achieved
    kpi("B", 3, GROWING, (140.0, 2025)),  # on track
    kpi("C", 3, GROWING, (150.0, 2025)),  # needs acceleration
    kpi("D", 3, GROWING, (300.0, 2025)),  # limited progress
    kpi("E", 3, [(2015, 100.0), (2020, 90.0)], (150.0, 2025)),  # moving away
    kpi("F", 3, [], (150.0, 2025)),  # a target but no values: too little data
    kpi("G", 3, colour="green"),  # best quarter of the comparison, but no target
    # goal 13: two KPIs achieved, one without a target
    kpi("H", 13, [(2015, 5.0), (2020, 9.0)], (8.0, 2030)),
    kpi("I", 13, [(2018, 9.0)], (8.0, 2030)),
    kpi("J", 13),
]


def test_each_kpi_gets_its_class_and_no_target_where_none_is_set():
    statuses = [target_status(k) for k in KPIS[:7]]
    assert statuses == list(TARGET_CLASSES)
    assert target_status(KPIS[6]) == "no_target"  # green in the comparison is not a target


def test_counts_per_goal_add_up_to_the_goals_kpis():
    counts = goal_target_counts(KPIS)
    assert sorted(counts) == list(range(1, 18))
    assert counts[3].counts == dict.fromkeys(TARGET_CLASSES, 1)
    assert (counts[3].total, counts[3].with_target) == (7, 6)
    assert counts[13].present() == [("achieved", 2), ("no_target", 1)]
    assert (counts[13].total, counts[13].with_target) == (3, 2)


def test_a_goal_without_kpis_counts_nothing():
    counts = goal_target_counts(KPIS)[7]
    assert counts.total == 0 and counts.with_target == 0 and counts.present() == []
