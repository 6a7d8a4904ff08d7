"""Benchmark: load the Kolada bundle into SQLite and PostgreSQL, next to a raw baseline.

For each database and each bundle size (the Agenda 2030 subset, all KPIs) it
times ``styra load`` as a user runs it (read + validate the bundle, write
areas, KPIs and values in one transaction) and, in the same run, a baseline
that only inserts the same value rows with the database's raw fast path:
COPY from in-memory CSV for PostgreSQL, one executemany in one transaction
for SQLite. Prints seconds, rows/s and the ratio load/baseline.

    .venv/bin/python bench/load.py [--quick] [--only sqlite|postgresql]

Goal (issue 2): ratio <= 1.5 on PostgreSQL; all 7.39 M values in < 2 min there.
Each database runs in its own subprocess because Django reads DATABASE_URL once.
"""

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PG_ADMIN_URL = os.environ.get("BENCH_PG_ADMIN", "postgres://postgres@127.0.0.1:5432/postgres")
PG_BENCH_DB = "styra_bench_load"


def fresh_database(kind: str, workdir: Path) -> str:
    if kind == "sqlite":
        path = workdir / "bench.sqlite3"
        path.unlink(missing_ok=True)
        return f"sqlite:///{path}"
    import psycopg

    with psycopg.connect(
        PG_ADMIN_URL.replace("postgres://", "postgresql://"), autocommit=True
    ) as c:
        c.execute(f"DROP DATABASE IF EXISTS {PG_BENCH_DB}")
        c.execute(f"CREATE DATABASE {PG_BENCH_DB}")
    return PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{PG_BENCH_DB}"


def baseline_insert(connection, rows) -> float:
    """The raw fast path for the same rows; returns seconds (rows prepared beforehand)."""
    table = "indicators_value"
    columns = "kpi_id, area_id, year, gender, value"
    if connection.vendor == "postgresql":
        buffer = io.BytesIO()
        rows.write_csv(buffer, include_header=False, null_value="")
        data = buffer.getvalue()
        started = time.perf_counter()
        sql = f"COPY {table} ({columns}) FROM STDIN (FORMAT csv)"
        with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
            copy.write(data)
        connection.commit()
        return time.perf_counter() - started
    tuples = list(rows.iter_rows())
    raw = connection.connection
    started = time.perf_counter()
    raw.execute("BEGIN")
    raw.executemany(f"INSERT INTO {table} ({columns}) VALUES (?, ?, ?, ?, ?)", tuples)
    raw.execute("COMMIT")
    return time.perf_counter() - started


def empty_values(connection) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("TRUNCATE indicators_value")
        else:
            cursor.execute("DELETE FROM indicators_value")
    connection.commit()


def measure(all_kpis: bool) -> dict:
    """Runs inside the child process, with DATABASE_URL already set."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "styra.web.settings")
    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from styra.kolada.bundle import default_bundle_path, read_bundle
    from styra.web.indicators.bundle_loader import load_bundle

    call_command("migrate", verbosity=0)
    bundle_dir = default_bundle_path()
    rows = read_bundle(bundle_dir, all_kpis=all_kpis).values
    connection.set_autocommit(False)
    base = baseline_insert(connection, rows)
    empty_values(connection)
    connection.set_autocommit(True)
    started = time.perf_counter()
    summary = load_bundle(read_bundle(bundle_dir, all_kpis=all_kpis))
    seconds = time.perf_counter() - started
    assert summary["values_stored"] == rows.height
    return {"rows": rows.height, "load_s": seconds, "baseline_s": base}


def run_child(kind: str, all_kpis: bool, workdir: Path) -> dict:
    env = {**os.environ, "DATABASE_URL": fresh_database(kind, workdir)}
    argv = [sys.executable, __file__, "--child", "all" if all_kpis else "agenda2030"]
    out = subprocess.run(argv, env=env, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="only the Agenda 2030 subset")
    parser.add_argument("--only", choices=["sqlite", "postgresql"])
    parser.add_argument("--child", choices=["agenda2030", "all"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(all_kpis=args.child == "all")))
        return
    kinds = [args.only] if args.only else ["sqlite", "postgresql"]
    sizes = [False] if args.quick else [False, True]
    print(
        f"{'database':<11} {'bundle':<11} {'rows':>10} {'load s':>8} {'rows/s':>10} "
        f"{'baseline s':>10} {'rows/s':>10} {'ratio':>6}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for kind in kinds:
            for all_kpis in sizes:
                r = run_child(kind, all_kpis, Path(tmp))
                print(
                    f"{kind:<11} {'all' if all_kpis else 'agenda2030':<11} {r['rows']:>10,} "
                    f"{r['load_s']:>8.1f} {r['rows'] / r['load_s']:>10,.0f} "
                    f"{r['baseline_s']:>10.1f} {r['rows'] / r['baseline_s']:>10,.0f} "
                    f"{r['load_s'] / r['baseline_s']:>6.2f}",
                    flush=True,
                )
    print("load = styra load end to end (read, validate, write in one transaction);")
    print(
        "baseline = raw COPY (PostgreSQL) / executemany in one transaction (SQLite) of the values"
    )


if __name__ == "__main__":
    main()
