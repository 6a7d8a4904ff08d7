"""M5 goal challenge: per SDG goal, coverage, mean score, share red, share worsening.

A goal is a major challenge if more than a third of its coloured KPIs are red
(M1) or its mean score (M2) is below 50. Goals are ranked from the biggest
challenge: lowest mean score first, ties by the larger share red; goals without
a score come after, and goals with no data at all last ("too little data").
Every share carries its denominator; nothing missing is counted as 0.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import fmean

from styra.analysis.kpis import KpiResult
from styra.analysis.settings import (
    GREEN,
    IMPROVING,
    RED,
    STABLE,
    WORSENING,
    YELLOW,
    AnalysisSettings,
)

GOALS = range(1, 18)
COLOURED = (GREEN, YELLOW, RED)
JUDGED = (IMPROVING, STABLE, WORSENING)


@dataclass(frozen=True)
class GoalResult:
    goal: int
    rank: int  # 1 = biggest challenge
    n_kpis: int  # KPIs of the set for this area type
    n_with_data: int  # of those, with a value up to the year
    n_scored: int
    mean_score: float | None
    n_coloured: int  # KPIs with an M1 colour (a value, a polarity, a comparison)
    n_red: int
    share_red: float | None
    n_trend: int  # KPIs with a judged trend (improving/stable/worsening)
    n_worsening: int
    share_worsening: float | None
    worst_kpi_id: str | None
    major_challenge: bool
    too_little_data: bool

    @property
    def coverage_sv(self) -> str:
        return f"{self.n_with_data} av {self.n_kpis}"


def share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def worst_kpi(kpis: Sequence[KpiResult]) -> str | None:
    """The KPI with the lowest score, else the lowest percentile among coloured ones."""
    scored = [k for k in kpis if k.score is not None]
    if scored:
        return min(scored, key=lambda k: (k.score, k.kpi_id)).kpi_id
    coloured = [k for k in kpis if k.colour in COLOURED]
    return min(coloured, key=lambda k: (k.percentile, k.kpi_id)).kpi_id if coloured else None


def summarise_goal(goal: int, kpis: Sequence[KpiResult], settings: AnalysisSettings) -> dict:
    scores = [k.score for k in kpis if k.score is not None]
    coloured = [k for k in kpis if k.colour in COLOURED]
    n_red = sum(k.colour == RED for k in coloured)
    judged = [k for k in kpis if k.trend_class in JUDGED]
    n_worse = sum(k.trend_class == WORSENING for k in judged)
    mean_score = fmean(scores) if scores else None
    share_red = share(n_red, len(coloured))
    major = (share_red is not None and share_red > settings.challenge_red_share) or (
        mean_score is not None and mean_score < settings.challenge_score
    )
    return dict(
        goal=goal,
        n_kpis=len(kpis),
        n_with_data=sum(k.value is not None for k in kpis),
        n_scored=len(scores),
        mean_score=mean_score,
        n_coloured=len(coloured),
        n_red=n_red,
        share_red=share_red,
        n_trend=len(judged),
        n_worsening=n_worse,
        share_worsening=share(n_worse, len(judged)),
        worst_kpi_id=worst_kpi(kpis),
        major_challenge=major,
        too_little_data=not scores and not coloured,
    )


def rank_goals(kpis: Sequence[KpiResult], settings: AnalysisSettings) -> tuple[GoalResult, ...]:
    """All 17 goals, biggest challenge first."""
    summaries = [summarise_goal(g, [k for k in kpis if k.goal == g], settings) for g in GOALS]

    def key(s: dict) -> tuple:
        score = s["mean_score"]
        return (
            s["too_little_data"],
            score is None,
            score or 0.0,
            -(s["share_red"] or 0.0),
            s["goal"],
        )

    ordered = sorted(summaries, key=key)
    return tuple(GoalResult(rank=i, **s) for i, s in enumerate(ordered, start=1))


def overall_index(
    kpis: Sequence[KpiResult], goals: Sequence[GoalResult], settings: AnalysisSettings
) -> tuple[float | None, int, int]:
    """(index, KPIs scored, KPIs that can be scored): mean of goal scores if coverage suffices."""
    judgeable = [k for k in kpis if k.polarity != 0]
    scored = sum(k.score is not None for k in judgeable)
    goal_scores = [g.mean_score for g in goals if g.mean_score is not None]
    enough = judgeable and scored / len(judgeable) >= settings.index_coverage
    return (fmean(goal_scores) if enough and goal_scores else None), scored, len(judgeable)
