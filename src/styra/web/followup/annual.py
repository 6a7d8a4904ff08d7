"""The årsredovisning chapter: the year's follow-up per goal, for the annual report.

``annual_content(organisation, year, built_on)`` reads the cycles whose period
ends in the year and takes the status per goal from the last of them that was
opened (e.g. "Helår 2026"); per goal the KPIs with a target and their status
against it (``styra.analysis.target_status``); and for each prioritised goal a
short text saying the same in words. ``annual_parts`` makes the parts the page
(to copy from) and the Word file show (report_documents.py).
"""

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from styra.analysis.settings import NO_TARGET
from styra.analysis.target_status import goal_target_counts
from styra.tables import ExportTable
from styra.web.actionplan.services import prioritised_goals
from styra.web.common.formats import day
from styra.web.common.goals import goal_title
from styra.web.nulage.default import default_analysis
from styra.web.nulage.presentation import OUTLOOK_TEXT

from . import services
from .models import Cycle
from .report_content import SCHEMA, code_digest, cycle_facts, goal_sections, kpi_rows, target_rows
from .report_parts import Part, goal_label, targets_table

KIND = "year"


def cycles_of(organisation, year: int) -> list[Cycle]:
    """The organisation's cycles whose period ends in ``year``, earliest first."""
    found = Cycle.objects.filter(organisation=organisation, period_end__year=year)
    return list(found.order_by("period_end", "pk"))


def target_counts(analysis) -> dict[int, list[list]]:
    """Per goal [[status text, number], …] of its KPIs with a target (none: left out)."""
    if analysis is None:
        return {}
    found = {}
    for goal, counts in goal_target_counts(analysis.kpis).items():
        shown = [[str(OUTLOOK_TEXT[s]), n] for s, n in counts.present() if s != NO_TARGET]
        if shown:
            found[goal] = shown
    return found


def goal_rows(organisation, last: Cycle | None, analysis, prioritised: list[int]) -> list:
    """Per goal (prioritised first): the actions' status in the last cycle, the KPIs with a
    target and their status; a goal shows when it has actions or is prioritised."""
    sections = []
    if last is not None:
        found = services.overview(last)
        sections = goal_sections(found, services.goals_of(organisation), prioritised)
    by_goal = {s["goal"]: s for s in sections if s["goal"]}
    counts = target_counts(analysis)
    latest = kpi_rows(analysis)
    goals = sorted(set(by_goal) | set(prioritised), key=lambda g: (g not in prioritised, g))
    rows = []
    for goal in goals:
        section = by_goal.get(goal)
        rows.append(
            {
                "goal": goal,
                "title": section["title"] if section else goal_title(goal),
                "prioritised": goal in prioritised,
                "counts": section["counts"] if section else [],
                "actions": len(section["actions"]) if section else 0,
                "targets": target_rows(latest, [goal]),
                "target_counts": counts.get(goal, []),
            }
        )
    return rows


def annual_content(organisation, year: int, built_on) -> dict:
    cycles = cycles_of(organisation, year)
    opened = [cycle for cycle in cycles if cycle.opened_at is not None]
    last = opened[-1] if opened else None
    analysis = default_analysis(organisation)
    prioritised = prioritised_goals(organisation)
    return {
        "schema": SCHEMA,
        "kind": KIND,
        "year": year,
        "language": get_language() or "sv",
        "built_at": built_on.isoformat(),
        "code": code_digest(),
        "organisation": {"id": organisation.pk, "name": organisation.name},
        "data_year": analysis.year if analysis is not None else None,
        "cycles": [cycle_facts(c, services.overview(c)) for c in cycles],
        "last": last.name if last is not None else None,
        "goals": goal_rows(organisation, last, analysis, prioritised),
    }


def listed(counts: list[list]) -> str:
    return ", ".join(f"{str(label).lower()} {n}" for label, n in counts if n)


def goal_text(content: dict, goal: dict) -> str:
    """A few sentences on a goal: its actions in the last cycle, its KPIs against targets."""
    if goal["actions"]:
        text = _("I %(cycle)s följdes %(n)s åtgärder för målet upp: %(counts)s.") % {
            "cycle": content["last"],
            "n": goal["actions"],
            "counts": listed(goal["counts"]),
        }
    else:
        text = _("Inga åtgärder för målet följdes upp %(year)s.") % {"year": content["year"]}
    with_target = sum(n for _label, n in goal["target_counts"])
    if with_target:
        text += " " + _("Nyckeltal med målvärde: %(n)s (%(counts)s).") % {
            "n": with_target,
            "counts": listed(goal["target_counts"]),
        }
    else:
        text += " " + _("Inget nyckeltal för målet har ett målvärde.")
    return text


def cycles_part(content: dict) -> Part:
    columns = [_("Uppföljning"), _("Period"), _("Rapporterade åtgärder"), _("Stängd")]
    rows = [
        [
            c["name"],
            f"{day(c['period_start'])}–{day(c['period_end'])}",
            f"{c['reported']}/{c['asked']}",
            day(c["closed"]) if c["closed"] else _("Inte stängd"),
        ]
        for c in content["cycles"]
    ]
    if not rows:
        texts = [_("Ingen uppföljning har en period som slutar %(year)s.") % content]
        return Part(_("Årets uppföljningar"), texts)
    texts = []
    if content["last"]:
        texts.append(_("Status per mål är från %(cycle)s.") % {"cycle": content["last"]})
    return Part(_("Årets uppföljningar"), texts, [ExportTable(_("Uppföljningar"), columns, rows)])


def status_table(goals: list[dict]) -> ExportTable | None:
    with_actions = [g for g in goals if g["counts"]]
    if not with_actions:
        return None
    labels = [label for label, _n in with_actions[0]["counts"]]
    rows = [
        [goal_label(g["goal"], g["title"]), *(n for _l, n in g["counts"])] for g in with_actions
    ]
    return ExportTable(_("Åtgärdernas status per mål"), [_("Mål"), *labels], rows)


def annual_parts(content: dict) -> list[Part]:
    parts = [cycles_part(content)]
    table = status_table(content["goals"])
    parts.append(Part(_("Status per mål"), [], [table] if table else []))
    if table is None:
        parts[-1].texts.append(_("Ingen åtgärd följdes upp under året."))
    for goal in content["goals"]:
        label = goal_label(goal["goal"], goal["title"])
        texts = [goal_text(content, goal)] if goal["prioritised"] else []
        tables = (
            [targets_table(goal["targets"], _("Nyckeltal med målvärde"))] if goal["targets"] else []
        )
        if texts or tables:
            parts.append(Part(label, texts, tables, level=3))
    return parts
