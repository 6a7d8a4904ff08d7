"""``styra restore``: an archive into an empty database and empty file stores.

Order: every checksum first (a damaged archive writes nothing); the target must
hold no rows and no files; the schema is migrated to the archive's migrations;
every table is loaded and every file written in one transaction (a failure rolls
the rows back and removes the files written); then the code's newer migrations run.
"""

from collections.abc import Callable
from pathlib import Path

from django.apps import apps as installed_apps
from django.core.files import File
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connections, transaction
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader

from styra.backup.archive import ArchiveReader
from styra.backup.manifest import Manifest, TableEntry, unknown_migrations
from styra.backup.values import decode_binary, decode_duration

from .sources import MIGRATE_MADE, backed_up_models, file_stores, stored_files

BATCH_ROWS = 5000
# Column types whose JSON value is already what the database takes.
PLAIN_TYPES = {
    "AutoField",
    "BigAutoField",
    "SmallAutoField",
    "IntegerField",
    "BigIntegerField",
    "SmallIntegerField",
    "PositiveIntegerField",
    "PositiveBigIntegerField",
    "PositiveSmallIntegerField",
    "FloatField",
    "CharField",
    "TextField",
    "SlugField",
    "EmailField",
    "URLField",
    "BooleanField",
}


class RestoreError(Exception):
    """The archive cannot be restored here; nothing was written."""


def refuse_newer_archive(manifest: Manifest, connection) -> None:
    known: dict[str, set[str]] = {}
    for app, name in MigrationLoader(connection, ignore_no_migrations=True).disk_migrations:
        known.setdefault(app, set()).add(name)
    unknown = unknown_migrations(manifest.migrations, known)
    if unknown:
        raise RestoreError(
            f"the archive was made by a newer Styra: migration {unknown[0]} is not in this "
            f"code ({len(unknown)} unknown). Restore it with Styra {manifest.styra_version}."
        )


def refuse_non_empty_target(connection) -> None:
    """Any row (beyond what `migrate` makes) or any stored file refuses the target."""
    existing = set(connection.introspection.table_names())
    with connection.cursor() as cursor:
        for model in installed_apps.get_models(include_auto_created=True):
            table = model._meta.db_table
            if table not in existing or model._meta.label_lower in MIGRATE_MADE:
                continue
            cursor.execute(f"SELECT 1 FROM {connection.ops.quote_name(table)} LIMIT 1")
            if cursor.fetchone():
                raise RestoreError(f"the target database is not empty: table {table} has rows")
    stores = file_stores()
    for store_name in stores:
        for name in stored_files(store_name, stores):
            raise RestoreError(f"the target file store {store_name} is not empty: {name}")


def migrate_to_archive(manifest: Manifest, connection):
    """Create the schema the archive was made with; the models of that schema."""
    executor = MigrationExecutor(connection)
    graph = executor.loader.graph
    nodes = {(app, name) for app, names in manifest.migrations.items() for name in names}
    nodes &= set(graph.nodes)
    leaves = [
        node
        for node in nodes
        if not any(child.key in nodes for child in graph.node_map[node].children)
    ]
    # Rendered once up front, as `migrate` does: otherwise each step renders it again.
    state = executor._create_project_state(with_applied_migrations=True)
    state.apps  # noqa: B018
    executor.migrate(leaves, plan=executor.migration_plan(leaves), state=state.clone())
    return executor.loader.project_state(sorted(nodes)).apps


def column_decoder(field, connection) -> Callable:
    kind = field.get_internal_type()
    target = field.target_field.get_internal_type() if field.is_relation else kind
    if target in PLAIN_TYPES:
        return lambda raw: raw
    if kind == "DurationField":
        return lambda raw: field.get_db_prep_save(decode_duration(raw), connection)
    if kind == "BinaryField":
        return lambda raw: field.get_db_prep_save(decode_binary(raw), connection)
    if kind == "JSONField":
        return lambda raw: field.get_db_prep_save(raw, connection)
    return lambda raw: (
        None if raw is None else field.get_db_prep_save(field.to_python(raw), connection)
    )


def load_table(reader: ArchiveReader, entry: TableEntry, model, connection) -> None:
    fields = {field.column: field for field in model._meta.concrete_fields}
    missing = [column for column in entry.columns if column not in fields]
    if missing:
        raise RestoreError(f"table {entry.db_table}: column {missing[0]} is not in the schema")
    decoders = [column_decoder(fields[column], connection) for column in entry.columns]
    quote = connection.ops.quote_name
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        quote(entry.db_table),
        ", ".join(quote(column) for column in entry.columns),
        ", ".join(["%s"] * len(entry.columns)),
    )
    batch: list[list] = []
    with connection.cursor() as cursor:
        for row in reader.table_rows(entry):
            batch.append([decode(value) for decode, value in zip(decoders, row, strict=True)])
            if len(batch) >= BATCH_ROWS:
                cursor.executemany(sql, batch)
                batch = []
        if batch:
            cursor.executemany(sql, batch)
        cursor.execute(f"SELECT COUNT(*) FROM {quote(entry.db_table)}")
        (count,) = cursor.fetchone()
    if count != entry.rows:
        raise RestoreError(
            f"table {entry.db_table}: {count} rows loaded, the archive has {entry.rows}"
        )


def load_tables(reader: ArchiveReader, manifest: Manifest, models: dict, connection) -> None:
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for entry in manifest.tables.values():  # rows migrate made (content types, permissions)
            cursor.execute(f"DELETE FROM {quote(entry.db_table)}")
    for label, entry in manifest.tables.items():
        try:
            load_table(reader, entry, models[label], connection)
        except RestoreError:
            raise
        except Exception as error:
            raise RestoreError(f"table {entry.db_table} could not be loaded: {error}") from error
    with connection.cursor() as cursor:
        loaded = [models[label] for label in manifest.tables]  # the schema's others may be gone
        for sql in connection.ops.sequence_reset_sql(no_style(), loaded):
            cursor.execute(sql)


def write_files(reader: ArchiveReader, manifest: Manifest, written: list) -> None:
    stores = file_stores()
    for store_name in manifest.files:
        if store_name not in stores:
            raise RestoreError(f"the archive has files of a store this Styra lacks: {store_name}")
        store = stores[store_name]
        for name, handle in reader.files(store_name):
            saved = store.save(name, File(handle, name=name))
            written.append((store, saved))
            if saved != name:
                raise RestoreError(f"file {store_name}/{name} was stored as {saved}")


def restore_backup(path: Path, alias: str = "default", report: Callable = print) -> Manifest:
    reader = ArchiveReader(path)
    try:
        manifest = reader.verify()
        report(f"Archive checked: {len(manifest.members)} members, every checksum equal.")
        connection = connections[alias]
        refuse_newer_archive(manifest, connection)
        refuse_non_empty_target(connection)
        state_apps = migrate_to_archive(manifest, connection)
        models = {model._meta.label_lower: model for model in backed_up_models(state_apps)}
        absent = sorted(set(manifest.tables) - set(models))
        if absent:
            raise RestoreError(f"the archive's table of {absent[0]} has no model in this code")
        written: list = []
        try:
            with transaction.atomic(using=alias):
                load_tables(reader, manifest, models, connection)
                write_files(reader, manifest, written)
        except BaseException:
            for store, name in written:
                store.delete(name)
            raise
    finally:
        reader.close()
    call_command("migrate", interactive=False, verbosity=0, database=alias)
    return manifest
