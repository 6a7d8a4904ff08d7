"""Target values per KPI: the curated Agenda 2030 KPIs for the organisation's type and
its own indicators, each with the organisation's target or else the curated default.

Neutral KPIs (polarity 0) take no target and are left out. Each row of the form
carries its own version (the target as the page showed it): a row someone else changed
since the page was opened is not overwritten (docs/two-people-at-once.md).
"""

from dataclasses import dataclass

from django.db import transaction

from styra.agenda2030 import kpis_for_area_type
from styra.sdg import Goal, load_catalog
from styra.web.common.concurrency import EMPTY
from styra.web.common.formats import number
from styra.web.organisations.models import Organisation

from .models import KpiTarget, OwnIndicator
from .versions import bump_own


@dataclass
class TargetRow:
    kpi_id: str
    title: str
    unit: str
    goal: int
    own: bool
    default: tuple[float, int] | None
    target: KpiTarget | None = None


@dataclass
class GoalGroup:
    goal: Goal
    rows: list[TargetRow]


def area_type(organisation: Organisation) -> str:
    return "L" if organisation.type == Organisation.Type.REGION else "K"


def target_rows(organisation: Organisation) -> list[TargetRow]:
    """Every KPI that can take a target, sorted by goal, own indicators last in each goal."""
    rows = [
        TargetRow(
            kpi_id=kpi.kpi_id,
            title=kpi.title,
            unit=kpi.unit,
            goal=kpi.goal,
            own=False,
            default=None if kpi.target_value is None else (kpi.target_value, kpi.target_year),
        )
        for kpi in kpis_for_area_type(area_type(organisation))
        if kpi.polarity != 0
    ]
    rows += [
        TargetRow(
            kpi_id=indicator.kpi_id,
            title=indicator.title,
            unit=indicator.unit,
            goal=indicator.goal,
            own=True,
            default=None,
        )
        for indicator in OwnIndicator.objects.filter(organisation=organisation).exclude(polarity=0)
    ]
    targets = {t.kpi_id: t for t in KpiTarget.objects.filter(organisation=organisation)}
    for row in rows:
        row.target = targets.get(row.kpi_id)
    return sorted(rows, key=lambda row: (row.goal, row.own, row.kpi_id))


def group_by_goal(rows: list[TargetRow]) -> list[GoalGroup]:
    catalog = load_catalog()
    return [
        GoalGroup(goal=goal, rows=[row for row in rows if row.goal == goal.number])
        for goal in catalog.goals
        if any(row.goal == goal.number for row in rows)
    ]


Pair = tuple[float, int] | None  # (target value, target year), None: no own target
NO_TARGET = "-"


def version_of(pair: Pair) -> str:
    """A row's version as its hidden field carries it: the target it shows."""
    return NO_TARGET if pair is None else f"{pair[0]!r}/{pair[1]}"


def saved_pair(row: TargetRow) -> Pair:
    return None if row.target is None else (row.target.target_value, row.target.target_year)


def pair_shown(pair: Pair) -> str:
    """A target as the person reads it: "12,5 (2030)"."""
    if pair is None:
        return str(EMPTY)
    return f"{number(pair[0], 4, trim=True)} ({pair[1]})"


@dataclass(frozen=True)
class Clash:
    """A row someone else changed since the page was opened, and this person too."""

    row: TargetRow
    saved: Pair  # the target now
    typed: Pair


def save_targets(
    organisation: Organisation,
    rows: list[TargetRow],
    wanted: dict[str, Pair],
    opened: dict[str, str] | None = None,
) -> tuple[int, list[Clash]]:
    """Set, change or clear the organisation's targets; how many changed, and the rows not
    saved because someone changed them since their version in ``opened`` (absent: no check).
    A row this person left as it was keeps the other's change."""
    changed, clashes, opened = 0, [], opened or {}
    with transaction.atomic():
        Organisation.objects.select_for_update().filter(pk=organisation.pk).first()
        now = {
            target.kpi_id: (target.target_value, target.target_year)
            for target in KpiTarget.objects.filter(organisation=organisation)
        }
        for row in rows:
            new, old, seen = wanted.get(row.kpi_id), now.get(row.kpi_id), opened.get(row.kpi_id)
            if new == old:
                continue
            if seen and seen != version_of(old):  # someone saved this row since
                if version_of(new) != seen:
                    clashes.append(Clash(row, old, new))
                continue
            if new is None:
                KpiTarget.objects.filter(organisation=organisation, kpi_id=row.kpi_id).delete()
            else:
                KpiTarget.objects.update_or_create(
                    organisation=organisation,
                    kpi_id=row.kpi_id,
                    defaults={"target_value": new[0], "target_year": new[1]},
                )
            changed += 1
        if changed:
            bump_own(organisation.pk)
    return changed, clashes
