"""Write a read-and-checked Kolada bundle into the database, all or nothing.

The core (``styra.kolada.bundle``) reads and validates; this module only
writes. Everything happens in one transaction: a failure half-way leaves the
previous data exactly as it was. Reference rows are upserted (so that
organisations' own data pointing at them survives a reload); Kolada values of
the KPIs in the bundle are replaced. PostgreSQL gets its values by COPY,
SQLite by executemany.
"""

import io
from collections.abc import Iterator
from contextlib import contextmanager

import polars as pl
from django.db import connection, transaction

from styra.kolada.bundle import RIKET_ID, Bundle
from styra.web.indicators.models import Kpi, KpiGroup, Value
from styra.web.indicators.versions import KOLADA, bump_version
from styra.web.organisations.models import MunicipalityGroup, Organisation

COPY_CHUNK_ROWS = 500_000
VALUE_COLUMNS = ("kpi_id", "area_id", "year", "gender", "value")


def upsert(model, rows: list[dict], key: str) -> None:
    """Insert or update ``rows`` by primary key ``key`` in batches."""
    if not rows:
        return
    fields = [name for name in rows[0] if name != key]
    objects = [model(**row) for row in rows]
    model.objects.bulk_create(
        objects,
        batch_size=2000,
        update_conflicts=bool(fields),
        ignore_conflicts=not fields,
        unique_fields=[key],
        update_fields=fields or None,
    )


def replace_links(through, rows: list[dict]) -> None:
    """Replace all rows of an M2M ``through`` table."""
    through.objects.all().delete()
    through.objects.bulk_create([through(**row) for row in rows], batch_size=5000)


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
    values = bundle.values.select(VALUE_COLUMNS)
    emptied = delete_values(values["kpi_id"].unique().to_list())
    if connection.vendor != "postgresql":
        insert_values(values)  # SQLite's schema editor cannot run inside a transaction
    elif emptied:
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


def load_bundle(bundle: Bundle) -> dict[str, int]:
    """Write ``bundle`` in one transaction and return the counts now stored."""
    with transaction.atomic():
        write_areas(bundle)
        write_kpis(bundle)
        write_values(bundle)
        bump_version(KOLADA)
    summary = count_loaded()
    summary["values"] = bundle.values.height
    return summary
