"""The whole plan as one Excel workbook: actions (the first sheet reads back as an import),
indicators, progress reports and the coverage of the prioritised goals.

The rows are the pages' own (``services.load_plan``), so the file says what
the pages say.
"""

from django.utils.translation import gettext as _

from styra.tables import ExportTable, write_xlsx
from styra.web.common.goals import goal_title

from . import kpis
from .models import ProgressEntry
from .presentation import flag_words
from .services import Plan, coverage_of


def import_headings() -> list[str]:
    """The first sheet's first columns: the headings the import reads (importing.COLUMNS)."""
    return [
        _("nivå"),
        _("kod"),
        _("förälder"),
        _("titel"),
        _("beskrivning"),
        _("delmål"),
        _("ägare"),
        _("partner"),
        _("start"),
        _("slut"),
        _("budget (kr)"),
        _("vikt"),
        _("status"),
    ]


def sources(plan: Plan) -> list[str]:
    return [
        _("Källa: handlingsplanen för %(name)s i Styra, %(date)s.")
        % {"name": plan.organisation.name, "date": plan.today.isoformat()}
    ]


def number(value) -> float | None:
    return None if value is None else float(value)


def actions_table(plan: Plan) -> ExportTable:
    columns = import_headings() + [
        _("mål"),
        _("ansvariga"),
        _("senaste rapport (%)"),
        _("datum för senaste rapport"),
        _("sammanvägt framsteg (%)"),
        _("flaggor"),
    ]
    rows = []
    for node in plan.nodes:
        action = node.action
        rows.append(
            [
                action.get_level_display(),
                action.code,
                action.parent.code if action.parent else None,
                action.title,
                action.description or None,
                ", ".join(action.targets) or None,
                action.owner.name if action.owner else None,
                "; ".join(p.name for p in action.partners.all()) or None,
                action.start,
                action.end,
                number(action.budget_sek),
                number(action.weight),
                action.get_status_display(),
                ", ".join(str(goal) for goal in sorted(node.goals)) or None,
                ", ".join(u.get_full_name() or u.get_username() for u in action.responsible.all())
                or None,
                node.latest.percent if node.latest else None,
                node.latest.date if node.latest else None,
                round(node.progress, 1),
                "; ".join(flag_words(node.flags)) or None,
            ]
        )
    title = _("Åtgärder")
    return ExportTable(title=title, columns=columns, rows=rows, sources=sources(plan))


def indicators_table(plan: Plan) -> ExportTable:
    titles = kpis.titles(plan.organisation)
    columns = [
        _("kod"),
        _("titel"),
        _("nyckeltal"),
        _("nyckeltalets namn"),
        _("utgångsvärde"),
        _("år för utgångsvärdet"),
        _("målvärde"),
        _("målår"),
    ]
    rows = [
        [
            plan.by_id[i.action_id].action.code,
            plan.by_id[i.action_id].action.title,
            i.kpi_id,
            titles.get(i.kpi_id),
            i.baseline_value,
            i.baseline_year,
            i.target_value,
            i.target_year,
        ]
        for i in plan.indicators
    ]
    return ExportTable(title=_("Indikatorer"), columns=columns, rows=rows, sources=sources(plan))


def progress_table(plan: Plan) -> ExportTable:
    entries = (
        ProgressEntry.objects.filter(action__organisation=plan.organisation)
        .select_related("action", "created_by")
        .order_by("action__code", "-date", "-created_at")
    )
    columns = [_("kod"), _("titel"), _("datum"), _("procent klart"), _("kommentar"), _("av")]
    rows = [
        [
            e.action.code,
            e.action.title,
            e.date,
            e.percent,
            e.note or None,
            (e.created_by.get_full_name() or e.created_by.get_username()) if e.created_by else None,
        ]
        for e in entries
    ]
    return ExportTable(title=_("Rapporter"), columns=columns, rows=rows, sources=sources(plan))


def coverage_table(plan: Plan, goals: list[int]) -> ExportTable:
    columns = [_("prioriterat mål"), _("namn"), _("åtgärder"), _("indikatorer"), _("varning")]
    rows = [
        [c.goal, goal_title(c.goal), len(c.actions), len(c.indicators), coverage_words(c) or None]
        for c in coverage_of(plan, goals)
    ]
    return ExportTable(title=_("Täckning"), columns=columns, rows=rows, sources=sources(plan))


def coverage_words(item) -> str:
    if item.lacks_action and item.lacks_indicator:
        return _("saknar åtgärd och indikator")
    if item.lacks_action:
        return _("saknar åtgärd")
    if item.lacks_indicator:
        return _("saknar indikator")
    return ""


def plan_workbook(plan: Plan, goals: list[int]) -> bytes:
    tables = [actions_table(plan), indicators_table(plan), progress_table(plan)]
    tables.append(coverage_table(plan, goals))
    return write_xlsx(*tables)
