"""Read an uploaded table (CSV or Excel .xlsx) into named columns and numbered rows.

Pure: bytes and a file name in, a ``Table`` out. Rows carry their number in
the file as a spreadsheet shows it (the header is row 1, the first data row
row 2), so every error can say where to look. Messages are Swedish: they are
shown to the people who made the file.

- CSV: UTF-8 with or without BOM, else Windows-1252 (what older Excel saves);
  UTF-16 with BOM (Excel's "Unicode text"). Delimiter ``;``, ``,`` or tab,
  whichever the header line uses most.
- Excel: .xlsx, the first sheet, cached values of formulas. Old .xls is refused
  with a hint to save as .xlsx.
- Header names match case-insensitively against each column's aliases;
  unknown columns are ignored, missing required ones are named.
- Blank rows are skipped, and so are the "Källa: …" (or "Source: …") lines that
  ``styra.tables.export`` writes under a table: an exported file reads back.
- Limits (``styra.files``): a workbook's zip is checked from its directory and
  its XML elements counted before openpyxl opens it; a deadline (on the clock
  in ``Limits``) is checked for every row read, CSV or Excel.
"""

import codecs
import csv
import io
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath

from styra.files import (
    DEFAULT_FILE_LIMITS,
    Deadline,
    FileLimits,
    FileProblem,
    FileRefused,
    check_zip,
)

CSV_SUFFIXES = {".csv", ".txt", ".tsv"}
EXCEL_SUFFIXES = {".xlsx", ".xlsm"}
DELIMITERS = (";", "\t", ",")
SOURCE_PREFIXES = ("källa:", "source:")
MAX_HEADER_COLUMNS = 200
# Empty rows cost time to walk through too (a small .xlsx can hold millions):
# a run longer than this is refused.
BLANK_ROW_ALLOWANCE = 10_000
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary .xls (and .doc) container


class TableError(FileProblem):
    """A file or one of its cells that cannot be accepted; names the row and column if known."""

    def __init__(self, message: str, row: int | None = None, column: str | None = None):
        super().__init__(message, row=row, column=column)


@dataclass(frozen=True)
class TableRow:
    """One data row: its number in the file and its cells as text by column name."""

    number: int
    cells: Mapping[str, str]

    def get(self, column: str) -> str:
        return self.cells.get(column, "")


@dataclass(frozen=True)
class Table:
    """The columns found (canonical name → heading as written in the file) and the rows."""

    headings: Mapping[str, str]
    rows: tuple[TableRow, ...]

    def heading(self, column: str) -> str:
        """The column's heading as the file spells it (for messages)."""
        return self.headings.get(column, column)


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 10 * 1024 * 1024
    max_rows: int = 20_000
    files: FileLimits = DEFAULT_FILE_LIMITS  # unpacked size, XML elements, seconds
    clock: Callable[[], float] | None = field(default=None, compare=False)  # None: no deadline


DEFAULT_LIMITS = Limits()


def read_table(
    data: bytes,
    filename: str,
    columns: Mapping[str, Sequence[str]],
    required: Iterable[str] = (),
    limits: Limits = DEFAULT_LIMITS,
) -> Table:
    """Read ``data`` (the file's bytes) as CSV or .xlsx, chosen by ``filename``'s suffix.

    ``columns`` maps each canonical column name to the headings accepted for it
    (the name itself is always accepted; the first alias is the one messages
    use). Raises ``TableError``.
    """
    if not data or not data.strip():
        raise TableError("Filen är tom.")
    if len(data) > limits.max_bytes:
        raise TableError(
            f"Filen är för stor ({_megabytes(len(data))} MB). "
            f"Största tillåtna storlek är {_megabytes(limits.max_bytes)} MB."
        )
    deadline = Deadline(filename, limits.files.max_seconds, limits.clock)
    try:
        raw_rows = _checked(_raw_rows(data, filename, limits.files, deadline), deadline)
        header, number = _header(raw_rows)
        headings = _match_header(header, number, columns, required)
        rows = _data_rows(raw_rows, header, headings, number, limits.max_rows)
    except FileRefused as error:
        raise TableError(str(error)) from None
    if not rows:
        raise TableError("Filen har inga rader med värden under rubrikraden.")
    return Table(headings={name: header[i] for name, i in headings.items()}, rows=tuple(rows))


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".rstrip("0").rstrip(".").replace(".", ",")


def _checked(rows: Iterator[list[str]], deadline: Deadline) -> Iterator[list[str]]:
    """The rows, the deadline checked before each one."""
    for row in rows:
        deadline.check()
        yield row


def _raw_rows(
    data: bytes, filename: str, limits: FileLimits, deadline: Deadline
) -> Iterator[list[str]]:
    suffix = PurePath(filename or "").suffix.lower()
    if suffix == ".xls" or data.startswith(OLE_MAGIC):
        raise TableError(
            "Det gamla Excel-formatet (.xls) stöds inte. Spara filen som Excel-arbetsbok "
            "(.xlsx) eller som CSV och ladda upp den igen."
        )
    if suffix in EXCEL_SUFFIXES:
        return _excel_rows(data, filename, limits, deadline)
    if suffix in CSV_SUFFIXES:
        return _csv_rows(data)
    raise TableError(
        f"Filtypen {suffix or '(utan filändelse)'} stöds inte. Ladda upp en CSV-fil (.csv) "
        "eller en Excel-arbetsbok (.xlsx)."
    )


def _header(raw_rows: Iterator[list[str]]) -> tuple[list[str], int]:
    """The first row with anything in it, and its number."""
    for number, cells in enumerate(raw_rows, start=1):
        if any(cell.strip() for cell in cells):
            return [cell.strip() for cell in cells[:MAX_HEADER_COLUMNS]], number
        if number > BLANK_ROW_ALLOWANCE:
            break
    raise TableError("Filen är tom.")


def _match_header(
    header: list[str],
    number: int,
    columns: Mapping[str, Sequence[str]],
    required: Iterable[str],
) -> dict[str, int]:
    aliases = {
        alias.strip().casefold(): name
        for name, names in columns.items()
        for alias in (name, *names)
    }
    found: dict[str, int] = {}
    for index, heading in enumerate(header):
        name = aliases.get(heading.casefold())
        if name is None:
            continue
        if name in found:
            raise TableError(
                f'Kolumnen "{heading}" betyder samma sak som "{header[found[name]]}". '
                "Ta bort den ena.",
                row=number,
            )
        found[name] = index
    missing = [name for name in required if name not in found]
    if missing:
        wanted = ", ".join(f'"{display_name(name, columns)}"' for name in missing)
        every = ", ".join(display_name(name, columns) for name in columns)
        noun = "kolumnen" if len(missing) == 1 else "kolumnerna"
        raise TableError(
            f"Rubrikraden saknar {noun} {wanted}. Första raden med innehåll ska vara "
            f"rubrikerna: {every}.",
            row=number,
        )
    return found


def display_name(column: str, columns: Mapping[str, Sequence[str]]) -> str:
    """The heading shown to people: the column's first alias, else its name."""
    aliases = columns.get(column) or ()
    return aliases[0] if aliases else column


def _data_rows(
    raw_rows: Iterator[list[str]],
    header: list[str],
    headings: Mapping[str, int],
    header_number: int,
    max_rows: int,
) -> list[TableRow]:
    rows: list[TableRow] = []
    blank_run = 0
    for number, cells in enumerate(raw_rows, start=header_number + 1):
        values = [cell.strip() for cell in cells]
        if not any(values) or _is_source_line(values):
            blank_run += 1
            if blank_run > BLANK_ROW_ALLOWANCE:  # refuse rather than silently stop reading
                raise TableError(
                    f"Filen har mer än {_thousands(BLANK_ROW_ALLOWANCE)} tomma rader i följd. "
                    "Ta bort dem och ladda upp filen igen.",
                    row=number,
                )
            continue
        blank_run = 0
        if len(values) > len(header) and any(values[len(header) :]):
            raise TableError("Raden har fler fält än rubrikraden.", row=number)
        if len(rows) == max_rows:
            raise TableError(
                f"Filen har för många rader (högst {_thousands(max_rows)} rader med värden). "
                "Dela upp den i flera filer.",
                row=number,
            )
        rows.append(
            TableRow(
                number=number,
                cells={name: values[i] if i < len(values) else "" for name, i in headings.items()},
            )
        )
    return rows


def _thousands(number: int) -> str:
    return f"{number:_}".replace("_", " ")


def _is_source_line(values: list[str]) -> bool:
    return values[0].casefold().startswith(SOURCE_PREFIXES) and not any(values[1:])


def decode_text(data: bytes) -> str:
    """UTF-16 if it has a BOM, else UTF-8 (BOM optional), else Windows-1252."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise TableError("Filen kunde inte läsas som text (UTF-16).") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise TableError(
            "Filen kunde inte läsas som text. Spara den som CSV med teckenkodning UTF-8."
        ) from None


def sniff_delimiter(text: str) -> str:
    """The delimiter the first non-blank line uses most (``;`` wins ties, then tab)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    outside_quotes = first.split('"')[::2]
    counts = {d: sum(part.count(d) for part in outside_quotes) for d in DELIMITERS}
    return max(DELIMITERS, key=lambda d: counts[d])


def _csv_rows(data: bytes) -> Iterator[list[str]]:
    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise TableError(
            "Filen ser inte ut att vara en textfil. Ladda upp CSV (.csv) eller Excel (.xlsx)."
        )
    text = decode_text(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    number = 0
    try:
        for number, row in enumerate(reader, start=1):  # noqa: B007 (used after the loop)
            yield row
    except csv.Error as error:
        raise TableError(f"Raden kunde inte tolkas som CSV ({error}).", row=number + 1) from None


def _excel_rows(
    data: bytes, filename: str, limits: FileLimits, deadline: Deadline
) -> Iterator[list[str]]:
    from openpyxl import load_workbook  # only when a workbook arrives: it is slow to import

    if not data.startswith(ZIP_MAGIC):
        raise TableError("Filen är inte en giltig Excel-arbetsbok (.xlsx).")
    try:
        check_zip(data, filename, limits, deadline)  # before openpyxl reads sharedStrings.xml
    except FileRefused:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
        raise TableError(f"Excel-filen kunde inte läsas ({error}).") from None
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # any broken workbook is the uploader's file, not our bug
        raise TableError(f"Excel-filen kunde inte läsas ({error}).") from None
    try:
        sheet = workbook.worksheets[0]
        width = None
        for row in sheet.iter_rows(values_only=True):
            cells = [excel_text(cell) for cell in row]
            if width is None and any(cells):
                width = min(MAX_HEADER_COLUMNS, _last_filled(cells))
            yield cells if width is None else _pad(cells, width)
    except Exception as error:
        raise TableError(f"Excel-filen kunde inte läsas ({error}).") from None
    finally:
        workbook.close()


def _last_filled(cells: list[str]) -> int:
    return max(i for i, cell in enumerate(cells) if cell) + 1


def _pad(cells: list[str], width: int) -> list[str]:
    """Keep cells beyond the header only if they hold something (to report them)."""
    if len(cells) > width and not any(cells[width:]):
        return cells[:width]
    return cells


def excel_text(cell: object) -> str:
    """A cell value as text: whole floats without ".0", dates as ISO, empty as ""."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "SANT" if cell else "FALSKT"
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() and abs(cell) < 1e15 else repr(cell)
    if hasattr(cell, "isoformat"):
        return cell.isoformat()
    return str(cell)
