"""Target values per KPI: the curated Agenda 2030 KPIs for the organisation's type and
its own indicators, each with the organisation's target or else the curated default.

Neutral KPIs (polarity 0) take no target and are left out.
"""

from dataclasses import dataclass

from django.db import transaction

from styra.agenda2030 import kpis_for_area_type
from styra.sdg import Goal, load_catalog
from styra.web.organisations.models import Organisation

from .models import KpiTarget, OwnIndicator
from .versions import bump_version


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


def save_targets(
    organisation: Organisation, rows: list[TargetRow], wanted: dict[str, tuple[float, int] | None]
) -> int:
    """Set, change or clear the organisation's targets; returns how many changed."""
    changed = 0
    with transaction.atomic():
        for row in rows:
            new = wanted.get(row.kpi_id)
            old = None if row.target is None else (row.target.target_value, row.target.target_year)
            if new == old:
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
            bump_version()
    return changed
