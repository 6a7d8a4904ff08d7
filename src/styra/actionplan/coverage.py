"""Coverage check: every prioritised goal has at least one action and one indicator.

``actions`` are the plan's items with the goals each serves (its own and its
ancestors', ``effective_goals``); ``counts_as_action`` says whether the item is
an action in the sense of the check (the web app counts actions and
activities, not strategies, and leaves out cancelled ones). ``indicators``
link an indicator to an item; a goal has an indicator when any item serving it
has one (a strategy's effect indicator counts).
"""

from collections.abc import Hashable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class CoverageItem:
    id: Hashable
    goals: frozenset[int]
    counts_as_action: bool = True


@dataclass(frozen=True)
class IndicatorLink:
    action_id: Hashable
    kpi_id: str


@dataclass(frozen=True)
class GoalCoverage:
    goal: int
    actions: tuple  # ids of the items that count as actions for the goal
    indicators: tuple[str, ...]  # kpi ids, each once, in first-seen order

    @property
    def lacks_action(self) -> bool:
        return not self.actions

    @property
    def lacks_indicator(self) -> bool:
        return not self.indicators

    @property
    def complete(self) -> bool:
        return not (self.lacks_action or self.lacks_indicator)


def coverage(
    prioritised_goals: Iterable[int],
    actions: Iterable[CoverageItem],
    indicators: Iterable[IndicatorLink],
) -> tuple[GoalCoverage, ...]:
    """Per prioritised goal (each once, in the given order) its actions and indicators."""
    items = list(actions)
    goals_of = {item.id: item.goals for item in items}
    result = []
    links = list(indicators)
    for goal in dict.fromkeys(prioritised_goals):
        found = tuple(item.id for item in items if item.counts_as_action and goal in item.goals)
        kpis = tuple(
            dict.fromkeys(
                link.kpi_id for link in links if goal in goals_of.get(link.action_id, frozenset())
            )
        )
        result.append(GoalCoverage(goal=goal, actions=found, indicators=kpis))
    return tuple(result)


def gaps(
    prioritised_goals: Iterable[int],
    actions: Iterable[CoverageItem],
    indicators: Iterable[IndicatorLink],
) -> tuple[GoalCoverage, ...]:
    """Only the prioritised goals that lack an action or an indicator."""
    return tuple(c for c in coverage(prioritised_goals, actions, indicators) if not c.complete)
