"""Write a read-and-checked Kolada bundle into the database.

The core (``styra.kolada.bundle``) reads and validates; this module only
writes. Reference rows are upserted (so that organisations' own data pointing
at them survives a reload); Kolada values of the KPIs in the bundle are
replaced.

PostgreSQL writes everything in one transaction (values by COPY): others keep
reading and writing meanwhile, and a failure half-way leaves the previous
data exactly as it was. SQLite has one writer for the whole file, so there a
load is many short transactions that other writers (a login, a save) slip in
between: first the values, a few KPIs at a time (each KPI replaced whole,
at most about ``VALUE_ROWS_PER_TRANSACTION`` rows), then the reference rows
in batches, and last the data version (which makes the analyses recompute).
A failure half-way leaves every KPI wholly old or wholly new and the data
version unchanged; loading again completes it.
"""

import io
from collections.abc import Iterator
from contextlib import contextmanager

import polars as pl
from django.db import connection, transaction

from styra.kolada.bundle import RIKET_ID, Bundle
from styra.web.indicators.models import Kpi, KpiGroup, Value
from styra.web.indicators.versions import bump_kolada
from styra.web.organisations.models import MunicipalityGroup, Organisation

COPY_CHUNK_ROWS = 500_000
# Rows written per transaction (SQLite: about half a second; other writers wait for it).
VALUE_ROWS_PER_TRANSACTION = 10_000
REFERENCE_ROWS_PER_TRANSACTION = 1000
VALUE_COLUMNS = ("kpi_id", "area_id", "year", "gender", "value")


def upsert(model, rows: list[dict], key: str) -> None:
    """Insert or update ``rows`` by primary key ``key``, a batch per transaction."""
    if not rows:
        return
    fields = [name for name in rows[0] if name != key]
    for start in range(0, len(rows), REFERENCE_ROWS_PER_TRANSACTION):
        batch = rows[start : start + REFERENCE_ROWS_PER_TRANSACTION]
        with transaction.atomic():
            model.objects.bulk_create(
                [model(**row) for row in batch],
                update_conflicts=bool(fields),
                ignore_conflicts=not fields,
                unique_fields=[key],
                update_fields=fields or None,
            )


def replace_links(through, rows: list[dict]) -> None:
    """Make an M2M ``through`` table hold exactly ``rows``: delete the links that
    went, add the new ones (a reload of the same bundle writes nothing)."""
    if not rows:
        through.objects.all().delete()
        return
    columns = list(rows[0])
    wanted = {tuple(row[name] for name in columns) for row in rows}
    existing = {tuple(link[1:]): link[0] for link in through.objects.values_list("pk", *columns)}
    stale = [pk for link, pk in existing.items() if link not in wanted]
    new = [through(**dict(zip(columns, link, strict=True))) for link in wanted - existing.keys()]
    with transaction.atomic():
        for start in range(0, len(stale), 500):
            through.objects.filter(pk__in=stale[start : start + 500]).delete()
        through.objects.bulk_create(new, batch_size=5000)


def write_areas(bundle: Bundle) -> None:
    upsert(
        MunicipalityGroup,
        [
            {"group_id": row["group_id"], "title": row["title"]}
            for row in bundle.municipality_groups.iter_rows(named=True)
        ],
        "group_id",
    )
    skr = {row["area_id"]: row for row in bundle.skr_kommungrupper.iter_rows(named=True)}
    known_groups = set(bundle.municipality_groups["group_id"])
    rows = []
    for area in bundle.municipalities.iter_rows(named=True):
        group = skr.get(area["area_id"], {})
        rows.append(
            {
                "kolada_id": area["area_id"],
                "name": area["title"],
                "type": area["type"],
                "region_id": area["region_id"],
                "skr_code": group.get("skr_code") or "",
                "skr_name": group.get("kommungrupp") or "",
                "skr_group_id": group.get("group_id")
                if group.get("group_id") in known_groups
                else None,
            }
        )
    upsert(Organisation, rows, "kolada_id")
    replace_links(
        MunicipalityGroup.members.through,
        [
            {"municipalitygroup_id": row["group_id"], "organisation_id": row["area_id"]}
            for row in bundle.group_members.iter_rows(named=True)
        ],
    )


def write_kpis(bundle: Bundle) -> None:
    upsert(Kpi, list(bundle.kpis.iter_rows(named=True)), "kpi_id")
    upsert(
        KpiGroup,
        [
            {"group_id": row["group_id"], "title": row["title"], "parent_id": row["parent"]}
            for row in bundle.kpi_groups.iter_rows(named=True)
        ],
        "group_id",
    )
    replace_links(
        KpiGroup.kpis.through,
        [
            {"kpigroup_id": row["group_id"], "kpi_id": row["kpi_id"]}
            for row in bundle.kpi_group_members.iter_rows(named=True)
        ],
    )


def delete_values(kpi_ids: list[str]) -> bool:
    """Remove the stored values of ``kpi_ids``; True when the table is now empty."""
    table = Value._meta.db_table
    if not Value.objects.exclude(kpi_id__in=kpi_ids).exists():
        with connection.cursor() as cursor:
            verb = "TRUNCATE" if connection.vendor == "postgresql" else "DELETE FROM"
            cursor.execute(f"{verb} {table}")
        return True
    for start in range(0, len(kpi_ids), 500):
        Value.objects.filter(kpi_id__in=kpi_ids[start : start + 500])._raw_delete(Value.objects.db)
    return False


@contextmanager
def indexes_rebuilt_after():
    """Drop the value indexes, write, then build them again (faster than row by row).

    PostgreSQL only, inside the caller's transaction: DDL is transactional
    there, so if writing fails the drop rolls back too.
    """
    meta = Value._meta
    with connection.schema_editor() as editor:
        for constraint in meta.constraints:
            editor.remove_constraint(Value, constraint)
        for index in meta.indexes:
            editor.remove_index(Value, index)
    yield
    with connection.schema_editor() as editor:
        for constraint in meta.constraints:
            editor.add_constraint(Value, constraint)
        for index in meta.indexes:
            editor.add_index(Value, index)


def csv_chunks(values: pl.DataFrame) -> Iterator[bytes]:
    for start in range(0, values.height, COPY_CHUNK_ROWS):
        buffer = io.BytesIO()
        values.slice(start, COPY_CHUNK_ROWS).write_csv(buffer, include_header=False, null_value="")
        yield buffer.getvalue()


def copy_values(values: pl.DataFrame) -> None:
    """PostgreSQL fast path: COPY the frame as CSV (empty field = NULL)."""
    table = Value._meta.db_table
    columns = ", ".join(VALUE_COLUMNS)
    with connection.cursor() as cursor:
        sql = f"COPY {table} ({columns}) FROM STDIN WITH (FORMAT csv)"
        with cursor.cursor.copy(sql) as copy:
            for chunk in csv_chunks(values):
                copy.write(chunk)


def insert_values(values: pl.DataFrame) -> None:
    """Portable path: one executemany per chunk inside the surrounding transaction."""
    table = Value._meta.db_table
    columns = ", ".join(VALUE_COLUMNS)
    sql = f"INSERT INTO {table} ({columns}) VALUES (%s, %s, %s, %s, %s)"
    with connection.cursor() as cursor:
        for start in range(0, values.height, COPY_CHUNK_ROWS):
            cursor.executemany(sql, values.slice(start, COPY_CHUNK_ROWS).iter_rows())


def write_values(bundle: Bundle) -> None:
    """PostgreSQL: replace the bundle's values inside the caller's transaction."""
    values = bundle.values.select(VALUE_COLUMNS)
    if delete_values(values["kpi_id"].unique().to_list()):
        with indexes_rebuilt_after():
            copy_values(values)
    else:
        copy_values(values)


def count_loaded() -> dict[str, int]:
    """What the database now holds, counted from the database itself."""
    areas = Organisation.objects
    return {
        "kommuner": areas.filter(type="K").count(),
        "regioner": areas.filter(type="L").exclude(kolada_id=RIKET_ID).count(),
        "municipality_groups": MunicipalityGroup.objects.count(),
        "skr_kommungrupper": areas.exclude(skr_code="").count(),
        "kpis": Kpi.objects.filter(retired=False).count(),
        "retired_kpis": Kpi.objects.filter(retired=True).count(),
        "kpi_groups": KpiGroup.objects.count(),
        "values_stored": Value.objects.count(),
        "missing_values": Value.objects.filter(value__isnull=True).count(),
    }


def kpi_batches(values: pl.DataFrame, max_rows: int) -> Iterator[pl.DataFrame]:
    """``values`` in batches of whole KPIs, each at most ``max_rows`` rows unless
    one KPI alone has more."""
    batch: list[pl.DataFrame] = []
    rows = 0
    for kpi_values in values.sort("kpi_id").partition_by("kpi_id", maintain_order=True):
        if batch and rows + kpi_values.height > max_rows:
            yield pl.concat(batch)
            batch, rows = [], 0
        batch.append(kpi_values)
        rows += kpi_values.height
    if batch:
        yield pl.concat(batch)


def replace_values_in_batches(bundle: Bundle) -> None:
    """SQLite: replace the bundle's values a few KPIs per short transaction."""
    for batch in kpi_batches(bundle.values.select(VALUE_COLUMNS), VALUE_ROWS_PER_TRANSACTION):
        with transaction.atomic():
            delete_values(batch["kpi_id"].unique().to_list())
            insert_values(batch)


def load_bundle(bundle: Bundle) -> dict[str, int]:
    """Write ``bundle`` and return the counts now stored (see the module's docstring)."""
    if connection.vendor == "postgresql":
        with transaction.atomic():
            write_areas(bundle)
            write_kpis(bundle)
            write_values(bundle)
            bump_kolada()
    else:
        replace_values_in_batches(bundle)
        write_areas(bundle)
        write_kpis(bundle)
        bump_kolada()  # one statement: its own short transaction
    summary = count_loaded()
    summary["values"] = bundle.values.height
    return summary
