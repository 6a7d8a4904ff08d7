"""The words and rows of "Vad har hänt sedan sist?": shared by the page and its exports."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from styra.analysis.changes import (
    IMPROVED,
    NEW_YEARS,
    REVISED,
    TURNED_GREEN,
    TURNED_RED,
    WORSENED,
    AreaChanges,
    KpiChange,
)
from styra.tables import ExportTable
from styra.web.common.formats import number
from styra.web.common.goals import goal_title

CLASS_LABELS = {
    TURNED_RED: gettext_lazy("Blev röda"),
    WORSENED: gettext_lazy("Försämrades"),
    IMPROVED: gettext_lazy("Förbättrades"),
    TURNED_GREEN: gettext_lazy("Blev gröna"),
    NEW_YEARS: gettext_lazy("Nya år med värden"),
    REVISED: gettext_lazy("Tidigare värden ändrade av Kolada"),
}
COLOUR_LABELS = {
    "green": gettext_lazy("grön"),
    "yellow": gettext_lazy("gul"),
    "red": gettext_lazy("röd"),
    "grey": gettext_lazy("inget värde"),
    "none": gettext_lazy("ingen färg"),
    "": gettext_lazy("inget värde"),
}


def class_words(kpi: KpiChange) -> str:
    return ", ".join(str(CLASS_LABELS[name]) for name in kpi.classes)


def years_words(kpi: KpiChange) -> str:
    """The new and the revised years, e.g. "nya: 2023; ändrade: 2021 (12,3 → 12,8)"."""
    parts = []
    if kpi.new_years:
        parts.append(_("nya: %(years)s") % {"years": ", ".join(map(str, kpi.new_years))})
    if kpi.revisions:
        revised = ", ".join(
            f"{r.year} ({number(r.before, 2, trim=True)} → {number(r.after, 2, trim=True)})"
            for r in kpi.revisions
        )
        parts.append(_("ändrade: %(years)s") % {"years": revised})
    return "; ".join(parts)


def goal_sections(changes: AreaChanges) -> list[dict]:
    """Per goal with changes: its title, ranks, and its KPIs grouped by class."""
    return [
        {
            "goal": goal,
            "title": goal_title(goal.goal),
            "classes": [
                {"label": CLASS_LABELS[name], "name": name, "kpis": goal.of_class(name)}
                for name in CLASS_LABELS
                if goal.of_class(name)
            ],
        }
        for goal in changes.goals
        if goal.kpis
    ]


def changes_table(name: str, changes: AreaChanges, before: int, after: int) -> ExportTable:
    columns = [
        _("Mål"),
        _("Nyckeltal"),
        _("Namn"),
        _("Vad hände"),
        _("Värde före"),
        _("År före"),
        _("Värde efter"),
        _("År efter"),
        _("Färg före"),
        _("Färg efter"),
        _("Nya och ändrade år"),
    ]
    rows = [
        [
            kpi.goal,
            kpi.kpi_id,
            kpi.title,
            class_words(kpi),
            kpi.value_before,
            kpi.year_before,
            kpi.value_after,
            kpi.year_after,
            str(COLOUR_LABELS.get(kpi.colour_before, kpi.colour_before)),
            str(COLOUR_LABELS.get(kpi.colour_after, kpi.colour_after)),
            years_words(kpi),
        ]
        for kpi in changes.kpis
    ]
    title = _("%(name)s: vad har hänt från dataversion %(before)s till %(after)s") % {
        "name": name,
        "before": before,
        "after": after,
    }
    return ExportTable(title, columns, rows, sources=[_("Källa: Kolada (RKA)")])
