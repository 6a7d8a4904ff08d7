"""Where collaboration is needed: pure functions over plain dicts (no Django, no database).

- **Behöver externa partner**: a goal that is a major challenge in the
  nulägesanalys (M5) *and* over which the organisation has low rådighet: the
  mean level of the goal's targets is at most ``LOW_MANDATE`` (1.5 on the
  0–3 scale, i.e. closer to "kan påverka" than to "äger, köper eller
  planerar"). Others hold the levers, so the goal needs partners outside.
- **Behöver samarbete mellan förvaltningar**: a goal whose KPIs (Styra's
  curated set for the organisation's type) belong to at least
  ``MIN_OPERATING_AREAS`` (3) distinct Kolada operating areas. The
  overarching areas and the population statistics (``NOT_OPERATING``) are not
  counted: no single förvaltning owns them.
- **Mål utan aktörer** and **mål utan någon som leder**: goals nobody in the
  register has a role for, and goals that have actors but none who leads.
"""

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from styra.sdg import GOAL_NUMBERS

LOW_MANDATE = 1.5
MIN_OPERATING_AREAS = 3
NOT_OPERATING = frozenset({"Kommunen, övergripande", "Regionen, övergripande", "Befolkning"})
LEAD = "lead"


@dataclass(frozen=True)
class ExternalNeed:
    goal: int
    mean_level: float  # mean rådighet of the goal's targets, 0–3
    external_actors: tuple[str, ...]  # the external actors already involved


@dataclass(frozen=True)
class CrossUnitNeed:
    goal: int
    operating_areas: tuple[str, ...]  # sorted
    internal_actors: tuple[str, ...]  # the internal actors already involved


def needs_external_partners(
    major_challenge: Mapping[int, bool],
    mean_mandate: Mapping[int, float],
    external_actors: Mapping[int, Collection[str]] | None = None,
    low: float = LOW_MANDATE,
) -> tuple[ExternalNeed, ...]:
    """Goals that are a major challenge and have a mean rådighet ≤ ``low``, in goal order.

    A goal missing from either mapping is not judged (no data is not a challenge).
    """
    found = []
    for goal in GOAL_NUMBERS:
        level = mean_mandate.get(goal)
        if major_challenge.get(goal) and level is not None and level <= low:
            actors = tuple(sorted((external_actors or {}).get(goal, ())))
            found.append(ExternalNeed(goal, level, actors))
    return tuple(found)


def operating_areas_by_goal(
    kpi_goals: Mapping[str, int], operating_areas: Mapping[str, str]
) -> dict[int, tuple[str, ...]]:
    """Per goal the distinct operating areas of its KPIs (sorted), leaving out blanks,
    KPIs without metadata and the areas in ``NOT_OPERATING``."""
    found: dict[int, set[str]] = {}
    for kpi_id, goal in kpi_goals.items():
        area = (operating_areas.get(kpi_id) or "").strip()
        if area and area not in NOT_OPERATING:
            found.setdefault(goal, set()).add(area)
    return {goal: tuple(sorted(areas)) for goal, areas in sorted(found.items())}


def needs_cross_unit_work(
    areas_by_goal: Mapping[int, Collection[str]],
    internal_actors: Mapping[int, Collection[str]] | None = None,
    minimum: int = MIN_OPERATING_AREAS,
) -> tuple[CrossUnitNeed, ...]:
    """Goals whose KPIs span at least ``minimum`` operating areas, in goal order."""
    found = []
    for goal in GOAL_NUMBERS:
        areas = tuple(sorted(set(areas_by_goal.get(goal, ()))))
        if len(areas) >= minimum:
            actors = tuple(sorted((internal_actors or {}).get(goal, ())))
            found.append(CrossUnitNeed(goal, areas, actors))
    return tuple(found)


def goals_without_actors(roles_by_goal: Mapping[int, Collection[str]]) -> tuple[int, ...]:
    """Goals no actor has any role for."""
    return tuple(goal for goal in GOAL_NUMBERS if not roles_by_goal.get(goal))


def goals_without_lead(roles_by_goal: Mapping[int, Collection[str]]) -> tuple[int, ...]:
    """Goals that have actors, none of whom leads (for the goal or one of its targets)."""
    return tuple(
        goal
        for goal in GOAL_NUMBERS
        if roles_by_goal.get(goal) and LEAD not in roles_by_goal.get(goal, ())
    )
