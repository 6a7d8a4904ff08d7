"""Follow-up cycles in the database: who is asked, opening and closing, saving a report
(with its progress entry), the overview of who has reported, and comparing two cycles.

The rules (phase, scale, percent, counts, comparison) are ``styra.followup``'s;
this module reads and writes the rows and passes "today" in.
"""

from dataclasses import dataclass, field
from datetime import date

from django.db import transaction
from django.utils import timezone

from styra.actionplan import effective_goals
from styra.followup import (
    GoalCount,
    Move,
    Phase,
    close,
    compare,
    count_by_goal,
    ensure_open,
    open_,
    percent_of,
    phase,
)
from styra.web.accounts.models import Membership, Role
from styra.web.actionplan.models import Action, ProgressEntry
from styra.web.actionplan.models import Status as ActionStatus
from styra.web.actionplan.services import natural_key

from .models import Cycle, Report

REPORTING_ROLES = (Role.CONTRIBUTOR, Role.EDITOR, Role.ADMIN)


def today() -> date:
    return timezone.localdate()


def reporters_of(organisation) -> set[int]:
    """The ids of the users who may report in the organisation (contributors and up)."""
    return set(
        Membership.objects.filter(organisation=organisation, role__in=REPORTING_ROLES).values_list(
            "user_id", flat=True
        )
    )


def asked_actions(cycle: Cycle) -> list[Action]:
    """The actions the cycle asks about: not cancelled, with a responsible member who may
    report (contributor or up), in the plan's order; ``action.asked`` lists those users."""
    reporters = reporters_of(cycle.organisation)
    actions = (
        Action.objects.filter(organisation=cycle.organisation)
        .exclude(status=ActionStatus.CANCELLED)
        .prefetch_related("responsible", "indicators")
    )
    found = []
    for action in actions:
        action.asked = [user for user in action.responsible.all() if user.pk in reporters]
        if action.asked:
            found.append(action)
    return sorted(found, key=lambda a: natural_key(a.code))


def reports_of(cycle: Cycle) -> dict[int, Report]:
    """The cycle's reports by action id."""
    reports = cycle.reports.select_related("updated_by")
    return {report.action_id: report for report in reports}


def state_of(cycle: Cycle, actions: list[Action] | None = None):
    actions = asked_actions(cycle) if actions is None else actions
    reported = reports_of(cycle)
    return cycle.state(len(actions), sum(a.pk in reported for a in actions))


def phase_of(cycle: Cycle) -> Phase:
    """Planned, open, reported (every action asked has its report) or closed."""
    return phase(state_of(cycle))


@transaction.atomic
def open_cycle(cycle: Cycle, user) -> int:
    """Open the cycle (``PhaseError`` unless planned) and e-mail everyone asked; the
    number of e-mails sent."""
    from . import mail

    open_(cycle.state())
    cycle.opened_at, cycle.opened_by = timezone.now(), user
    cycle.save(update_fields=["opened_at", "opened_by", "updated_at"])
    return mail.ask_everyone(cycle, mail.OPENED)


def close_cycle(cycle: Cycle, user) -> None:
    """Close (freeze) the cycle; ``PhaseError`` unless it is open."""
    close(cycle.state())
    cycle.closed_at, cycle.closed_by = timezone.now(), user
    cycle.save(update_fields=["closed_at", "closed_by", "updated_at"])


def save_report(report: Report, user, on: date) -> Report:
    """Save ``report`` and keep its progress entry at the scale's percent (none for
    "ej relevant"); ``Frozen``/``PhaseError`` unless the cycle is open."""
    ensure_open(report.cycle.state())
    percent = percent_of(report.status)
    entry = report.progress
    if percent is None:
        report.progress = None
    else:
        entry = entry or ProgressEntry(action=report.action, created_by=user)
        entry.date, entry.percent = on, percent
        entry.note = f"{report.cycle.name}: {report.comment}".strip().rstrip(":")
        entry.save()
        report.progress = entry
    report.updated_by = user
    report.save()
    if percent is None and entry is not None:
        entry.delete()
    return report


@dataclass
class Person:
    user: object
    actions: list[Action] = field(default_factory=list)
    reported: int = 0

    @property
    def missing(self) -> int:
        return len(self.actions) - self.reported

    @property
    def done(self) -> bool:
        return self.missing == 0


@dataclass
class Overview:
    cycle: Cycle
    rows: list[tuple[Action, Report | None]]  # each action asked, with its report
    people: list[Person]
    goals: list[GoalCount]

    @property
    def missing(self) -> list[Action]:
        return [action for action, report in self.rows if report is None]

    @property
    def reported(self) -> int:
        return len(self.rows) - len(self.missing)


def overview(cycle: Cycle) -> Overview:
    """Who has reported what: per action, per person, and the counts per goal."""
    actions = asked_actions(cycle)
    reports = reports_of(cycle)
    people: dict[int, Person] = {}
    for action in actions:
        for user in action.asked:
            person = people.setdefault(user.pk, Person(user))
            person.actions.append(action)
            person.reported += action.pk in reports
    goals = goals_of(cycle.organisation)
    return Overview(
        cycle,
        [(action, reports.get(action.pk)) for action in actions],
        sorted(people.values(), key=lambda p: (p.done, p.user.get_full_name() or p.user.username)),
        count_by_goal(
            {a.pk: goals.get(a.pk, ()) for a in actions},
            {pk: r.status for pk, r in reports.items()},
        ),
    )


def goals_of(organisation) -> dict[int, frozenset[int]]:
    """Each action's goals, its own targets' and its ancestors' (as the plan shows them)."""
    rows = list(
        Action.objects.filter(organisation=organisation).values("pk", "parent_id", "targets")
    )
    return effective_goals(
        {row["pk"]: row["parent_id"] for row in rows}, {row["pk"]: row["targets"] for row in rows}
    )


def to_report(user, organisation=None) -> list[tuple[Cycle, Action, Report | None]]:
    """The user's actions in every open cycle (of ``organisation``, or all), with their reports."""
    cycles = Cycle.objects.filter(opened_at__isnull=False, closed_at__isnull=True)
    if organisation is not None:
        cycles = cycles.filter(organisation=organisation)
    found = []
    for cycle in cycles.select_related("organisation").order_by("deadline", "pk"):
        reports = reports_of(cycle)
        for action in asked_actions(cycle):
            if any(u.pk == user.pk for u in action.asked):
                found.append((cycle, action, reports.get(action.pk)))
    return found


def previous_cycle(cycle: Cycle) -> Cycle | None:
    """The organisation's cycle before ``cycle`` (by the end of its period), if any."""
    earlier = Cycle.objects.filter(
        organisation=cycle.organisation, period_end__lt=cycle.period_end
    ).exclude(pk=cycle.pk)
    return earlier.order_by("-period_end", "-pk").first()


def compare_cycles(before: Cycle, now: Cycle) -> list[tuple[Move, Action]]:
    """Per action reported in either cycle its status then and now, in the plan's order."""
    old, new = reports_of(before), reports_of(now)
    moves = compare({k: r.status for k, r in old.items()}, {k: r.status for k, r in new.items()})
    actions = Action.objects.in_bulk([move.action_id for move in moves])
    pairs = [(move, actions[move.action_id]) for move in moves]
    return sorted(pairs, key=lambda pair: natural_key(pair[1].code))


def unreported_by_person(cycle: Cycle) -> dict[object, list[Action]]:
    """Each person asked with the actions they have not reported yet (none: left out)."""
    reports = reports_of(cycle)
    people: dict[int, tuple[object, list[Action]]] = {}
    for action in asked_actions(cycle):
        if action.pk in reports:
            continue
        for user in action.asked:
            people.setdefault(user.pk, (user, []))[1].append(action)
    return dict(people.values())


def actions_by_person(cycle: Cycle) -> dict[object, list[Action]]:
    people: dict[int, tuple[object, list[Action]]] = {}
    for action in asked_actions(cycle):
        for user in action.asked:
            people.setdefault(user.pk, (user, []))[1].append(action)
    return dict(people.values())
