"""Styra installations for the backup tests: each its own database, data and media dirs,
driven through the ``styra`` command in subprocesses (never the pytest test database)."""

import json
import os
import sqlite3
import subprocess
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[3]
STYRA = Path(sys.executable).with_name("styra")
POSTGRES = "postgres://postgres@127.0.0.1:5432"


@dataclass
class Installation:
    folder: Path
    database_url: str

    @property
    def env(self) -> dict[str, str]:
        inherited = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith("STYRA_") and key != "DATABASE_URL"
        }
        return inherited | {
            "DATABASE_URL": self.database_url,
            "STYRA_DATA_DIR": str(self.folder / "data"),
            "STYRA_MEDIA_ROOT": str(self.folder / "media"),
        }

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        done = subprocess.run(
            args, cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=900
        )
        if check and done.returncode != 0:
            raise AssertionError(f"{args} failed:\n{done.stdout}\n{done.stderr}")
        return done

    def styra(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return self.run(str(STYRA), *args, check=check)

    def site(self, action: str) -> subprocess.CompletedProcess:
        return self.run(sys.executable, "-m", "tests.web.backup.site", action)

    def files(self) -> dict[str, bytes]:
        """Every file under the media and data dirs but caches and the database."""
        found = {}
        for top in ("media", "data/versions"):
            for path in sorted((self.folder / top).rglob("*")):
                if path.is_file():
                    found[path.relative_to(self.folder).as_posix()] = path.read_bytes()
        return found


def sqlite_installation(folder: Path) -> Installation:
    folder.mkdir(parents=True, exist_ok=True)
    return Installation(folder, f"sqlite:///{folder / 'styra.sqlite3'}")


def postgres_installation(folder: Path, name: str) -> Installation:
    """A new, empty PostgreSQL database ``name`` (dropped first if a run left it)."""
    folder.mkdir(parents=True, exist_ok=True)
    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    return Installation(folder, f"{POSTGRES}/{name}")


def drop_postgres(name: str) -> None:
    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def manifest(archive: Path) -> dict:
    with tarfile.open(archive) as tar:
        return json.load(tar.extractfile("manifest.json"))


def table_digests(archive: Path) -> dict[str, tuple[int, str]]:
    """Rows and the digest of the rows, by table, as the archive's manifest has them."""
    return {
        label: (entry["rows"], entry["rows_sha256"])
        for label, entry in manifest(archive)["tables"].items()
    }


def sqlite_row_total(installation: Installation) -> int:
    """Rows in every table of a SQLite installation but django_migrations."""
    path = installation.database_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as connection:
        tables = [
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if name not in ("django_migrations", "sqlite_sequence")
        ]
        return sum(connection.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables)


def rewrite_archive(source: Path, target: Path, table: str = "", migrations=None) -> None:
    """A copy of ``source`` with consistent checksums, but the first row of ``table``
    written twice and/or other ``migrations`` in its manifest."""
    from styra.backup.archive import ArchiveReader, ArchiveWriter

    reader = ArchiveReader(source)
    manifest = reader.verify()
    writer = ArchiveWriter(target)
    for label, entry in manifest.tables.items():
        rows = list(reader.table_rows(entry))
        if label == table:
            rows.insert(0, rows[0])
        manifest.tables[label] = writer.add_table(label, entry.db_table, entry.columns, rows)
    for store in manifest.files:
        for name, handle in reader.files(store):
            writer.add_stream(f"files/{store}/{name}", handle, manifest_size(manifest, store, name))
    if migrations is not None:
        manifest.migrations = migrations
    writer.finish(manifest)
    reader.close()


def manifest_size(manifest, store: str, name: str) -> int:
    return manifest.members[f"files/{store}/{name}"]["size"]
