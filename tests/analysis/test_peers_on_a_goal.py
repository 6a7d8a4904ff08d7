"""M10 on a goal: peers ranked over the goal's KPIs, a KPI measured every fourth year too."""

import pytest

from styra.analysis import AnalysisSettings, explicit
from styra.analysis.learning import peers_on_goal
from tests.analysis.frames import every_fourth_year, series, values

S = AnalysisSettings()
YEARS = range(2018, 2023)
# A yearly KPI (higher is better): "a" improves by 2 a year, "b" by 1, "c" gets worse.
YEARLY = [
    *series("N1", "a", {y: 10.0 + 2 * (y - 2018) for y in YEARS}),
    *series("N1", "b", {y: 10.0 + (y - 2018) for y in YEARS}),
    *series("N1", "c", {y: 10.0 - (y - 2018) for y in YEARS}),
    *series("N1", "me", {y: 5.0 for y in YEARS}),
]
# Election turnout, measured 2014, 2018 and 2022 only: "c" improves most, then "me".
TURNOUT = {"a": (70.0, 70.0, 70.0), "b": (60.0, 59.0, 58.0), "c": (50.0, 58.0, 66.0)}
TURNOUT |= {"d": (45.0, 44.0, 44.0), "me": (40.0, 41.0, 42.0)}  # 5 areas tell a repeat
ELECTIONS = [row for a, r in TURNOUT.items() for row in every_fourth_year("E1", a, r)]
SET = explicit(["a", "b", "c", "d", "me"])


def peers(kpis, rows=YEARLY + ELECTIONS):
    return peers_on_goal(values(rows), kpis, SET, 2022, S, "me")


def test_the_peers_of_each_kpi_are_gathered_by_area():
    found = peers([("N1", 1), ("E1", 1)])
    assert {p.area_id: p.kpi_ids for p in found.peers} == {
        "a": ("N1",),
        "b": ("N1",),
        "c": ("E1",),
    }
    c = next(p for p in found.peers if p.area_id == "c")
    assert c.improvements[0].improvement == pytest.approx(2.0)  # 8 points in 4 years
    assert c.improvements[0].measured_every == 4


def test_the_area_itself_is_never_its_own_peer():
    found = peers([("E1", 1)])
    assert [p.area_id for p in found.peers] == ["c"]  # "me" improved too, 0.25 a year


def test_peers_on_more_kpis_come_first_then_by_rank():
    both = [*YEARLY, *series("N2", "b", {y: float(y) for y in YEARS})]
    both += series("N2", "a", {y: 2000.0 - y for y in YEARS})
    found = peers([("N1", 1), ("N2", 1)], both)
    assert [p.area_id for p in found.peers] == ["b", "a"]  # b: 2 KPIs, a: 1
    assert found.peers[0].kpi_ids == ("N2", "N1")  # best rank first: 1 on N2, 2 on N1
    assert [i.rank for i in found.peers[0].improvements] == [1, 2]


def test_lower_is_better_and_neutral_kpis():
    found = peers([("N1", -1), ("E1", 0)])
    assert [p.area_id for p in found.peers] == ["c"]  # c fell the most on N1
    assert [c.kpi_id for c in found.comparisons] == ["N1"]  # a neutral KPI ranks nobody


def test_two_elections_cannot_be_judged():
    later = [row for row in ELECTIONS if row[2] >= 2018]
    found = peers([("E1", 1)], later)
    assert found.peers == () and found.cannot_be_judged == ("E1",)


def test_a_kpi_with_values_only_in_election_years_is_judged_between_them():
    only = [row for row in ELECTIONS if row[2] in (2014, 2018, 2022)]  # no rows between
    found = peers([("E1", 1)], only)
    assert [p.area_id for p in found.peers] == ["c"]
    improvement = found.peers[0].improvements[0]
    assert improvement.improvement == pytest.approx(2.0)
    assert improvement.measured_every == 4
    assert found.comparisons[0].first_year == 2014


def test_two_elections_without_rows_between_cannot_be_judged():
    only = [row for row in ELECTIONS if row[2] in (2018, 2022)]
    found = peers([("E1", 1)], only)
    assert found.peers == ()
