"""How well M5's challenge ranking tells areas apart (DESIGN §4 M5 calibration goals).

Given the analyses of all kommuner (or all regions) in one year, count per area
how many goals are "stor utmaning", how often each goal is the #1 challenge,
and how many (area, goal) pairs are a major challenge while most of their
coloured KPIs are green (the contradiction a strategist notices first), and
on which goals areas are far from a policy target (shown apart from the level).
Pure: takes ``AreaAnalysis`` objects, returns numbers.
"""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median, quantiles

import polars as pl

from styra.analysis.area import AreaAnalysis, analyse_area
from styra.analysis.batch import analyse_all
from styra.analysis.reference import area_ids_of_type
from styra.analysis.settings import DEFAULT_SETTINGS, GREEN, AnalysisSettings
from styra.sdg import GOAL_NUMBERS


@dataclass(frozen=True)
class Calibration:
    n_areas: int
    majors_median: float
    majors_quartiles: tuple[float, float]
    first_share: dict[int, float]  # goal -> share of areas where it is ranked #1
    green_majors: int  # (area, goal) major challenges with most coloured KPIs green
    far_share: dict[int, float]  # goal -> share of areas far from a policy target on it

    @property
    def top_first(self) -> tuple[int, float]:
        goal = max(self.first_share, key=lambda g: (self.first_share[g], -g))
        return goal, self.first_share[goal]


def mostly_green(analysis: AreaAnalysis, goal: int) -> bool:
    coloured = [k for k in analysis.kpis_of_goal(goal) if k.colour in ("green", "yellow", "red")]
    return bool(coloured) and sum(k.colour == GREEN for k in coloured) > len(coloured) / 2


def calibrate(analyses: Sequence[AreaAnalysis]) -> Calibration:
    """The calibration figures over ``analyses`` (one per area, same type and year)."""
    majors = [sum(g.major_challenge for g in a.goals) for a in analyses]
    firsts = Counter(a.goals[0].goal for a in analyses if not a.goals[0].too_little_data)
    contradictions = [
        (a, g) for a in analyses for g in a.goals if g.major_challenge and mostly_green(a, g.goal)
    ]
    far = Counter(g.goal for a in analyses for g in a.goals if g.far_from_target)
    q1, _, q3 = quantiles(majors, n=4) if len(majors) > 1 else (majors[0],) * 3
    return Calibration(
        n_areas=len(analyses),
        majors_median=median(majors),
        majors_quartiles=(q1, q3),
        first_share={g: firsts[g] / len(analyses) for g in GOAL_NUMBERS},
        green_majors=len(contradictions),
        far_share={g: far[g] / len(analyses) for g in GOAL_NUMBERS},
    )


def analyse_every_area(
    values: pl.DataFrame,
    catalog: pl.DataFrame,
    areas: pl.DataFrame,
    kind: str,
    year: int,
    settings: AnalysisSettings = DEFAULT_SETTINGS,
) -> list[AreaAnalysis]:
    """The default analysis (compared with all of the type) of every kommun or every region."""
    batch = analyse_all(values, catalog, areas, kind, settings)
    return [
        analyse_area(values, catalog, areas, a, year, settings=settings, batch=batch)
        for a in area_ids_of_type(areas, kind)
    ]
