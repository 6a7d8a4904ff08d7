"""M5: per goal coverage, score, standing, share red/worsening, worst KPI, level and ranking."""

import dataclasses

import pytest

from styra.analysis import AnalysisSettings, KpiResult, rank_goals
from styra.analysis.goals import overall_index

BLANK = KpiResult(
    kpi_id="", title="", goal=1, unit="", polarity=1, value=None, value_year=None,
    percentile=None, colour="grey", reference_label="alla kommuner", reference_size=0,
    score=None, lower_bound=None, upper_bound=None, base_year=None,
    trend_class="too_little_data", trend_r=None, trend_slope=None, trend_values=0,
    outlook=None, gender_gap=None,
)  # fmt: skip


def kpi(kpi_id, goal, score=None, colour="grey", trend="too_little_data", percentile=None):
    has_value = colour != "grey"
    return dataclasses.replace(
        BLANK, kpi_id=kpi_id, goal=goal, score=score, colour=colour, trend_class=trend,
        percentile=percentile, value=1.0 if has_value else None,
    )  # fmt: skip


KPIS = [
    # goal 3: 3 of 4 with data, scores 60 and 80 (mean 70), 1 of 3 red, 1 of 2 worsening
    kpi("A", 3, 60.0, "red", "worsening", 10.0),
    kpi("B", 3, 80.0, "green", "improving", 90.0),
    kpi("C", 3, None, "yellow", "too_little_data", 50.0),
    kpi("D", 3),
    # goal 5: mean 40 → major challenge
    kpi("E", 5, 40.0, "yellow", "stable", 40.0),
    # goal 7: mean 70 like goal 3 but 2 of 2 red → ranked before goal 3
    kpi("F", 7, 70.0, "red", "stable", 5.0),
    kpi("G", 7, 70.0, "red", "stable", 6.0),
    # goal 8: colour but no score
    kpi("H", 8, None, "red", "stable", 3.0),
    # goal 9: KPIs without data
    kpi("I", 9),
]


# goal -> (standing among all kommuner, kommuner compared), as ``goal_standings`` gives
STANDINGS = {3: (30.0, 290), 5: (10.0, 290), 7: (20.0, 290), 8: (None, 0)}


def goals(kpis=KPIS, standings=STANDINGS):
    return {g.goal: g for g in rank_goals(kpis, AnalysisSettings(), standings)}


def test_goal_counts_by_hand():
    g = goals()[3]
    assert (g.n_kpis, g.n_with_data, g.coverage_sv) == (4, 3, "3 av 4")
    assert g.mean_score == pytest.approx(70.0)
    assert (g.n_red, g.n_coloured, g.share_red) == (1, 3, pytest.approx(1 / 3))
    assert (g.n_worsening, g.n_trend, g.share_worsening) == (1, 2, 0.5)
    assert g.worst_kpi_id == "A"
    assert (g.standing, g.standing_size, g.n_green) == (30.0, 290, 1)


def test_major_challenge_is_the_weakest_quarter_of_the_type():
    g = goals()
    assert g[5].major_challenge and g[7].major_challenge  # standings 10 and 20 < 25
    assert not g[3].major_challenge and g[3].level == "some"  # 30: not the weakest quarter
    assert not g[8].major_challenge  # a colour but no score: no standing, no verdict


def test_the_score_alone_no_longer_makes_a_major_challenge():
    """A mean score of 40 was "stor utmaning" under the old rule; a mid standing is not."""
    assert goals(standings={5: (60.0, 290)})[5].level == "some"


def test_never_major_while_most_coloured_kpis_are_green():
    mostly_green = [kpi("X", 4, 10.0, "green", percentile=80.0), kpi("Y", 4, 5.0, "red", 3.0)]
    mostly_green.append(kpi("Z", 4, 60.0, "green", percentile=90.0))
    g = goals(mostly_green, {4: (5.0, 290)})[4]
    assert (g.n_green, g.n_coloured, g.level) == (2, 3, "some")


def test_minor_challenge_is_the_strongest_quarter():
    assert goals(standings={3: (75.0, 290)})[3].level == "minor"
    assert goals(standings={3: (74.9, 290)})[3].level == "some"


def test_majors_first_then_by_standing_no_data_last():
    order = [g.goal for g in rank_goals(KPIS, AnalysisSettings(), STANDINGS)]
    assert order[:4] == [5, 7, 3, 8]  # majors 10, 20; then 30; then no standing
    assert len(order) == 17 and order[4:] == [1, 2, 4, 6, 9, 10, 11, 12, 13, 14, 15, 16, 17]
    assert goals()[9].too_little_data and goals()[17].n_kpis == 0
    assert goals()[8].too_little_data is False and goals()[8].worst_kpi_id == "H"


def test_far_from_a_policy_target_is_listed_apart_from_the_level():
    near, far = kpi("P", 6, 80.0, "yellow", percentile=50.0), kpi("Q", 6, 30.0, "green", 90.0)
    targeted = [dataclasses.replace(k, upper_source="target") for k in (near, far)]
    computed = dataclasses.replace(far, kpi_id="R", upper_source="computed")
    g = goals([*targeted, computed], {6: (80.0, 290)})[6]
    assert g.far_from_target == ("Q",) and g.level == "minor"


def test_overall_index_needs_coverage():
    index, scored, judgeable = overall_index(
        KPIS, rank_goals(KPIS, AnalysisSettings()), AnalysisSettings()
    )
    assert (scored, judgeable) == (5, 9) and index is None  # 56 % < 80 %
    full = [k for k in KPIS if k.score is not None]
    index, scored, judgeable = overall_index(
        full, rank_goals(full, AnalysisSettings()), AnalysisSettings()
    )
    assert (scored, judgeable) == (5, 5)
    assert index == pytest.approx((70 + 40 + 70) / 3)  # mean of goal scores
