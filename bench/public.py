"""Benchmark: the public site and the values API, each next to its floor.

The set-up of bench/web.py (its functions): a fresh PostgreSQL database loaded
with ``styra load`` (VACUUM ANALYZE after), then, in a child process, an admin
of the kommun (Växjö, 0780) prepares and approves a publication of the
analysis sections (overview, goal pages, KPI pages) through
styra.web.public.publishing, as the publishing pages do; then the production
server (``styra serve``: gunicorn, 2 workers, STYRA_DEBUG off). In the same
run, against the same server, with no cookie (a citizen, logged out):

  floor     /bench/floor/?bytes=N: a fixed HTML page exactly as large as the
            public overview, through the same middleware, no database
            (STYRA_BENCH_VIEWS on; the baseline);
  overview  /offentligt/<kolada_id>/;
  kpi       /offentligt/<kolada_id>/nyckeltal/<kpi_id>/.

Each page is warmed up, then asked for by ``--concurrency`` (50) concurrent
clients in rounds, floor, overview, kpi in turn (bench/web.py's ``measure``);
every answer must be a 200 holding the page's expected text (overview: the
kommun's name and "Kolada"; KPI page: the KPI id), else the run stops. Goal
(issue 15): the p95 of each public page <= 2x the floor's p95.

Then the values of one KPI for all areas and years (``--values-kpi``, by default
the KPI with the most values in the bundle):

  api       GET /api/v1/values?kpi=<kpi>&format=csv, streamed to its last byte;
  raw       ``COPY (SELECT kpi_id, area_id, year, gender, value FROM
            indicators_value WHERE kpi_id = … ORDER BY kpi_id, area_id, year,
            gender) TO STDOUT WITH CSV`` through psycopg on an open
            connection (the same rows in the API's key order).

Each is run ``--values-repeats`` times after one warm-up; the p50 time gives
rows/s. The API's rows must be the raw rows (same count, same keys), else the
run stops. Goal (issue 15): the API's time <= 2x the raw time. Should the
endpoint not answer CSV (404, or not text/csv), the streaming functions it uses
(styra.web.public.values: ``rows`` + ``csv_lines``) are timed in a child
process instead, and the output says so.

    .venv/bin/python bench/public.py [--quick] [--requests 400] [--concurrency 50] [--json]

The server is stopped and the database dropped at the end, also on errors
(``--keep`` keeps the database).
"""

import argparse
import asyncio
import html
import importlib.util
import json
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

spec = importlib.util.spec_from_file_location("bench_web", Path(__file__).with_name("web.py"))
web = importlib.util.module_from_spec(spec)
spec.loader.exec_module(web)
web.PG_BENCH_DB = "styra_bench_public"  # not bench/web.py's database

PAGE_GOAL = 2.0  # each public page's p95 over the floor's p95
VALUES_GOAL = 2.0  # the API's CSV time over the raw COPY's time
ANALYSIS_SECTIONS = ["oversikt", "mal", "nyckeltal"]
VALUES_URL = "/api/v1/values?kpi={kpi}&format=csv"
RAW_COPY = (
    "COPY (SELECT kpi_id, area_id, year, gender, value FROM indicators_value "
    "WHERE kpi_id = {kpi} ORDER BY kpi_id, area_id, year, gender) TO STDOUT WITH CSV"
)


def django_setup() -> None:
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "styra.web.settings")
    django.setup()


def publish(area_id: str) -> dict:
    """Runs in a child process (DATABASE_URL set): an admin of the kommun prepares and
    approves the analysis sections. The kommun's name and the published KPI ids."""
    django_setup()
    from django.contrib import auth

    from styra.web.accounts.models import Membership, Role
    from styra.web.organisations.models import Organisation
    from styra.web.public import publishing
    from styra.web.public.models import Licence

    organisation = Organisation.objects.filter(pk=area_id).first()
    if organisation is None:
        raise SystemExit(f"no organisation {area_id} in the loaded database")
    user = auth.get_user_model().objects.create_user("bench_admin")
    Membership.objects.create(user=user, organisation=organisation, role=Role.ADMIN)
    prepared = publishing.prepare(organisation, user, ANALYSIS_SECTIONS, Licence.CC_BY)
    publication = publishing.approve(prepared, user)
    kpis = sorted(publication.content["text"]["sv"].get("nyckeltal", {}))
    return {"name": organisation.name, "kpis": kpis, "sections": publication.sections}


def most_values_kpi() -> str:
    """Runs in a child process: the KPI with the most values (all areas and years)."""
    django_setup()
    from django.db.models import Count

    from styra.web.indicators.models import Value

    found = Value.objects.values("kpi_id").annotate(n=Count("pk")).order_by("-n", "kpi_id")
    return found.first()["kpi_id"]


def stream_in_process(kpi: str, repeats: int) -> dict:
    """Runs in a child process: the fallback, styra.web.public.values' rows + csv_lines
    for one KPI, timed without HTTP."""
    django_setup()
    from styra.web.public.values import ValueFilter, csv_lines, rows

    def once() -> tuple[float, int]:
        started = time.perf_counter()
        text = "".join(csv_lines(rows(ValueFilter(kpis=(kpi,)))))
        return time.perf_counter() - started, text.count("\n") - 1

    once()
    timed = [once() for _ in range(repeats)]
    return {"seconds": [s for s, _n in timed], "rows": timed[0][1]}


def prepare(env: dict, area_id: str, values_kpi: str | None) -> dict:
    """Load the bundle, publish the kommun; its name, published KPIs and the values KPI."""
    started = time.perf_counter()
    web.run_step([web.BIN / "styra", "load"], env)
    web.execute(env["DATABASE_URL"], "VACUUM (ANALYZE)")
    seconds = time.perf_counter() - started
    print(f"styra load + VACUUM ANALYZE into {web.PG_BENCH_DB}: {seconds:.0f} s", file=sys.stderr)
    started = time.perf_counter()
    out = web.run_step([sys.executable, __file__, "--child-publish", area_id], env)
    published = json.loads(out.strip().splitlines()[-1])
    seconds = time.perf_counter() - started
    print(f"published {area_id} {published['sections']}: {seconds:.0f} s", file=sys.stderr)
    if values_kpi is None:
        out = web.run_step([sys.executable, __file__, "--child-most-values"], env)
        values_kpi = json.loads(out.strip().splitlines()[-1])
    return published | {"values_kpi": values_kpi}


def public_pages(base: str, published: dict, args) -> list[dict]:
    """Floor, public overview and public KPI page, each checked once (no cookie)."""
    if args.kpi not in published["kpis"]:
        raise SystemExit(
            f"{args.kpi} is not among the published KPI pages of {args.area} "
            f"(e.g. {', '.join(published['kpis'][:5])}): choose one with --kpi"
        )
    pages = [
        {
            "name": "overview",
            "path": f"/offentligt/{args.area}/",
            "expect": [html.escape(published["name"]), "Kolada"],
        },
        {
            "name": "kpi",
            "path": f"/offentligt/{args.area}/nyckeltal/{args.kpi}/",
            "expect": [args.kpi, "Kolada"],
        },
    ]
    for page in pages:
        page["bytes"] = web.check_page(base, {}, page)
    floor = {"name": "floor", "path": f"/bench/floor/?bytes={pages[0]['bytes']}"}
    floor["expect"] = [web.FLOOR_TEXT]
    floor["bytes"] = web.check_page(base, {}, floor)
    return [floor, *pages]


def api_csv(base: str, kpi: str) -> tuple[float, bytes] | None:
    """One streamed GET of the KPI's values as CSV: seconds to the last byte and the
    body (None: the endpoint does not answer CSV)."""
    chunks = []
    started = time.perf_counter()
    with httpx.stream("GET", base + VALUES_URL.format(kpi=kpi), timeout=web.TIMEOUT) as answer:
        if answer.status_code != 200 or "text/csv" not in answer.headers.get("content-type", ""):
            return None
        for chunk in answer.iter_bytes():
            chunks.append(chunk)
    return time.perf_counter() - started, b"".join(chunks)


def raw_copy(connection, kpi: str) -> tuple[float, bytes]:
    from psycopg import sql

    statement = sql.SQL(RAW_COPY).format(kpi=sql.Literal(kpi))
    chunks = []
    started = time.perf_counter()
    with connection.cursor() as cursor, cursor.copy(statement) as copy:
        for chunk in copy:
            chunks.append(bytes(chunk))
    return time.perf_counter() - started, b"".join(chunks)


def csv_keys(body: bytes, header: bool) -> list[tuple]:
    """The (kpi, area, year, gender) of each CSV line."""
    lines = body.decode().splitlines()[1 if header else 0 :]
    return [tuple(line.split(",")[:4]) for line in lines if line]


def measure_values(base: str, env: dict, kpi: str, repeats: int) -> dict:
    """The API's CSV (or the fallback) next to the raw COPY: p50 seconds and rows/s."""
    import psycopg

    url = env["DATABASE_URL"].replace("postgres://", "postgresql://")
    with psycopg.connect(url, autocommit=True) as connection:
        raw_copy(connection, kpi)
        raw = [raw_copy(connection, kpi) for _ in range(repeats)]
    raw_keys = csv_keys(raw[0][1], header=False)
    result = {"kpi": kpi, "rows": len(raw_keys), "raw_p50_s": statistics.median(s for s, _ in raw)}
    first = api_csv(base, kpi)
    if first is None:
        argv = [sys.executable, __file__, "--child-stream", kpi, str(repeats)]
        out = json.loads(web.run_step(argv, env).strip().splitlines()[-1])
        if out["rows"] != len(raw_keys):
            raise SystemExit(f"values: {out['rows']} rows streamed, {len(raw_keys)} raw")
        result |= {"how": "in-process", "api_p50_s": statistics.median(out["seconds"])}
    else:
        api = [api_csv(base, kpi) for _ in range(repeats)]
        api_keys = csv_keys(api[0][1], header=True)
        if api_keys != raw_keys:
            raise SystemExit(
                f"{VALUES_URL.format(kpi=kpi)}: {len(api_keys)} rows, not the {len(raw_keys)} "
                "raw rows in key order: nothing counted"
            )
        result |= {"how": "http", "api_p50_s": statistics.median(s for s, _ in api)}
    result["raw_rows_per_s"] = result["rows"] / result["raw_p50_s"]
    result["api_rows_per_s"] = result["rows"] / result["api_p50_s"]
    result["ratio"] = result["api_p50_s"] / result["raw_p50_s"]
    return result


def run(args) -> tuple[list[dict], dict]:
    """Fresh database, loaded and published; the server; the measurements. Always cleans up."""
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        env = web.server_env(web.fresh_database(), workdir)
        server = None
        try:
            published = prepare(env, args.area, args.values_kpi)
            port = args.port or web.free_port()
            base = f"http://{web.HOST}:{port}"
            log_path = workdir / "server.log"
            with log_path.open("w") as log:
                server = web.start_server(env, port, args.workers, log)
            web.wait_ready(server, base, log_path)
            web.wait_workers(log_path, args.workers)
            pages = public_pages(base, published, args)
            for page in pages:
                page["request"] = web.raw_request(page["path"], port, {})
            if not args.json:
                web.print_header(port, published["name"], args, ", logged out")
            results = asyncio.run(web.measure(pages, port, args))
            values = measure_values(base, env, published["values_kpi"], args.values_repeats)
        finally:
            if server is not None:
                web.stop_server(server)
            if args.keep:
                print(f"kept the database: {env['DATABASE_URL']}", file=sys.stderr)
            else:
                web.execute(
                    web.PG_ADMIN_URL, f"DROP DATABASE IF EXISTS {web.PG_BENCH_DB} WITH (FORCE)"
                )
    for result in results:
        result["ratio_p95"] = result["p95_ms"] / results[0]["p95_ms"]
    return results, values


def print_pages(results: list[dict]) -> None:
    web.print_rows(results)
    print("floor = the same server's fixed page of the public overview's size (no database)")
    for r in results[1:]:
        print(f"public {r['page']} p95 / floor p95 = {r['ratio_p95']:.2f} (goal <= {PAGE_GOAL:g})")


def print_values(values: dict, repeats: int) -> None:
    how = {
        "http": f"GET {VALUES_URL.format(kpi=values['kpi'])}",
        "in-process": "styra.web.public.values rows + csv_lines IN PROCESS (the API endpoint "
        "did not answer CSV: no HTTP in this figure)",
    }[values["how"]]
    rows = values["rows"]
    print(f"values of {values['kpi']}, all areas and years: {rows:,} rows (p50 of {repeats})")
    for name, what in (
        ("api", how),
        ("raw", "COPY … TO STDOUT WITH CSV (psycopg, open connection)"),
    ):
        ms, per_s = 1000 * values[f"{name}_p50_s"], values[f"{name}_rows_per_s"]
        print(f"  {name}  {ms:>8.1f} ms {per_s:>12,.0f} rows/s  {what}")
    print(f"api time / raw time = {values['ratio']:.2f} (goal <= {VALUES_GOAL:g})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="100 requests per page")
    parser.add_argument("--requests", type=int, help="requests per page (default 400)")
    parser.add_argument("--concurrency", type=int, default=50, help="concurrent clients")
    parser.add_argument("--rounds", type=int, default=4, help="rounds of floor, overview, kpi")
    parser.add_argument("--warmup", type=int, default=50, help="warm-up requests per page")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--area", default="0780", help="kolada_id of the kommun (Växjö)")
    parser.add_argument("--kpi", default="N00401", help="KPI of the public KPI page")
    parser.add_argument(
        "--values-kpi", help="KPI of the values stream (default: the one with the most values)"
    )
    parser.add_argument("--values-repeats", type=int, default=9, help="timed values streams")
    parser.add_argument("--port", type=int, help="server port (default: a free one)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--keep", action="store_true", help="keep the benchmark's database")
    parser.add_argument("--child-publish", help=argparse.SUPPRESS)
    parser.add_argument("--child-most-values", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child-stream", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_publish:
        print(json.dumps(publish(args.child_publish)))
        return
    if args.child_most_values:
        print(json.dumps(most_values_kpi()))
        return
    if args.child_stream:
        print(json.dumps(stream_in_process(args.child_stream[0], int(args.child_stream[1]))))
        return
    args.requests = args.requests or (100 if args.quick else 400)
    if args.requests < 2 * args.rounds:
        parser.error("--requests must be at least twice --rounds")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # still stop the server, drop the db
    results, values = run(args)
    if args.json:
        settings = {k: vars(args)[k] for k in ("area", "kpi", "workers", "concurrency", "rounds")}
        goal = {
            "page_p95_over_floor_p95": {r["page"]: r["ratio_p95"] for r in results[1:]},
            "values_api_over_raw": values["ratio"],
            "max": {"pages": PAGE_GOAL, "values": VALUES_GOAL},
        }
        print(json.dumps({**settings, "pages": results, "values": values, "goal": goal}, indent=2))
    else:
        print_pages(results)
        print_values(values, args.values_repeats)


if __name__ == "__main__":
    main()
