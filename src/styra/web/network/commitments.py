"""The commitments matrix of a network, read from Styra's records (docs/network-commitments.md).

``member_facts`` loads, in a few queries for all members at once, the newest record of
each commitment and expectation and the members' own marks; ``matrix_for`` hands them
to the pure core (``styra.network.commitments``). A link to a record is kept only where
the reader may open it (the member's own users, or a section it shared).
"""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from styra.network.commitments import (
    COLUMNS,
    Fact,
    Mark,
    Matrix,
    Member,
    build_matrix,
)
from styra.web.accounts.rules import roles_of
from styra.web.accounts.steps import STEPS
from styra.web.actionplan.models import Action
from styra.web.dialogue.models import Dialogue
from styra.web.followup.models import Cycle
from styra.web.organisations.models import BodyMember, ContactPerson, LeadershipDecision
from styra.web.priorities.decisions.models import Decision
from styra.web.reports.models import ReportVersion

from .models import Expectation, ExpectationMark

MANAGE = "network.manage_network"

COMMITMENT_LABELS = {
    "decision": _("Ledningsbeslut"),
    "steering": _("Styrgrupp"),
    "contact": _("Kontaktperson"),
    "working": _("Arbetsgrupp"),
}
# A short heading per expectation for the matrix; its full wording is Expectation's.
EXPECTATION_LABELS = {
    "nulage": _("Nulägesanalys"),
    "priorities": _("Prioriteringar"),
    "involve": _("Involvera medborgarna"),
    "change": _("Förändringsarbete"),
    "followup": _("Plan för uppföljning"),
}
COLUMN_LABELS = COMMITMENT_LABELS | EXPECTATION_LABELS
# Where a record can be seen: (URL name, the permission to open it).
RECORD_PAGES = {
    "decision": ("organisations-detail", "organisations.view_organisation"),
    "steering": ("organisations-detail", "organisations.view_organisation"),
    "contact": ("organisations-detail", "organisations.view_organisation"),
    "working": ("organisations-detail", "organisations.view_organisation"),
    "nulage": ("reports-versions", "reports.view_document"),
    "priorities": ("priorities-decisions", "priorities.view_decisions"),
    "change": ("actionplan-plan", "actionplan.view_plan"),
    "involve": ("dialogue-list", "dialogue.view_dialogue"),
    "followup": ("followup-list", "followup.view_cycles"),
}


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    full: str
    is_expectation: bool


def columns() -> list[Column]:
    full = dict(Expectation.choices)
    return [
        Column(key, str(COLUMN_LABELS[key]), str(full.get(key, COLUMN_LABELS[key])), key in full)
        for key in COLUMNS
    ]


def step_labels() -> dict[int, str]:
    """The working model's steps by number, in the header's words (accounts.steps)."""
    return {number: str(label) for number, label, _pages in STEPS}


def _local_day(moment):
    return timezone.localdate(moment) if moment else None


def _put(found: dict, column: str, kolada_id: str, fact: Fact) -> None:
    found[kolada_id][column] = fact


def commitment_records(ids: list[str], found: dict) -> None:
    """Ledningsbeslut, styrgrupp, kontaktperson and arbetsgrupp (organisations)."""
    for decision in LeadershipDecision.objects.filter(organisation__in=ids):
        text = ", ".join(part for part in (decision.body, decision.reference) if part)
        _put(found, "decision", decision.organisation_id, Fact(decision.decided_on, text))
    groups = (
        BodyMember.objects.filter(organisation__in=ids)
        .values("organisation", "body")
        .annotate(n=Count("pk"), newest=Max("created_at"))
    )
    for group in groups:
        text = ngettext("%(n)s person", "%(n)s personer", group["n"]) % {"n": group["n"]}
        column = "steering" if group["body"] == BodyMember.Body.STEERING_GROUP else "working"
        _put(found, column, group["organisation"], Fact(_local_day(group["newest"]), text))
    for contact in ContactPerson.objects.filter(organisation__in=ids):
        fact = Fact(_local_day(contact.updated_at), contact.name)
        _put(found, "contact", contact.organisation_id, fact)


def analysis_records(ids: list[str], found: dict) -> None:
    """The newest frozen nulägesanalys and the newest priority decision."""
    for version in ReportVersion.objects.filter(organisation__in=ids).order_by("created_at"):
        on = version.decided_on or _local_day(version.created_at)
        _put(found, "nulage", version.organisation_id, Fact(on, version.label))
    for decision in Decision.objects.filter(organisation__in=ids).order_by("decided_on", "pk"):
        text = ", ".join(part for part in (decision.body, decision.reference) if part)
        _put(found, "priorities", decision.organisation_id, Fact(decision.decided_on, text))


def work_records(ids: list[str], found: dict, now) -> None:
    """A handlingsplan with actions, a dialogue closed with answers, a closed follow-up."""
    plans = (
        Action.objects.filter(organisation__in=ids)
        .values("organisation")
        .annotate(n=Count("pk"), newest=Max("created_at"))
    )
    for plan in plans:
        text = ngettext("%(n)s åtgärd", "%(n)s åtgärder", plan["n"]) % {"n": plan["n"]}
        _put(found, "change", plan["organisation"], Fact(_local_day(plan["newest"]), text))
    dialogues = (
        Dialogue.objects.filter(organisation__in=ids, closes_at__lte=now)
        .annotate(answers=Count("responses"))
        .filter(answers__gt=0)
        .order_by("closes_at", "pk")
    )
    for dialogue in dialogues:
        text = ngettext("%(title)s, %(n)s svar", "%(title)s, %(n)s svar", dialogue.answers) % {
            "title": dialogue.title,
            "n": dialogue.answers,
        }
        _put(found, "involve", dialogue.organisation_id, Fact(_local_day(dialogue.closes_at), text))
    cycles = Cycle.objects.filter(organisation__in=ids, closed_at__isnull=False)
    for cycle in cycles.order_by("closed_at", "pk"):
        _put(
            found, "followup", cycle.organisation_id, Fact(_local_day(cycle.closed_at), cycle.name)
        )


def marks_of(ids: list[str]) -> dict[str, dict[str, Mark]]:
    found: dict[str, dict[str, Mark]] = defaultdict(dict)
    for mark in ExpectationMark.objects.filter(organisation__in=ids):
        found[mark.organisation_id][mark.expectation] = Mark(mark.done_on, mark.evidence)
    return found


def with_links(user, organisation, records: dict[str, Fact]) -> dict[str, Fact]:
    """Each record with the link to its page where ``user`` may open that page."""
    linked = {}
    for column, fact in records.items():
        name, permission = RECORD_PAGES[column]
        link = (
            reverse(name, args=[organisation.pk]) if user.has_perm(permission, organisation) else ""
        )
        linked[column] = Fact(fact.on, fact.evidence, link)
    return linked


def member_facts(user, organisations, visible, now=None) -> list[Member]:
    """The members as the core wants them; ``visible(organisation)`` says whose row shows."""
    organisations = list(organisations)
    shown = [o for o in organisations if visible(o)]
    ids = [o.pk for o in shown]
    records: dict[str, dict[str, Fact]] = defaultdict(dict)
    commitment_records(ids, records)
    analysis_records(ids, records)
    work_records(ids, records, now or timezone.now())
    marks = marks_of(ids)
    return [
        Member(
            o.pk,
            o.name,
            o.type,
            with_links(user, o, records[o.pk]) if o in shown else {},
            marks[o.pk] if o in shown else {},
            visible=o in shown,
        )
        for o in organisations
    ]


def sees_every_row(user, network) -> bool:
    return user.has_perm(MANAGE, network)


def matrix_for(user, network, now=None) -> Matrix:
    """The network's matrix as ``user`` sees it: coordinators and platform admins every row,
    a member's user its own organisation's rows only."""
    if sees_every_row(user, network):

        def visible(_organisation):
            return True
    else:
        own = roles_of(user)

        def visible(organisation):
            return organisation.pk in own

    return build_matrix(member_facts(user, network.members.all(), visible, now))


def organisation_row(user, organisation, now=None):
    """One organisation's row (its own expectations page)."""
    return build_matrix(member_facts(user, [organisation], lambda _o: True, now)).rows[0]
