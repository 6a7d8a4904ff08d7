"""Write a table as CSV (UTF-8 with BOM, semicolons, decimal comma: what Swedish Excel
opens correctly) or as Excel (.xlsx, real numbers): the one writer of every export.

Both formats carry the same rows and end with the source lines, e.g.
"Källa: Kolada (RKA)". Missing values are empty cells, never 0.

A text cell that starts like a formula (``=``, ``+``, ``-``, ``@``, tab or carriage
return) is written as literal text, so that a title someone typed can never run in
the reader's spreadsheet: CSV prefixes it with ``'`` (OWASP's advice), Excel stores it
as a string marked with a quote prefix. Numbers stay numbers, negative ones too.
"""

import csv
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TypeGuard

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.cell.cell import Cell as SheetCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

Cell = str | int | float | Decimal | date | None

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?\d+([.,]\d+)?")
MAX_WIDTH = 60


@dataclass(frozen=True)
class ExportTable:
    """A titled table: column headings, rows, and the lines saying where the data comes from."""

    title: str
    columns: Sequence[str]
    rows: Iterable[Sequence[Cell]]
    sources: Sequence[str] = field(default_factory=tuple)


def starts_like_formula(cell: Cell) -> TypeGuard[str]:
    """Text a spreadsheet would evaluate; a plain number written as text ("-3") is not."""
    return (
        isinstance(cell, str)
        and cell.startswith(FORMULA_STARTS)
        and not PLAIN_NUMBER.fullmatch(cell)
    )


def csv_cell(cell: Cell) -> str | int:
    if cell is None:
        return ""
    if starts_like_formula(cell):
        return "'" + cell
    if isinstance(cell, float):
        return repr(cell).replace(".", ",")
    if isinstance(cell, Decimal):
        return str(cell).replace(".", ",")
    if isinstance(cell, date):
        return cell.isoformat()
    return cell


def write_csv(table: ExportTable) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([csv_cell(cell) for cell in table.columns])
    for row in table.rows:
        writer.writerow([csv_cell(cell) for cell in row])
    if table.sources:
        writer.writerow([])
        for line in table.sources:
            writer.writerow([csv_cell(line)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def write_plain_csv(columns: Sequence[str], rows: Iterable[Sequence[Cell]]) -> str:
    """CSV for programs and the command line: commas, decimal points, no BOM."""
    return "".join(plain_csv_pieces(columns, rows))


def plain_csv_pieces(
    columns: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    line_end: str = "\r\n",
    rows_per_piece: int = 5000,
) -> Iterator[str]:
    """``write_plain_csv`` in pieces of ``rows_per_piece`` rows, for a streamed answer."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=line_end)
    writer.writerow([csv_cell(cell) for cell in columns])
    for count, row in enumerate(rows, 1):
        writer.writerow(["'" + c if starts_like_formula(c) else c for c in row])
        if count % rows_per_piece == 0:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    yield out.getvalue()


def sheet_title(title: str) -> str:
    """Excel sheet names: at most 31 characters, none of []:*?/\\."""
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in title).strip() or "Tabell"
    return cleaned[:31]


def write_xlsx(*tables: ExportTable) -> bytes:
    """An Excel workbook with one sheet per table; dates as dates, text always as text.

    Written in openpyxl's write-only mode (row by row, about three times faster than
    building the sheet in memory): the column widths are worked out first."""
    workbook = Workbook(write_only=True)
    for table in tables:
        write_sheet(workbook.create_sheet(sheet_title(table.title)), table)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def write_sheet(sheet, table: ExportTable) -> None:
    rows = [list(row) for row in table.rows]
    widths = [len(str(c)) for c in table.columns]
    for row in rows:
        for i, value in enumerate(row[: len(widths)]):
            widths[i] = max(widths[i], min(MAX_WIDTH, len(str(value or ""))))
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width + 2
    sheet.freeze_panes = "A2"
    sheet.append([sheet_cell(sheet, value, bold=True) for value in table.columns])
    for row in rows:
        sheet.append([sheet_cell(sheet, value) for value in row])
    if table.sources:
        sheet.append([])
        for line in table.sources:
            sheet.append([sheet_cell(sheet, line)])


def sheet_cell(sheet, value: Cell, bold: bool = False) -> Cell | SheetCell:
    """One cell; text is stored as text (never a formula or an error code). A plain value
    goes in as it is: a styled cell costs more to write."""
    text_openpyxl_would_read = isinstance(value, str) and (
        starts_like_formula(value) or value in ERROR_CODES
    )
    if not (bold or text_openpyxl_would_read or isinstance(value, date)):
        return value
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
        if starts_like_formula(value):
            cell.quotePrefix = True
    elif isinstance(value, date):
        cell.number_format = "yyyy-mm-dd"
    if bold:
        cell.font = Font(bold=True)
    return cell
