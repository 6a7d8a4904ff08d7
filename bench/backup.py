"""Benchmark: `styra backup` and `styra restore` of the real Agenda 2030 data.

For each database it loads the real bundle (../shared/data/kolada, or $STYRA_BUNDLE)
into a fresh database with `styra load`, then times `styra backup` (archive size,
rows) and `styra restore` into a second fresh database of the same kind, and
checks that a backup of the restored database has the same rows per table.

    .venv/bin/python bench/backup.py [--only sqlite|postgresql]

Baseline: the time `styra load` took to write the same data from the bundle
(a restore should not be much slower than loading from scratch).
"""

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
STYRA = Path(sys.executable).with_name("styra")
PG = "postgres://postgres@127.0.0.1:5432"


def fresh_database(kind: str, folder: Path, name: str) -> str:
    if kind == "sqlite":
        return f"sqlite:///{folder / (name + '.sqlite3')}"
    import psycopg

    with psycopg.connect(f"{PG}/postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {name}")
    return f"{PG}/{name}"


def timed(env: dict, *args: str) -> float:
    started = time.perf_counter()
    subprocess.run([str(STYRA), *args], cwd=REPO, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def environment(database_url: str, folder: Path) -> dict:
    inherited = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    return inherited | {
        "DATABASE_URL": database_url,
        "STYRA_DATA_DIR": str(folder / "data"),
        "STYRA_MEDIA_ROOT": str(folder / "media"),
    }


def tables(archive: Path) -> dict:
    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
    return {label: (e["rows"], e["rows_sha256"]) for label, e in manifest["tables"].items()}


def bench(kind: str, folder: Path) -> dict:
    source = environment(fresh_database(kind, folder, "styra_h_backup_bench_src"), folder / "src")
    load = timed(source, "load")
    archive = folder / f"{kind}.tar"
    backup = timed(source, "backup", "--out", str(archive))
    target = environment(fresh_database(kind, folder, "styra_h_backup_bench_dst"), folder / "dst")
    restore = timed(target, "restore", str(archive))
    again = folder / f"{kind}-again.tar"
    timed(target, "backup", "--out", str(again))
    rows = sum(count for count, _ in tables(archive).values())
    return {
        "database": kind,
        "rows": rows,
        "archive_mb": round(archive.stat().st_size / 1e6, 1),
        "load_s (baseline)": round(load, 1),
        "backup_s": round(backup, 1),
        "restore_s": round(restore, 1),
        "equal_after_restore": tables(again) == tables(archive),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", choices=["sqlite", "postgresql"])
    only = parser.parse_args().only
    for kind in [only] if only else ["sqlite", "postgresql"]:
        with tempfile.TemporaryDirectory() as folder:
            print(json.dumps(bench(kind, Path(folder))), flush=True)
        if kind == "postgresql":
            drop_databases()


def drop_databases() -> None:
    import psycopg

    with psycopg.connect(f"{PG}/postgres", autocommit=True) as connection:
        for name in ("styra_h_backup_bench_src", "styra_h_backup_bench_dst"):
            connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


if __name__ == "__main__":
    main()
