"""Status against a target (M4 as the pages show it): per KPI, counted per goal, and the
path needed from the base year to the target.

A KPI with a target value has its outlook's class (achieved, on track, needs
acceleration, limited progress, moving away, too little data); one without has
``NO_TARGET``. This is a different question from the relative position (M1): green
in a comparison says "better than most compared", never "target reached".
"""

from collections.abc import Iterable
from dataclasses import dataclass

from styra.analysis.kpis import KpiResult
from styra.analysis.outlook import Outlook, compound
from styra.analysis.settings import (
    ACHIEVED,
    LIMITED_PROGRESS,
    MOVING_AWAY,
    NEEDS_ACCELERATION,
    NO_TARGET,
    ON_TRACK,
    TOO_LITTLE_DATA,
)
from styra.sdg import GOAL_NUMBERS

# From best to worst, then the KPIs that cannot be judged against a target.
TARGET_CLASSES = (
    ACHIEVED,
    ON_TRACK,
    NEEDS_ACCELERATION,
    LIMITED_PROGRESS,
    MOVING_AWAY,
    TOO_LITTLE_DATA,
    NO_TARGET,
)
Path = list[tuple[int, float]]  # (year, value), by year


def target_status(kpi: KpiResult) -> str:
    """The KPI's class against its target, ``NO_TARGET`` when it has none."""
    return kpi.outlook.status if kpi.outlook else NO_TARGET


@dataclass(frozen=True)
class TargetCounts:
    """How many of a goal's KPIs are in each class against a target (0 where none)."""

    goal: int
    counts: dict[str, int]  # every class of TARGET_CLASSES

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def with_target(self) -> int:
        """KPIs with a target value, whether or not there is data enough to judge them."""
        return self.total - self.counts[NO_TARGET]

    def present(self) -> list[tuple[str, int]]:
        """The classes with at least one KPI, in the order of ``TARGET_CLASSES``."""
        return [(status, self.counts[status]) for status in TARGET_CLASSES if self.counts[status]]


def goal_target_counts(kpis: Iterable[KpiResult]) -> dict[int, TargetCounts]:
    """Per goal (all 17, also those without KPIs) how many of its KPIs are in each class."""
    counts = {goal: dict.fromkeys(TARGET_CLASSES, 0) for goal in GOAL_NUMBERS}
    for kpi in kpis:
        goal = counts.setdefault(kpi.goal, dict.fromkeys(TARGET_CLASSES, 0))
        goal[target_status(kpi)] += 1
    return {goal: TargetCounts(goal, found) for goal, found in counts.items()}


def needed_path(outlook: Outlook) -> Path:
    """Year by year from the base value to the target value in the target year: the path
    at the required rate (compound where M4 compares growth rates, else a straight line).

    Empty without a base value or when the target year is not after the base year.
    """
    t0, x0 = outlook.base_year, outlook.base_value
    end, target = outlook.target_year, outlook.target_value
    if t0 is None or x0 is None or end <= t0:
        return []
    latest = x0 if outlook.latest_value is None else outlook.latest_value
    method = outlook.method or ("cagr" if compound(x0, latest, target) else "linear")
    span = end - t0
    if method == "cagr":
        rate = (target / x0) ** (1 / span) - 1
        path = [(year, x0 * (1 + rate) ** (year - t0)) for year in range(t0, end)]
    else:
        path = [(year, x0 + (target - x0) * (year - t0) / span) for year in range(t0, end)]
    return [*path, (end, target)]
