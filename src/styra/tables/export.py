"""Write a table as CSV (UTF-8 with BOM, semicolons, decimal comma: what Swedish Excel
opens correctly) or as Excel (.xlsx, real numbers).

Both formats carry the same rows and end with the source lines, e.g.
"Källa: Kolada (RKA)". Missing values are empty cells, never 0.
"""

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

Cell = str | int | float | None


@dataclass(frozen=True)
class ExportTable:
    """A titled table: column headings, rows, and the lines saying where the data comes from."""

    title: str
    columns: Sequence[str]
    rows: Iterable[Sequence[Cell]]
    sources: Sequence[str] = field(default_factory=tuple)


def csv_cell(cell: Cell) -> str | int:
    if cell is None:
        return ""
    if isinstance(cell, float):
        return repr(cell).replace(".", ",")
    return cell


def write_csv(table: ExportTable) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(table.columns)
    for row in table.rows:
        writer.writerow([csv_cell(cell) for cell in row])
    if table.sources:
        writer.writerow([])
        for line in table.sources:
            writer.writerow([line])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def sheet_title(title: str) -> str:
    """Excel sheet names: at most 31 characters, none of []:*?/\\."""
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in title).strip() or "Tabell"
    return cleaned[:31]


def write_xlsx(table: ExportTable) -> bytes:
    workbook = Workbook(write_only=False)
    sheet = workbook.active
    sheet.title = sheet_title(table.title)
    sheet.append(list(table.columns))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    widths = [len(str(c)) for c in table.columns]
    for row in table.rows:
        sheet.append(list(row))
        for i, cell in enumerate(row[: len(widths)]):
            widths[i] = max(widths[i], min(60, len(str(cell or ""))))
    if table.sources:
        sheet.append([])
        for line in table.sources:
            sheet.append([line])
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width + 2
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
