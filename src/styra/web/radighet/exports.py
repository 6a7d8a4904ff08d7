"""The rådighet tables as CSV and Excel: the goal overview and every target's level.

The rows are the pages' own rows (services.goal_rows, services.target_mandates),
so a download always says what the page says.
"""

from django.utils.translation import gettext as _

from styra.radighet import LEVELS
from styra.tables import ExportTable
from styra.web.organisations.models import Organisation

from .services import goal_rows, label_of, target_mandates


def sources(organisation: Organisation) -> list[str]:
    return [
        _(
            "Källa: Styras standardnivåer för rådighet (Styras egen bedömning, beskriven i "
            "Styras metodbeskrivning för rådighet), med egna nivåer satta av %(name)s."
        )
        % {"name": organisation.name}
    ]


def goals_table(organisation: Organisation) -> ExportTable:
    columns = [_("Mål"), _("Namn"), _("Delmål"), _("Medelnivå (0–3)")]
    columns += [f"{level} – {label_of(level)}" for level in reversed(LEVELS)]
    columns += [_("Egna nivåer")]
    rows = [
        [row.goal, row.title, row.summary.targets, round(row.summary.mean_level, 2)]
        + row.counts_high_first
        + [row.own]
        for row in goal_rows(organisation)
    ]
    title = _("Rådighet per mål, %(name)s") % {"name": organisation.name}
    return ExportTable(title=title, columns=columns, rows=rows, sources=sources(organisation))


def targets_table(organisation: Organisation) -> ExportTable:
    columns = [
        _("Delmål"),
        _("Mål"),
        _("Delmålet"),
        _("Nivå (0–3)"),
        _("Nivå i ord"),
        _("Egen nivå"),
        _("Styras standardnivå"),
        _("Styras skäl för standardnivån"),
        _("Egen motivering"),
    ]
    rows = [
        [
            row.target.target_id,
            row.target.goal,
            row.target.short_sv,
            row.level,
            row.label,
            _("ja") if row.is_own else _("nej"),
            row.default_level,
            row.rationale,
            row.override.motivation if row.override else None,
        ]
        for row in target_mandates(organisation)
    ]
    title = _("Rådighet per delmål, %(name)s") % {"name": organisation.name}
    return ExportTable(title=title, columns=columns, rows=rows, sources=sources(organisation))
