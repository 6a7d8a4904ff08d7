"""M5 goal challenge: per SDG goal, coverage, score, standing, share red and worsening.

Each goal gets a score (M2: the mean of its KPIs' scores, SDSN's goal score)
and a *standing*: where that score stands among the goal scores of all areas of
the type (``styra.analysis.standing``), or of the comparison when the ranking
follows it. Scores of different goals are not comparable — one goal's KPIs may
be measured against a far-away policy target that every kommun misses — but
standings are, so the standing ranks the goals and sets the level:

- **major challenge** ("stor utmaning"): standing below 25, the area is among
  the weakest quarter on this goal — unless most of the goal's KPIs with a
  colour are green (M1), so that the label never contradicts the colours;
- **minor challenge**: standing 75 or more, among the strongest quarter;
- **some challenge** between; **too little data** without a score or colour.

Major challenges come first, then the rest, each from the lowest standing;
ties by the lower score. Goals
without a standing come after, goals without any data last. KPIs whose score
is measured against a policy target and is below 50 are listed as *far from
the target*, whatever the standing: absolute and relative are shown apart.
Every share carries its denominator; nothing missing is counted as 0.
"""

from collections.abc import Mapping, Sequence
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
from styra.sdg import GOAL_NUMBERS

COLOURED = (GREEN, YELLOW, RED)
JUDGED = (IMPROVING, STABLE, WORSENING)
MAJOR, SOME, MINOR, NO_DATA = "major", "some", "minor", "too_little_data"
Standings = Mapping[int, tuple[float | None, int]]  # goal -> (standing, areas compared)


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
    standing: float | None = None  # 0 weakest … 100 strongest area of the type on this goal
    standing_size: int = 0  # areas with a score for this goal that the standing compares
    level: str = NO_DATA  # major / some / minor / too_little_data
    n_green: int = 0
    n_too_old: int = 0  # KPIs whose latest value is too old to be judged
    far_from_target: tuple[str, ...] = ()  # KPIs scored against a policy target, below half

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


def goal_level(
    standing: float | None, no_data: bool, mostly_green: bool, settings: AnalysisSettings
) -> str:
    if no_data:
        return NO_DATA
    if standing is not None and standing < settings.major_standing and not mostly_green:
        return MAJOR
    if standing is not None and standing >= settings.minor_standing:
        return MINOR
    return SOME


def summarise_goal(
    goal: int,
    kpis: Sequence[KpiResult],
    standing: tuple[float | None, int],
    settings: AnalysisSettings,
) -> dict:
    scores = [k.score for k in kpis if k.score is not None]
    coloured = [k for k in kpis if k.colour in COLOURED]
    n_red = sum(k.colour == RED for k in coloured)
    judged = [k for k in kpis if k.trend_class in JUDGED]
    n_worse = sum(k.trend_class == WORSENING for k in judged)
    no_data = not scores and not coloured
    position, size = standing if scores else (None, 0)
    n_green = sum(k.colour == GREEN for k in coloured)
    level = goal_level(position, no_data, 2 * n_green > len(coloured), settings)
    far = [
        k.kpi_id
        for k in kpis
        if k.policy_target and k.score is not None and k.score < settings.far_from_target
    ]
    return dict(
        goal=goal,
        n_kpis=len(kpis),
        n_with_data=sum(k.value is not None for k in kpis),
        n_scored=len(scores),
        mean_score=fmean(scores) if scores else None,
        n_coloured=len(coloured),
        n_red=n_red,
        share_red=share(n_red, len(coloured)),
        n_trend=len(judged),
        n_worsening=n_worse,
        share_worsening=share(n_worse, len(judged)),
        worst_kpi_id=worst_kpi(kpis),
        major_challenge=level == MAJOR,
        too_little_data=no_data,
        standing=position,
        standing_size=size,
        level=level,
        n_green=n_green,
        n_too_old=sum(k.too_old for k in kpis),
        far_from_target=tuple(far),
    )


def rank_goals(
    kpis: Sequence[KpiResult], settings: AnalysisSettings, standings: Standings | None = None
) -> tuple[GoalResult, ...]:
    """All 17 goals, biggest challenge first (lowest standing; see the module doc)."""
    standings = standings or {}
    summaries = [
        summarise_goal(g, [k for k in kpis if k.goal == g], standings.get(g, (None, 0)), settings)
        for g in GOAL_NUMBERS
    ]

    def key(s: dict) -> tuple:
        return (
            s["too_little_data"],
            not s["major_challenge"],
            s["standing"] is None,
            s["standing"] or 0.0,
            s["mean_score"] is None,
            s["mean_score"] or 0.0,
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
