"""What the VLR says from Styra's own records: how the work was done (methodology
and process) and the enabling environment (policy).

Plain lists of dicts (JSON-serialisable) for ``content.build_content``.
"""

from styra.web.followup.models import Cycle
from styra.web.maturity.services import rounds_of
from styra.web.organisations.models import BodyMember, Organisation
from styra.web.priorities.decisions.models import Decision, Workshop
from styra.web.reports.models import ReportVersion


def _day(value) -> str | None:
    return value.isoformat() if value else None


def analyses(organisation: Organisation) -> list[dict]:
    """The frozen nulägesanalys versions, oldest first."""
    found = ReportVersion.objects.filter(organisation=organisation).order_by("created_at", "pk")
    return [
        {
            "label": v.label,
            "decided_on": _day(v.decided_on),
            "reference": v.reference,
            "frozen_on": _day(v.created_at.date()),
        }
        for v in found
    ]


def decisions(organisation: Organisation) -> list[dict]:
    """The priority decisions, oldest first: the goals chosen, by whom and when."""
    found = Decision.objects.filter(organisation=organisation).order_by("decided_on", "pk")
    return [
        {
            "decided_on": _day(d.decided_on),
            "body": d.body,
            "reference": d.reference,
            "goals": sorted(int(g) for g in d.goals),
            "targets": list(d.targets or []),
        }
        for d in found
    ]


def workshops(organisation: Organisation) -> list[dict]:
    """The prioritisation workshops (dialogues) and how many took part."""
    found = Workshop.objects.filter(organisation=organisation).order_by("created_at", "pk")
    return [
        {"title": w.title, "held_on": _day(w.created_at.date()), "entries": w.entries.count()}
        for w in found
    ]


def rounds(organisation: Organisation) -> list[dict]:
    """The self-assessment rounds (consultations of the organisation), oldest first."""
    return [
        {
            "title": r.title,
            "opened_on": _day(r.opened_on),
            "closed": r.closed,
            "respondents": r.respondents,
        }
        for r in reversed(list(rounds_of(organisation)))
    ]


def cycles(organisation: Organisation, year: int) -> list[dict]:
    """The follow-up cycles whose period ends in ``year``, in order."""
    found = Cycle.objects.filter(organisation=organisation, period_end__year=year)
    return [
        {
            "name": c.name,
            "period_start": _day(c.period_start),
            "period_end": _day(c.period_end),
            "closed": c.closed_at is not None,
            "reports": c.reports.count(),
        }
        for c in found.order_by("period_end", "pk")
    ]


def steering_group(organisation: Organisation) -> list[dict]:
    members = BodyMember.objects.filter(
        organisation=organisation, body=BodyMember.Body.STEERING_GROUP
    )
    return [{"name": m.name, "title": m.title} for m in members]
