"""Check an organisation's own indicator values in long format, every row at once.

One row per value: indicator code, area (Kolada id), year, gender, value —
the tidy shape of Kolada's values. ``parse_own_values`` returns the rows when
all are good and otherwise raises ``RowErrors`` listing every problem (the
first ``MAX_LISTED``) with its row and column, so a file is fixed in one go
and nothing of a bad file is ever saved.
"""

import math
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from styra.files import FileProblem
from styra.tables.reading import (
    DEFAULT_LIMITS,
    Limits,
    Table,
    TableError,
    TableRow,
    read_table,
)

COLUMNS = {
    "indicator": ("indikator", "nyckeltal", "kod"),
    "area": ("område", "kommun", "region", "area_id", "kolada-id"),
    "year": ("år", "period"),
    "gender": ("kön",),
    "value": ("värde",),
}
REQUIRED = ("indicator", "area", "year", "value")
# The headings Styra writes (templates, exports); they read back with COLUMNS.
HEADINGS = ("indikator", "område", "år", "kön", "värde")
YEARS = (1990, 2100)
MAX_LISTED = 50
GENDERS = {
    "": "T",
    "t": "T",
    "totalt": "T",
    "total": "T",
    "alla": "T",
    "k": "K",
    "kvinnor": "K",
    "kvinna": "K",
    "m": "M",
    "män": "M",
    "man": "M",
}
AREA_PATTERN = re.compile(r"^\d{1,4}$")
SPACES = re.compile(r"[\s\u00a0\u202f]")


@dataclass(frozen=True)
class OwnValueRow:
    """One checked value; ``value`` None means missing (never 0)."""

    row: int
    indicator: str
    area: str
    year: int
    gender: str
    value: float | None

    @property
    def key(self) -> tuple[str, str, int, str]:
        return (self.indicator, self.area, self.year, self.gender)


class RowErrors(ValueError):
    """Every problem in a file's rows: ``errors`` holds the first ``MAX_LISTED``."""

    def __init__(self, errors: Sequence[FileProblem], total: int):
        self.errors, self.total = errors, total
        super().__init__(f"{total} fel i filen")


def parse_number(text: str) -> float | None:
    """A value as written by people: ``12,5``, ``12.5``, ``1 234,5``, ``−3``; "" is missing.

    Raises ``ValueError`` (in Swedish) for anything else, and for infinity and NaN.
    """
    cleaned = SPACES.sub("", text).replace("\u2212", "-")
    if not cleaned:
        return None
    if "," in cleaned:
        if "." in cleaned or cleaned.count(",") > 1:
            raise ValueError(f'"{text}" är inte ett tal (använd decimalkomma utan tusentalspunkt)')
        cleaned = cleaned.replace(",", ".")
    try:
        number = float(cleaned)
    except ValueError:
        raise ValueError(f'"{text}" är inte ett tal') from None
    if not math.isfinite(number):
        raise ValueError(f'"{text}" är inte ett ändligt tal')
    return number


class _Checker:
    """Collects the errors of one file while its rows are read."""

    def __init__(self, table: Table, known_codes: Collection[str], known_areas: Collection[str]):
        self.table = table
        self.codes = {code.casefold(): code for code in known_codes}
        self.areas = known_areas
        self.errors: list[TableError] = []
        self.total = 0

    def fail(self, row: TableRow, column: str | None, message: str) -> None:
        self.total += 1
        if len(self.errors) < MAX_LISTED:
            heading = self.table.heading(column) if column else None
            self.errors.append(TableError(message, row=row.number, column=heading))

    def indicator(self, row: TableRow) -> str | None:
        text = row.get("indicator")
        if not text:
            self.fail(row, "indicator", "indikatorns kod saknas")
            return None
        code = self.codes.get(text.casefold())
        if code is None:
            self.fail(row, "indicator", f'"{text}" är inte en kod för något av era egna nyckeltal')
        return code

    def area(self, row: TableRow) -> str | None:
        text = row.get("area")
        if not text:
            self.fail(row, "area", "området (kommunens eller regionens Kolada-id) saknas")
            return None
        if not AREA_PATTERN.match(text):
            self.fail(row, "area", f'"{text}" är inte ett Kolada-id med fyra siffror, t.ex. 0180')
            return None
        area = text.zfill(4)  # Excel drops the leading zero of 0180
        if area not in self.areas:
            self.fail(row, "area", f"det finns ingen kommun eller region med id {area}")
            return None
        return area

    def year(self, row: TableRow) -> int | None:
        text = row.get("year")
        if not text:
            self.fail(row, "year", "året saknas")
            return None
        if not re.fullmatch(r"\d{4}", text) or not YEARS[0] <= int(text) <= YEARS[1]:
            self.fail(row, "year", f'"{text}" är inte ett år mellan {YEARS[0]} och {YEARS[1]}')
            return None
        return int(text)

    def gender(self, row: TableRow) -> str | None:
        text = row.get("gender")
        gender = GENDERS.get(text.casefold())
        if gender is None:
            self.fail(row, "gender", f'"{text}" är inte ett kön: skriv T (totalt), K eller M')
        return gender

    def value(self, row: TableRow) -> tuple[bool, float | None]:
        try:
            return True, parse_number(row.get("value"))
        except ValueError as error:
            self.fail(row, "value", str(error))
            return False, None


def parse_own_values(
    table: Table, known_codes: Collection[str], known_areas: Collection[str]
) -> list[OwnValueRow]:
    """Check every row of ``table`` (read with ``COLUMNS``); ``RowErrors`` if any is bad.

    ``known_codes`` are the organisation's own indicator codes (matched
    case-insensitively, returned as spelled there), ``known_areas`` the Kolada
    ids that exist. A key (indicator, area, year, gender) may occur only once.
    """
    check = _Checker(table, known_codes, known_areas)
    rows: list[OwnValueRow] = []
    first_row: dict[tuple[str, str, int, str], int] = {}
    for row in table.rows:
        parts = (check.indicator(row), check.area(row), check.year(row), check.gender(row))
        value_ok, value = check.value(row)
        indicator, area, year, gender = parts
        if indicator is None or area is None or year is None or gender is None or not value_ok:
            continue
        checked = OwnValueRow(row.number, indicator, area, year, gender, value)
        if checked.key in first_row:
            check.fail(
                row,
                None,
                f"samma indikator, område, år och kön som rad {first_row[checked.key]} "
                f"({indicator}, {area}, {year}, {gender})",
            )
            continue
        first_row[checked.key] = row.number
        rows.append(checked)
    if check.total:
        raise RowErrors(check.errors, check.total)
    return rows


def read_own_values(
    data: bytes,
    filename: str,
    known_codes: Collection[str],
    known_areas: Collection[str],
    limits: Limits = DEFAULT_LIMITS,
) -> list[OwnValueRow]:
    """Read and check an uploaded file of own values (``TableError`` or ``RowErrors``)."""
    table = read_table(data, filename, COLUMNS, REQUIRED, limits)
    return parse_own_values(table, known_codes, known_areas)
