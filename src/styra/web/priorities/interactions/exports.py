"""The matrix as CSV and Excel, long and wide, and the results table.

The CSV files carry no source lines, so that a downloaded matrix can be
imported again as it is (the long file lists every pair, a missing cell with
an empty score: a template to fill in). The Excel files end with the source.
"""

from django.http import HttpResponse
from django.utils.translation import gettext as _

from styra.tables import ExportTable
from styra.web.common import downloads

from .models import Matrix
from .results import ResultRow, cluster_name
from .services import cells_of, target_ids

LAYOUTS = {"lang": "long", "bred": "wide"}


def sources(matrix: Matrix) -> list[str]:
    return [
        _(
            "Källa: interaktionsmatrisen ”%(title)s” av %(owner)s i Styra. Skala −3 till +3 "
            "enligt SEI:s metod SDG Synergies (Nilsson m.fl. 2016, Weitz m.fl. 2018)."
        )
        % {"title": matrix.title, "owner": matrix.owner.name}
    ]


def long_table(matrix: Matrix) -> ExportTable:
    """Every off-diagonal pair: from_target, to_target, score (empty: not scored), rationale."""
    targets, cells = target_ids(matrix), cells_of(matrix)
    rows = []
    for source in targets:
        for target in targets:
            if source != target:
                cell = cells.get((source, target))
                rows.append(
                    [source, target, None, None]
                    if cell is None
                    else [source, target, cell.score, cell.rationale]
                )
    columns = ["from_target", "to_target", "score", "rationale"]
    return ExportTable(title=_("Matris, långt format"), columns=columns, rows=rows)


def wide_table(matrix: Matrix) -> ExportTable:
    """A row per influencing target, a column per influenced one; diagonal and missing empty."""
    targets, cells = target_ids(matrix), cells_of(matrix)
    rows = [
        [source]
        + [
            cells[(source, target)].score if (source, target) in cells else None
            for target in targets
        ]
        for source in targets
    ]
    return ExportTable(
        title=_("Matris, brett format"), columns=["from_target", *targets], rows=rows
    )


def results_table(rows: list[ResultRow]) -> ExportTable:
    columns = [
        _("Delmål"),
        _("Namn"),
        _("Påverkar andra positivt (ut+)"),
        _("Påverkar andra negativt (ut−)"),
        _("Påverkas positivt (in+)"),
        _("Påverkas negativt (in−)"),
        _("Andra ordningens påverkan"),
        _("Hävstång (0–1)"),
        _("Kluster"),
        _("Målkonflikter"),
        _("Ej bedömda celler ut"),
        _("Ej bedömda celler in"),
    ]
    body = [
        [
            row.target.target_id,
            row.target.short_sv,
            row.influence.out_positive,
            row.influence.out_negative,
            row.influence.in_positive,
            row.influence.in_negative,
            row.influence.second_order,
            round(row.influence.leverage, 3),
            cluster_name(row.influence.cluster),
            row.tradeoffs or None,
            row.influence.missing_out,
            row.influence.missing_in,
        ]
        for row in rows
    ]
    return ExportTable(title=_("Resultat"), columns=columns, rows=body)


def download(table: ExportTable, fmt: str, filename: str, matrix: Matrix) -> HttpResponse:
    """CSV as it is (importable again), Excel with the source lines."""
    if fmt == "xlsx":
        table = ExportTable(table.title, table.columns, table.rows, sources(matrix))
    return downloads.download(table, fmt, filename)
