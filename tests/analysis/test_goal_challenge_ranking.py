"""M5: per goal coverage, mean score, share red/worsening, worst KPI, flag and ranking."""

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


def goals():
    return {g.goal: g for g in rank_goals(KPIS, AnalysisSettings())}


def test_goal_counts_by_hand():
    g = goals()[3]
    assert (g.n_kpis, g.n_with_data, g.coverage_sv) == (4, 3, "3 av 4")
    assert g.mean_score == pytest.approx(70.0)
    assert (g.n_red, g.n_coloured, g.share_red) == (1, 3, pytest.approx(1 / 3))
    assert (g.n_worsening, g.n_trend, g.share_worsening) == (1, 2, 0.5)
    assert g.worst_kpi_id == "A"
    assert g.major_challenge is False  # exactly a third red is not more than a third


def test_major_challenge_by_score_or_red_share():
    g = goals()
    assert g[5].major_challenge and g[7].major_challenge and g[8].major_challenge


def test_ranking_by_score_then_share_red_no_data_last():
    order = [g.goal for g in rank_goals(KPIS, AnalysisSettings())]
    assert order[:4] == [5, 7, 3, 8]  # 40; 70 with all red; 70 with a third red; no score
    assert len(order) == 17 and order[4:] == [1, 2, 4, 6, 9, 10, 11, 12, 13, 14, 15, 16, 17]
    assert goals()[9].too_little_data and goals()[17].n_kpis == 0
    assert goals()[8].too_little_data is False and goals()[8].worst_kpi_id == "H"


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
