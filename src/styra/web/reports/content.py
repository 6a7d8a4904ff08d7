"""The nulägesanalys as one document: everything it says, gathered into one plain dict.

``build_content(organisation, now)`` reads the five answers of the
nulägesanalys — the biggest challenges (1a), blind spots (1b), rådighet (1c),
collaboration needs (1d), organisation and culture (1e: the maturity
self-assessment and the network's commitments) — with the data versions, the
Kolada data year and the comparison, and returns one JSON-serialisable dict
(str keys, lists, numbers, texts, ISO dates). That dict is what a frozen
version stores; the page, the PDF and the Word file are all rendered from it,
so a frozen version never changes when data does. Texts are in the language
of the one who built it (``language``).
"""

import json
from datetime import datetime

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from django.utils.translation import get_language

from styra.maturity import load_dimensions
from styra.samverkan.suggestions import LOW_MANDATE
from styra.sdg import GOAL_NUMBERS
from styra.web.common.formats import rounded
from styra.web.common.goals import goal_title
from styra.web.indicators.models import OWN_PREFIX
from styra.web.indicators.versions import own_version
from styra.web.maturity.services import rounds_of, summaries_by_round
from styra.web.nulage.data import snapshot
from styra.web.nulage.default import Challenges, goal_challenges
from styra.web.nulage.rows import goal_rows
from styra.web.organisations.models import LeadershipDecision, Organisation
from styra.web.organisations.services import commitment_checklist
from styra.web.radighet import services as radighet
from styra.web.samverkan.models import Actor, Kind
from styra.web.samverkan.services import suggestions_for

from .blindspots import focus_section

SCHEMA = 1  # the shape of the dict; a later shape must still render older frozen versions


def language() -> str:
    return "en" if (get_language() or "sv").startswith("en") else "sv"


def plain(content: dict) -> dict:
    """The dict exactly as it comes back from the database's JSON column."""
    return json.loads(json.dumps(content, cls=DjangoJSONEncoder))


def build_content(organisation: Organisation, now: datetime) -> dict:
    """The whole document of ``organisation`` as of ``now`` (see the module's docstring)."""
    snap = snapshot()
    analysed = goal_challenges(organisation, snap)  # the default analysis, once
    challenges = challenges_section(analysed)
    content = {
        "schema": SCHEMA,
        "language": language(),
        "built_at": timezone.localtime(now).isoformat(timespec="seconds"),
        "organisation": {
            "kolada_id": organisation.pk,
            "name": organisation.name,
            "type": organisation.type,
            "type_name": str(organisation.get_type_display()),
        },
        "data": {
            "kolada_version": snap.version,
            "own_version": own_version(organisation.pk),
            "first_year": snap.years[0] if snap.years else None,
            "latest_year": snap.latest_year,
        },
        "challenges": challenges,
        "focus": focus_section(organisation, challenges),
        "mandate": mandate_section(organisation),
        "collaboration": collaboration_section(organisation, analysed),
        "maturity": maturity_section(organisation),
        "commitments": commitments_section(organisation),
    }
    return plain(content)


def challenges_section(challenges: Challenges | None) -> dict:
    """1a: the 17 goals ranked by challenge (M5), compared with all kommuner / regioner."""
    if challenges is None:
        return {"available": False}
    analysis = challenges.analysis
    kpis = {kpi.kpi_id: kpi for kpi in analysis.kpis}
    goals = []
    for row in goal_rows(analysis):
        worst = kpis.get(row["worst_kpi_id"] or "")
        goals.append(
            {
                **row,
                "worst_value": None if worst is None else worst.value,
                "worst_unit": "" if worst is None else worst.unit,
                "worst_year": None if worst is None else worst.value_year,
            }
        )
    return {
        "available": True,
        "year": challenges.year,
        "comparison": challenges.comparison,
        "comparison_size": challenges.comparison_size,
        "overall_index": rounded(analysis.overall_index, 0),
        "index_scored": analysis.index_scored,
        "index_judgeable": analysis.index_judgeable,
        "n_major": sum(goal.major_challenge for goal in analysis.goals),
        "own_indicators": any(kpi_id.startswith(OWN_PREFIX) for kpi_id in kpis),
        "goals": goals,
    }


def mandate_section(organisation: Organisation) -> dict:
    """1c: per goal the rådighet levels in force (Styra's defaults, own levels on top)."""
    if organisation.is_riket:
        return {"available": False}
    rows = radighet.goal_rows(organisation)
    return {
        "available": True,
        "own_total": sum(row.own for row in rows),
        "low_limit": LOW_MANDATE,
        "goals": [
            {
                "goal": row.goal,
                "title": row.title,
                "targets": row.summary.targets,
                "mean_level": round(row.summary.mean_level, 2),
                "counts": row.counts_high_first,  # targets on level 3, 2, 1, 0
                "own": row.own,
            }
            for row in rows
        ],
    }


def collaboration_section(organisation: Organisation, challenges: Challenges | None) -> dict:
    """1d: where collaboration is needed (samverkan's suggestions) and the register's size."""
    if organisation.is_riket:
        return {"available": False}
    found = suggestions_for(organisation, challenges)
    kinds = list(Actor.objects.filter(organisation=organisation).values_list("kind", flat=True))
    titles = {row["goal"]: row["title"] for row in _goal_titles()}
    return {
        "available": True,
        "judged": found.challenges is not None,
        "internal_actors": kinds.count(Kind.INTERNAL),
        "external_actors": kinds.count(Kind.EXTERNAL),
        "external": [
            {
                "goal": need.goal,
                "title": titles[need.goal],
                "mean_level": round(need.mean_level, 2),
                "actors": list(need.external_actors),
            }
            for need in found.external
        ],
        "cross_unit": None
        if found.cross_unit is None
        else [
            {
                "goal": need.goal,
                "title": titles[need.goal],
                "areas": list(need.operating_areas),
                "actors": list(need.internal_actors),
            }
            for need in found.cross_unit
        ],
        "without_actors": [{"goal": g, "title": titles[g]} for g in found.without_actors],
        "without_lead": [{"goal": g, "title": titles[g]} for g in found.without_lead],
    }


def _goal_titles() -> list[dict]:
    return [{"goal": goal, "title": goal_title(goal)} for goal in GOAL_NUMBERS]


def maturity_section(organisation: Organisation) -> dict:
    """1e: the aggregates of the latest closed round (else the latest open one)."""
    rounds = list(rounds_of(organisation))
    chosen = next((r for r in rounds if r.closed), None) or (rounds[0] if rounds else None)
    if chosen is None:
        return {"available": False}
    summaries = summaries_by_round([chosen])[chosen.pk]
    lang = language()
    return {
        "available": True,
        "round": {
            "title": chosen.title,
            "opened_on": chosen.opened_on.isoformat(),
            "closed": chosen.closed,
            "respondents": chosen.respondents,
        },
        "dimensions": [
            {
                "id": dimension.id,
                "name": dimension.name(lang),
                "n": summary.n,
                "median": summary.median,
                "minimum": summary.minimum,
                "maximum": summary.maximum,
                "q1": summary.q1,
                "q3": summary.q3,
                "low": summary.low,
                "disagreement": summary.disagreement,
            }
            for dimension, summary in zip(load_dimensions(), summaries, strict=True)
        ],
    }


def commitments_section(organisation: Organisation) -> dict:
    """The network's four commitments and the leadership decision, if one is registered."""
    checklist = commitment_checklist(organisation)
    decision = LeadershipDecision.objects.filter(organisation=organisation).first()
    return {
        "done": checklist.done,
        "total": checklist.total,
        "items": [
            {"key": item.key, "label": str(item.label), "done": item.done}
            for item in checklist.items
        ],
        "decision": None
        if decision is None
        else {
            "decided_on": decision.decided_on.isoformat(),
            "body": decision.body,
            "reference": decision.reference,
        },
    }
