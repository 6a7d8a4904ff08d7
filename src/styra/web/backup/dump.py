"""``styra backup``: every table and stored file, read in one transaction, into an archive."""

import contextlib
import datetime
from collections.abc import Iterator
from pathlib import Path

import django
from django.apps import apps as installed_apps
from django.db import connections, transaction
from django.db.migrations.recorder import MigrationRecorder

from styra import __version__
from styra.backup.archive import ArchiveWriter, file_member
from styra.backup.manifest import Manifest, utc_timestamp
from styra.backup.values import encode_value

from .sources import backed_up_models, file_stores, stored_files

CHUNK_ROWS = 5000


@contextlib.contextmanager
def read_snapshot(alias: str):
    """One transaction that sees the database as it was when it began.

    PostgreSQL: REPEATABLE READ, READ ONLY. SQLite (WAL): a deferred read
    transaction, so writers are not held up while the backup reads.
    """
    connection = connections[alias]
    connection.ensure_connection()
    previous_mode = getattr(connection, "transaction_mode", None)
    if connection.vendor == "sqlite":
        connection.transaction_mode = "DEFERRED"
    try:
        with transaction.atomic(using=alias):
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield connection
    finally:
        if connection.vendor == "sqlite":
            connection.transaction_mode = previous_mode


def applied_migrations(connection) -> dict[str, list[str]]:
    applied: dict[str, list[str]] = {}
    for app, name in sorted(MigrationRecorder(connection).applied_migrations()):
        applied.setdefault(app, []).append(name)
    return applied


def encoded_rows(model, alias: str) -> Iterator[list]:
    attnames = [field.attname for field in model._meta.concrete_fields]
    rows = model._base_manager.using(alias).order_by("pk").values_list(*attnames)
    for row in rows.iterator(chunk_size=CHUNK_ROWS):
        yield [encode_value(value) for value in row]


def write_backup(path: Path, alias: str = "default") -> Manifest:
    """Write the archive at ``path`` (through ``<path>.partial``); its manifest."""
    writer = ArchiveWriter(path)
    try:
        with read_snapshot(alias) as connection:
            manifest = Manifest(
                styra_version=__version__,
                django_version=django.get_version(),
                database_vendor=connection.vendor,
                created_at=utc_timestamp(datetime.datetime.now(datetime.UTC)),
                migrations=applied_migrations(connection),
            )
            for model in backed_up_models(installed_apps):
                meta = model._meta
                columns = [field.column for field in meta.concrete_fields]
                manifest.tables[meta.label_lower] = writer.add_table(
                    meta.label_lower, meta.db_table, columns, encoded_rows(model, alias)
                )
            stores = file_stores()
            for store_name, store in stores.items():
                count = 0
                for name in stored_files(store_name, stores):
                    with store.open(name, "rb") as handle:
                        writer.add_stream(file_member(store_name, name), handle, store.size(name))
                    count += 1
                manifest.files[store_name] = count
        writer.finish(manifest)
    except BaseException:
        writer.abort()
        raise
    return manifest
