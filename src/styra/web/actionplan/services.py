"""Load an organisation's plan, roll up its progress, flag actions and check coverage.

The arithmetic is ``styra.actionplan``'s (pure, tested there); this module
reads the database, passes "today" in and shapes the result for the pages
and the Excel export.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.utils import timezone

from styra.actionplan import (
    DEFAULT_STALLED_DAYS,
    CoverageItem,
    Flag,
    FlagSettings,
    FlagState,
    GoalCoverage,
    IndicatorLink,
    Node,
    coverage,
    effective_goals,
    flags,
    roll_up,
    tree_order,
)
from styra.web.organisations.models import Organisation

from .models import Action, ActionIndicator, Level, ProgressEntry, Status
from .presentation import flag_words

LEVEL_ORDER = {Level.STRATEGY: 0, Level.ACTION: 1, Level.ACTIVITY: 2}
CHILD_LEVEL = {Level.STRATEGY: Level.ACTION, Level.ACTION: Level.ACTIVITY}


def today() -> date:
    """The date in Stockholm (``TIME_ZONE``); the pure functions get it passed in."""
    return timezone.localdate()


def flag_settings() -> FlagSettings:
    """``STYRA_ACTIONPLAN_STALLED_DAYS`` if the deployment sets it, else 60 days."""
    return FlagSettings(getattr(settings, "STYRA_ACTIONPLAN_STALLED_DAYS", DEFAULT_STALLED_DAYS))


def prioritised_goals(organisation: Organisation) -> list[int]:
    """The goals of the organisation's current priority decision (the newest), [] if none.

    The decisions are the priorities app's (``Decision``, docs/prioritisation.md),
    imported here lazily: the plan needs only their goal numbers.
    """
    try:
        from styra.web.priorities.decisions.models import Decision
    except ImportError:  # a deployment without the priorities app
        return []
    decision = (
        Decision.objects.filter(organisation=organisation)
        .order_by("-decided_on", "-created_at", "-pk")
        .only("goals")
        .first()
    )
    if decision is None:
        return []
    return sorted({int(goal) for goal in decision.goals})


@dataclass
class PlanNode:
    """One action as the pages show it: rolled-up progress, flags, goals and children."""

    action: Action
    latest: ProgressEntry | None
    progress: float
    flags: tuple[Flag, ...]
    goals: frozenset[int]
    children: list["PlanNode"] = field(default_factory=list)
    indicator_count: int = 0

    @property
    def percent(self) -> int:
        """The rolled-up progress as the pages print it: a whole percent."""
        return round(self.progress)

    @property
    def flag_labels(self) -> list[str]:
        return flag_words(self.flags)

    @property
    def rolled(self) -> bool:
        """True when the number comes from the children, not the action's own reports."""
        return any(weight_of(child.action) > 0 for child in self.children)


@dataclass
class Plan:
    organisation: Organisation
    today: date
    nodes: list[PlanNode]  # parents before children, siblings by code
    by_id: dict[int, PlanNode]
    indicators: list[ActionIndicator]

    @property
    def roots(self) -> list[PlanNode]:
        return [node for node in self.nodes if node.action.parent_id is None]

    def goals(self) -> list[int]:
        """The goals some action serves, in order."""
        return sorted({goal for node in self.nodes for goal in node.goals})

    def roots_for_goal(self, goal: int) -> list[PlanNode]:
        """The highest actions that serve ``goal`` (their children serve it too)."""
        return [
            node
            for node in self.nodes
            if goal in node.goals
            and (
                node.action.parent_id is None or goal not in self.by_id[node.action.parent_id].goals
            )
        ]

    def flagged(self) -> list[PlanNode]:
        return [node for node in self.nodes if node.flags]

    def walk(self, nodes: Iterable[PlanNode] | None = None) -> list[tuple[int, PlanNode]]:
        """(depth, node) depth first: the plan as one list in tree order."""
        found: list[tuple[int, PlanNode]] = []
        stack = [(0, node) for node in reversed(list(self.roots if nodes is None else nodes))]
        while stack:
            depth, node = stack.pop()
            found.append((depth, node))
            stack.extend((depth + 1, child) for child in reversed(node.children))
        return found


def natural_key(code: str) -> tuple:
    """Sort S2 before S10 and S1.2 before S1.10."""
    parts = []
    for part in code.replace("-", ".").split("."):
        digits = "".join(ch for ch in part if ch.isdigit())
        prefix = "".join(ch for ch in part if not ch.isdigit())
        parts.append((prefix.casefold(), int(digits) if digits else -1, part))
    return tuple(parts)


def latest_entries(actions: Iterable[Action]) -> dict[int, ProgressEntry]:
    """Each action's latest progress entry (newest date, then newest saved)."""
    latest: dict[int, ProgressEntry] = {}
    entries = ProgressEntry.objects.filter(action__in=list(actions)).select_related("created_by")
    for entry in entries.order_by("action_id", "-date", "-created_at", "-pk"):
        latest.setdefault(entry.action_id, entry)
    return latest


def last_reports(actions: list[Action], latest: dict[int, ProgressEntry]) -> dict[int, date]:
    """Per action the date of the newest report on it or on anything under it: a strategy
    whose actions are reported on is not standing still."""
    found = {pk: entry.date for pk, entry in latest.items()}
    parents = {a.pk: a.parent_id for a in actions}
    for pk in reversed(tree_order(parents)):  # children before parents
        parent = parents[pk]
        if parent is not None and pk in found:
            found[parent] = max(found[parent], found[pk]) if parent in found else found[pk]
    return found


def weight_of(action: Action) -> float:
    """A cancelled action weighs nothing in the roll-up; others their own weight."""
    return 0.0 if action.status == Status.CANCELLED else float(action.weight)


def load_plan(organisation: Organisation, on: date | None = None) -> Plan:
    """The organisation's whole plan on ``on`` (default: today)."""
    on = on or today()
    actions = sorted(
        Action.objects.filter(organisation=organisation)
        .select_related("owner", "parent")
        .prefetch_related("partners", "responsible"),
        key=lambda a: natural_key(a.code),
    )
    latest = latest_entries(actions)
    parents = {a.pk: a.parent_id for a in actions}
    goals = effective_goals(parents, {a.pk: a.targets for a in actions})
    progress = roll_up(
        Node(
            a.pk,
            a.parent_id,
            weight_of(a),
            latest[a.pk].percent if a.pk in latest else None,
        )
        for a in actions
    )
    indicators = list(
        ActionIndicator.objects.filter(action__organisation=organisation).order_by(
            "action_id", "kpi_id"
        )
    )
    counts: dict[int, int] = {}
    for indicator in indicators:
        counts[indicator.action_id] = counts.get(indicator.action_id, 0) + 1
    settings_ = flag_settings()
    reported = last_reports(actions, latest)
    by_id = {}
    for action in actions:
        entry = latest.get(action.pk)
        state = FlagState(
            status=action.status,
            start=action.start,
            end=action.end,
            last_progress=reported.get(action.pk),
            created=timezone.localdate(action.created_at) if action.created_at else None,
        )
        by_id[action.pk] = PlanNode(
            action=action,
            latest=entry,
            progress=progress[action.pk],
            flags=flags(state, on, settings_),
            goals=goals[action.pk],
            indicator_count=counts.get(action.pk, 0),
        )
    for action in actions:
        if action.parent_id is not None:
            by_id[action.parent_id].children.append(by_id[action.pk])
    ordered = [by_id[pk] for pk in walk_order(by_id)]
    return Plan(organisation, on, ordered, by_id, indicators)


def walk_order(by_id: dict[int, PlanNode]) -> list[int]:
    """Ids depth first from the top nodes (the tree as it is read)."""
    order: list[int] = []
    stack = [n for n in reversed(list(by_id.values())) if n.action.parent_id is None]
    while stack:
        node = stack.pop()
        order.append(node.action.pk)
        stack.extend(reversed(node.children))
    return order


def coverage_of(plan: Plan, goals: list[int]) -> tuple[GoalCoverage, ...]:
    """Per prioritised goal its actions (and activities) and indicators; cancelled ones
    do not count."""
    live = [n for n in plan.nodes if n.action.status != Status.CANCELLED]
    items = [
        CoverageItem(n.action.pk, n.goals, counts_as_action=n.action.level != Level.STRATEGY)
        for n in live
    ]
    live_ids = {n.action.pk for n in live}
    links = [
        IndicatorLink(i.action_id, i.kpi_id) for i in plan.indicators if i.action_id in live_ids
    ]
    return coverage(goals, items, links)


def descendants(action: Action) -> list[Action]:
    """Every action under ``action`` (children, their children, …)."""
    found: list[Action] = []
    frontier = [action.pk]
    while frontier:
        children = list(Action.objects.filter(parent_id__in=frontier))
        found += children
        frontier = [child.pk for child in children]
    return found


def codes_in_use(organisation: Organisation) -> set[str]:
    """The organisation's action codes, casefolded."""
    codes = Action.objects.filter(organisation=organisation).values_list("code", flat=True)
    return {code.casefold() for code in codes}


def next_code(parent_code: str | None, taken: set[str]) -> str:
    """A free code: S1, S2 … for strategies; the parent's code and a number under it (S1.1).

    ``taken``: the codes in use, casefolded."""
    prefix = "S" if parent_code is None else f"{parent_code}."
    number = 1
    while f"{prefix}{number}".casefold() in taken:
        number += 1
    return f"{prefix}{number}"
