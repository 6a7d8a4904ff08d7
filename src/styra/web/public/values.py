"""Kolada values as open data: one query, read in key order, streamed as CSV or pages.

Both ``/api/v1/values`` and the bulk downloads read values here. Rows come in the
order of the unique key (kpi, area, year, gender), which is also the cursor of
the API's pages: a page ends at a key, the next starts after it. Values are read
in chunks straight from the database (no model objects), so one KPI for all
areas and years, or every value, streams in constant memory.

``csv_stream`` writes CSV: on PostgreSQL the database writes it itself (``COPY …
TO STDOUT``, the fastest way out), elsewhere ``csv_lines`` writes the same text
(a value as PostgreSQL writes a float: 5 not 5.0, empty when missing).
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.db import connection
from django.db.models import Q

from styra.tables import plain_csv_pieces
from styra.web.indicators.models import Value

COLUMNS = ("kpi_id", "area_id", "year", "gender", "value")
ORDER = ("kpi_id", "area_id", "year", "gender")
CHUNK = 20_000  # rows read at a time
PIECE_BYTES = 256 * 1024  # CSV sent at a time
Key = tuple[str, str, int, str]


@dataclass(frozen=True)
class ValueFilter:
    """Which values: empty tuples mean all. Years are inclusive bounds."""

    kpis: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    first_year: int | None = None
    last_year: int | None = None
    gender: str | None = None

    def query(self):
        found = Value.objects.all()
        if self.kpis:
            found = found.filter(kpi_id__in=self.kpis)
        if self.areas:
            found = found.filter(area_id__in=self.areas)
        if self.years:
            found = found.filter(year__in=self.years)
        if self.first_year is not None:
            found = found.filter(year__gte=self.first_year)
        if self.last_year is not None:
            found = found.filter(year__lte=self.last_year)
        if self.gender:
            found = found.filter(gender=self.gender)
        return found


def after(key: Key) -> Q:
    """Rows after ``key`` in key order (the keyset cursor's condition)."""
    kpi, area, year, gender = key
    return (
        Q(kpi_id__gt=kpi)
        | Q(kpi_id=kpi, area_id__gt=area)
        | Q(kpi_id=kpi, area_id=area, year__gt=year)
        | Q(kpi_id=kpi, area_id=area, year=year, gender__gt=gender)
    )


def page(chosen: ValueFilter, size: int, start_after: Key | None = None) -> list[tuple]:
    """Up to ``size`` rows (kpi_id, area_id, year, gender, value) after the cursor."""
    found = chosen.query()
    if start_after is not None:
        found = found.filter(after(start_after))
    return list(found.order_by(*ORDER).values_list(*COLUMNS)[:size])


def rows(chosen: ValueFilter) -> Iterator[tuple]:
    """Every chosen row in key order, read in chunks by keyset (constant memory)."""
    last: Key | None = None
    while True:
        chunk = page(chosen, CHUNK, last)
        yield from chunk
        if len(chunk) < CHUNK:
            return
        last = chunk[-1][:4]


def csv_stream(chosen: ValueFilter) -> Iterator[str | bytes]:
    """Every chosen row as CSV with a header line, in pieces, in key order."""
    if connection.vendor == "postgresql":
        return copied_csv(chosen)
    return csv_lines(rows(chosen))


def copied_csv(chosen: ValueFilter) -> Iterator[bytes]:
    """PostgreSQL writes the CSV (``COPY (the ORM's query) TO STDOUT``), in its pieces."""
    query = chosen.query().order_by(*ORDER).values_list(*COLUMNS).query
    sql, params = query.sql_with_params()
    # psycopg binds the parameters on the client side (COPY takes no server-side ones).
    statement = connection.ops.compose_sql(
        f"COPY ({sql}) TO STDOUT WITH (FORMAT csv, HEADER)", params
    )
    # The server sends a row at a time: sent on in pieces of about PIECE_BYTES.
    with connection.cursor() as cursor, cursor.cursor.copy(statement) as copy:
        pieces: list[bytes] = []
        size = 0
        for row in copy:
            pieces.append(bytes(row))
            size += len(row)
            if size >= PIECE_BYTES:
                yield b"".join(pieces)
                pieces, size = [], 0
        yield b"".join(pieces)


def csv_value(value: float | None) -> str | float | None:
    """A value as PostgreSQL's COPY writes a float: whole numbers without ".0"."""
    if value is not None and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value


def csv_lines(found: Iterable[tuple]) -> Iterator[str]:
    """CSV text in pieces (header first), lines ending as COPY ends them: a missing value
    is an empty cell, never 0."""
    rows = ((*row[:-1], csv_value(row[-1])) for row in found)
    return plain_csv_pieces(COLUMNS, rows, line_end="\n")
