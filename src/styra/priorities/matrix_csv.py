"""Read an M9 interaction matrix from CSV, long or wide, with errors in Swedish.

Long: ``from_target,to_target,score[,rationale]``, one row per cell; an empty
score is a cell not yet scored (the pair still puts both targets in the
matrix). Wide: first column ``from_target``, a header row of target ids, one
row per influencing target, the diagonal empty; an empty cell is not yet
scored. Either file may use ``;`` as separator (Swedish Excel); scores are
integers −3…+3 (``+2``, ``−2`` and ``2.0`` are accepted). Target ids must exist
in the SDG catalog; ``11-1`` is read as ``11.1``. Rows are the file's 1-based
CSV rows, the header being row 1. All problems are collected (up to
``MAX_PROBLEMS``) and raised together as one ``MatrixFileError``; nothing is
half-read. A file with more rows or columns than any matrix can have
(``styra.files.FileLimits``) is refused before its cells are read.
"""

import csv
import io
import re
from collections.abc import Sequence
from pathlib import Path

from styra.files import DEFAULT_FILE_LIMITS
from styra.files.limits import thousands
from styra.files.problems import FileProblem
from styra.priorities.matrix import MAX_SCORE, MIN_SCORE, Cell, InteractionMatrix, Pair
from styra.sdg import SdgCatalog, UnknownSdgId, load_catalog, parse_target_id

MAX_PROBLEMS = 50
LONG_COLUMNS = ("from_target", "to_target", "score", "rationale")
SCORE_PATTERN = re.compile(r"^[+-]?\d+(\.0*)?$")
SCORE_MESSAGE = "värdet måste vara ett heltal från −3 till +3"


class MatrixProblem(FileProblem):
    """One problem in a matrix file; ``row`` is the CSV row, the header being row 1."""

    def __init__(self, row: int, column: str | None, message: str) -> None:
        super().__init__(message, row=row, column=column)


class MatrixFileError(ValueError):
    """A matrix file with problems; ``problems`` holds the first ``MAX_PROBLEMS`` of ``total``."""

    def __init__(self, problems: Sequence[MatrixProblem], total: int | None = None) -> None:
        self.problems = tuple(problems)
        self.total = len(self.problems) if total is None else total
        super().__init__(str(self))

    def __str__(self) -> str:
        lines = [f"Matrisen kunde inte läsas ({self.total} fel):"]
        lines += [f"- {problem}" for problem in self.problems]
        if self.total > len(self.problems):
            lines.append(f"… och {self.total - len(self.problems)} fel till")
        return "\n".join(lines)


class _Problems:
    def __init__(self) -> None:
        self.kept: list[MatrixProblem] = []
        self.total = 0

    def add(self, row: int, column: str | None, message: str) -> None:
        self.total += 1
        if len(self.kept) < MAX_PROBLEMS:
            self.kept.append(MatrixProblem(row, column, message))

    def raise_any(self) -> None:
        if self.total:
            raise MatrixFileError(self.kept, self.total)


def read_matrix_csv(path: Path, catalog: SdgCatalog | None = None) -> InteractionMatrix:
    """The matrix in the CSV file at ``path`` (UTF-8, else Windows-1252 as Excel saves)."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return parse_matrix_csv(text, catalog)


def parse_matrix_csv(text: str, catalog: SdgCatalog | None = None) -> InteractionMatrix:
    """The matrix in CSV ``text``: long if the header has ``to_target``, else wide."""
    rows = _split_rows(text)
    if not any(rows):
        raise MatrixFileError([MatrixProblem(1, None, "filen är tom")])
    header = [cell.strip().lower() for cell in rows[0]]
    if "to_target" in header:
        return parse_long_csv(text, catalog)
    return parse_wide_csv(text, catalog)


def parse_long_csv(text: str, catalog: SdgCatalog | None = None) -> InteractionMatrix:
    """A matrix from ``from_target,to_target,score[,rationale]`` rows."""
    sdg = catalog or load_catalog()
    rows = _split_rows(text)
    problems = _Problems()
    columns = _long_columns(rows[0] if rows else [], problems)
    problems.raise_any()
    targets: set[str] = set()
    cells: dict[Pair, Cell] = {}
    seen: dict[Pair, int] = {}
    for number, row in enumerate(rows[1:], start=2):
        if not row:
            continue
        if len(row) > len(columns):
            problems.add(
                number, None, f"för många värden ({len(row)}, rubriken har {len(columns)})"
            )
            continue
        record = dict(zip(columns, [cell.strip() for cell in row], strict=False))
        source = _target(record.get("from_target", ""), sdg, problems, number, "from_target")
        target = _target(record.get("to_target", ""), sdg, problems, number, "to_target")
        raw_score = record.get("score", "")
        score = _score(raw_score, problems, number, "score") if raw_score else None
        rationale = record.get("rationale", "")
        if source is None or target is None:
            continue
        if source == target:
            problems.add(number, "to_target", f"ett delmål kan inte påverka sig självt ({source})")
            continue
        targets.update((source, target))
        if (source, target) in seen:
            first = seen[(source, target)]
            problems.add(number, None, f"paret {source} → {target} finns redan på rad {first}")
            continue
        seen[(source, target)] = number
        if not raw_score and rationale:
            problems.add(number, "score", "en motivering utan värde: ange ett värde −3…+3")
        if score is not None:
            cells[(source, target)] = Cell(score, rationale)
    return _finish(targets, cells, sdg, problems)


def parse_wide_csv(text: str, catalog: SdgCatalog | None = None) -> InteractionMatrix:
    """A matrix from a square table: header row and first column hold the same target ids."""
    sdg = catalog or load_catalog()
    rows = _split_rows(text)
    problems = _Problems()
    header = _wide_header(rows[0] if rows else [], sdg, problems)
    body = [(number, row) for number, row in enumerate(rows[1:], start=2) if row]
    row_ids: dict[str, int] = {}
    cells: dict[Pair, Cell] = {}
    for number, row in body:
        source = _target(row[0].strip(), sdg, problems, number, "from_target")
        if source is None:
            continue
        if source in row_ids:
            problems.add(number, "from_target", f"{source} finns redan på rad {row_ids[source]}")
            continue
        row_ids[source] = number
        if len(row) > len(header) + 1:
            problems.add(
                number, None, f"för många värden ({len(row)}, rubriken har {len(header) + 1})"
            )
            continue
        for (label, target), raw in zip(header, row[1:], strict=False):
            if target is None or not raw.strip():
                continue
            if target == source:
                problems.add(
                    number, label, "diagonalen ska vara tom (ett delmål påverkar inte sig självt)"
                )
                continue
            score = _score(raw.strip(), problems, number, label)
            if score is not None:
                cells[(source, target)] = Cell(score)
    _match_header_and_rows(header, row_ids, problems)
    return _finish(set(row_ids), cells, sdg, problems)


def _split_rows(text: str) -> list[list[str]]:
    """CSV rows with trailing empty cells dropped (Excel often adds a few); refused as soon
    as the file has more rows or columns than any matrix can have."""
    text = text.removeprefix("\ufeff")
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    limits = DEFAULT_FILE_LIMITS
    rows = []
    for number, row in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1):
        if number > limits.max_matrix_rows:
            _refuse_size("rader", limits.max_matrix_rows)
        if len(row) > limits.max_matrix_columns:
            _refuse_size("kolumner", limits.max_matrix_columns, number)
        while row and not row[-1].strip():
            row.pop()
        rows.append(row)
    return rows


def _refuse_size(what: str, limit: int, row: int = 1) -> None:
    message = f"filen har för många {what}: gränsen är {thousands(limit)}"
    raise MatrixFileError([MatrixProblem(row, None, message)])


def _long_columns(header: list[str], problems: _Problems) -> list[str]:
    columns = [cell.strip().lower() for cell in header]
    allowed = ", ".join(LONG_COLUMNS)
    for column in columns:
        if column not in LONG_COLUMNS:
            problems.add(1, column, f"okänd kolumn (tillåtna: {allowed})")
    for column in LONG_COLUMNS[:3]:
        if column not in columns:
            problems.add(1, column, "kolumnen saknas")
    for column in set(columns):
        if columns.count(column) > 1:
            problems.add(1, column, "kolumnen finns flera gånger")
    return columns


def _wide_header(
    header: list[str], sdg: SdgCatalog, problems: _Problems
) -> list[tuple[str, str | None]]:
    """(label, target id or None if invalid) for each column after the first."""
    if not header or header[0].strip().lower() != "from_target":
        problems.add(
            1, header[0].strip() if header else None, 'första kolumnen ska heta "from_target"'
        )
    columns: list[tuple[str, str | None]] = []
    seen: set[str] = set()
    for position, raw in enumerate(header[1:], start=2):
        label = raw.strip() or _column_letter(position)
        target = _target(raw.strip(), sdg, problems, 1, label)
        if target is not None and target in seen:
            problems.add(1, label, f"{target} finns redan i rubrikraden")
            target = None
        if target is not None:
            seen.add(target)
        columns.append((label, target))
    return columns


def _match_header_and_rows(
    header: list[tuple[str, str | None]], row_ids: dict[str, int], problems: _Problems
) -> None:
    in_header = {target for _, target in header if target is not None}
    for label, target in header:
        if target is not None and target not in row_ids:
            problems.add(1, label, f"{target} finns i rubrikraden men inte i första kolumnen")
    for target, number in row_ids.items():
        if target not in in_header:
            problems.add(
                number, "from_target", f"{target} finns i första kolumnen men inte i rubrikraden"
            )


def _target(raw: str, sdg: SdgCatalog, problems: _Problems, row: int, column: str) -> str | None:
    if not raw:
        problems.add(row, column, "delmål saknas")
        return None
    try:
        return sdg.target(parse_target_id(raw)).target_id
    except ValueError:
        problems.add(row, column, f'"{raw}" är inget delmål (skriv t.ex. 11.1 eller 1.a)')
    except UnknownSdgId:
        problems.add(row, column, f"delmålet {raw} finns inte i Agenda 2030")
    return None


def _score(raw: str, problems: _Problems, row: int, column: str) -> int | None:
    """The score in a non-empty cell, or ``None`` (and a problem) if it is not −3…+3."""
    text = raw.replace("\u2212", "-").replace(",", ".")
    if SCORE_PATTERN.match(text) and MIN_SCORE <= float(text) <= MAX_SCORE:
        return int(float(text))
    problems.add(row, column, f'{SCORE_MESSAGE} (inte "{raw}")')
    return None


def _finish(
    targets: set[str], cells: dict[Pair, Cell], sdg: SdgCatalog, problems: _Problems
) -> InteractionMatrix:
    if len(targets) < 2 and not problems.total:
        problems.add(1, None, "matrisen behöver minst två delmål")
    problems.raise_any()
    return InteractionMatrix(sdg.sort_targets(targets), cells)


def _column_letter(position: int) -> str:
    """Spreadsheet column name of a 1-based position: 1 → A, 27 → AA."""
    letters = ""
    while position:
        position, rest = divmod(position - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
