"""``styra backup`` and ``styra restore``: the installation in one archive (docs/backup.md)."""

import time
from pathlib import Path

import click

from styra.cli.data import setup_django


@click.command()
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The archive to write (a tar file; written whole or not at all).",
)
def backup(out: Path) -> None:
    """Write one consistent archive of the database and the stored files.

    Every table Styra owns (sessions excepted) and every uploaded file and kept
    data version, with a manifest of versions, migrations, counts and checksums.
    """
    started = time.perf_counter()
    setup_django()
    from styra.web.backup.dump import write_backup

    if out.exists():
        raise click.ClickException(f"{out} exists: choose a new file name")
    out.parent.mkdir(parents=True, exist_ok=True)
    manifest = write_backup(out)
    rows = sum(entry.rows for entry in manifest.tables.values())
    files = sum(manifest.files.values())
    click.echo(
        f"Backup written to {out}: {len(manifest.tables)} tables, {rows} rows, {files} files, "
        f"{out.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - started:.1f} s."
    )


@click.command()
@click.argument("archive", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def restore(archive: Path) -> None:
    """Restore ARCHIVE into an empty database and empty file stores.

    Every checksum is checked first; a damaged archive, a target that holds rows
    or files, or an archive from a newer Styra is refused and nothing is written.
    """
    started = time.perf_counter()
    setup_django()
    from django.db import OperationalError

    from styra.backup.archive import ArchiveError
    from styra.web.backup.restore import RestoreError, restore_backup

    try:
        manifest = restore_backup(archive, report=click.echo)
    except (ArchiveError, RestoreError) as error:
        raise click.ClickException(f"restore refused, nothing restored: {error}") from error
    except OperationalError as error:
        raise click.ClickException(f"the target database cannot be used: {error}") from error
    rows = sum(entry.rows for entry in manifest.tables.values())
    click.echo(
        f"Restored {archive} (made {manifest.created_at} on {manifest.database_vendor}): "
        f"{len(manifest.tables)} tables, {rows} rows, {sum(manifest.files.values())} files "
        f"in {time.perf_counter() - started:.1f} s."
    )
