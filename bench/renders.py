"""Benchmark: the overview's p95 while viewers download the nulägesanalys PDF.

The set-up of bench/web.py (its functions): a fresh PostgreSQL database loaded
with ``styra load``, a member of the kommun logged in, ``styra serve`` with 2
workers and, beside it, ``styra worker`` (the background worker that renders
the documents, as ``make run`` and production run it). ``--downloaders`` frozen
versions of the kommun's nulägesanalys are made, one per downloader, so that
each download is a render of its own. In the same run, against the same
server, the overview is asked for by ``--concurrency`` clients for
``--seconds`` (at least 20 requests)

  alone     with nothing else going on (the baseline);
  renders   while ``--downloaders`` clients download the PDF of their version
            in rounds, the document cache emptied before each round so that
            every download has to render (the worst case: new data each time);
  cached    the same, the cache kept: after one render the file is served from it.

A download is what a person's browser does: ask for the PDF; when it is not
rendered yet the answer is a redirect to the waiting page (``reports-job``),
which is asked for every 2 s as its HTMX does (``HX-Request``) until it says the
file is ready; then the PDF again. Printed per phase: p50/p95 of the overview
and its p95 as a multiple of ``alone``'s; the downloads, their p50 from the
click to the file, and the slowest answer to any of their requests; the
renders the worker did (from the ``Job`` rows: p50 of the render itself and of
the wait in the queue). Before the phases one version is downloaded with
nothing else going on: its render time is the baseline of the renders'.
Goals (issues 12 and 14): the overview's p95 during renders at most 2x its p95
alone; no answer to a downloader over 2 s (a render never runs in a request).

    .venv/bin/python bench/renders.py [--seconds 20] [--downloaders 4] [--json]
"""

import argparse
import asyncio
import importlib.util
import json
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

spec = importlib.util.spec_from_file_location("bench_web", Path(__file__).with_name("web.py"))
web = importlib.util.module_from_spec(spec)
spec.loader.exec_module(web)
web.PG_BENCH_DB = "styra_bench_renders"  # not bench/web.py's database

VERSION_PDF = "/omraden/{area}/nulagesanalys/versioner/{pk}/dokument.pdf"
GOAL = 2.0
ANSWER_GOAL = 2.0  # seconds: the slowest answer to a downloader's request
POLL_SECONDS = 2.0  # the waiting page's hx-trigger="every 2s"
MIN_REQUESTS = 20  # overview requests per phase, however long they take
DOWNLOAD_TIMEOUT = 600  # seconds from the click to the file, before the run stops


def create_versions(area_id: str, count: int) -> list[int]:
    """Runs in a child process (DATABASE_URL set): ``count`` frozen versions of the
    kommun's nulägesanalys (one content, built once), their ids."""
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "styra.web.settings")
    django.setup()
    from django.utils import timezone

    from styra.web.organisations.models import Organisation
    from styra.web.reports.content import build_content
    from styra.web.reports.models import ReportVersion

    organisation = Organisation.objects.get(pk=area_id)
    content = build_content(organisation, timezone.now())
    versions = [
        ReportVersion.objects.create(organisation=organisation, label=f"Bench {n}", content=content)
        for n in range(1, count + 1)
    ]
    return [version.pk for version in versions]


def status_of(answer: bytes) -> str:
    return answer.split(b" ", 2)[1].decode() if answer else "none"


def header(answer: bytes, name: bytes) -> str:
    head = answer.partition(b"\r\n\r\n")[0]
    for line in head.split(b"\r\n")[1:]:
        key, _, value = line.partition(b":")
        if key.strip().lower() == name.lower():
            return value.strip().decode()
    return ""


async def download(port: int, pdf: str, cookies: dict, answers: list[float]) -> float:
    """One download as a browser makes it (the PDF, the waiting page until it is ready,
    the PDF again): seconds from the click to the file; each answer's time in ``answers``."""
    started = time.perf_counter()

    async def get(path: str, polled: bool = False) -> bytes:
        request = web.raw_request(path, port, cookies)
        if polled:
            request = request.replace(b"\r\n\r\n", b"\r\nHX-Request: true\r\n\r\n")
        asked = time.perf_counter()
        answer = await web.exchange(port, request)
        answers.append(time.perf_counter() - asked)
        return answer

    while time.perf_counter() - started < DOWNLOAD_TIMEOUT:
        answer = await get(pdf)
        status = status_of(answer)
        if status == "200":
            return time.perf_counter() - started
        if status != "302":
            raise SystemExit(f"GET {pdf} answered {status}: nothing counted")
        job = header(answer, b"Location")
        while True:  # the waiting page, as its HTMX asks
            await asyncio.sleep(POLL_SECONDS)
            page = await get(job, polled=True)
            if status_of(page) != "200":
                raise SystemExit(f"GET {job} answered {status_of(page)}: nothing counted")
            if b"hx-trigger" not in page:  # finished: ready, or failed (the PDF retries)
                break
    raise SystemExit(f"{pdf}: no file within {DOWNLOAD_TIMEOUT} s")


async def download_rounds(port: int, login: dict, pdfs: list[str], documents, stop, record):
    """Every downloader downloads its version, round after round until ``stop``; the
    document cache emptied before each round when ``documents`` is given."""
    while not stop.is_set():
        if documents is not None:
            for cached in documents.glob("*.pdf"):
                cached.unlink(missing_ok=True)
        times = await asyncio.gather(
            *(download(port, pdf, login["cookies"], record["answers"]) for pdf in pdfs)
        )
        record["downloads"] += times


def quantile(values: list[float], cut: int) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[cut - 1]


async def phase(port: int, overview: dict, login: dict, pdfs: list[str], documents, args):
    stop, record = asyncio.Event(), {"downloads": [], "answers": []}
    loop = None
    if pdfs:
        loop = asyncio.create_task(download_rounds(port, login, pdfs, documents, stop, record))
        await asyncio.sleep(0.5)  # the downloads are under way
    latencies: list[float] = []
    ends = time.perf_counter() + args.seconds
    while time.perf_counter() < ends or len(latencies) < MIN_REQUESTS:
        run = await web.hammer(port, overview, args.concurrency, args.concurrency)
        latencies += run["latencies"]
    stop.set()
    if loop is not None:
        await loop
    result = {
        "requests": len(latencies),
        "p50_ms": 1000 * quantile(latencies, 50),
        "p95_ms": 1000 * quantile(latencies, 95),
    }
    if pdfs:
        result["downloads"] = len(record["downloads"])
        result["download_p50_ms"] = 1000 * quantile(record["downloads"], 50)
        result["slowest_answer_ms"] = 1000 * max(record["answers"])
    return result


def render_jobs(env: dict, after: int) -> dict:
    """The render jobs after id ``after``: how many, p50 of the render and of the wait in
    the queue (ms), how many failed, and the last id."""
    import psycopg

    url = env["DATABASE_URL"].replace("postgres://", "postgresql://")
    with psycopg.connect(url) as connection:
        rows = connection.execute(
            "SELECT id, status, EXTRACT(EPOCH FROM finished_at - started_at),"
            " EXTRACT(EPOCH FROM started_at - created_at) FROM background_job"
            " WHERE kind = 'render' AND id > %s ORDER BY id",
            [after],
        ).fetchall()
    ready = [row for row in rows if row[1] == "ready"]
    return {
        "renders": len(ready),
        "failed": len(rows) - len(ready),
        "render_p50_ms": 1000 * quantile([float(row[2]) for row in ready], 50),
        "queue_p50_ms": 1000 * quantile([float(row[3]) for row in ready], 50),
        "last_id": rows[-1][0] if rows else after,
    }


def start_worker(env: dict, workdir: Path) -> subprocess.Popen:
    log = (workdir / "worker.log").open("w")
    return subprocess.Popen(
        [web.BIN / "styra", "worker"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=web.REPO,
        start_new_session=True,  # its own process group, stopped like the server
    )


def serve(env: dict, workdir: Path, args):
    port = web.free_port()
    log_path = workdir / "server.log"
    with log_path.open("w") as log:
        server = web.start_server(env, port, args.workers, log)
    web.wait_ready(server, f"http://{web.HOST}:{port}", log_path)
    web.wait_workers(log_path, args.workers)
    return server, port


def single(port: int, login: dict, pdf: str, env: dict) -> dict:
    """One download with nothing else going on: the baseline of the render time."""
    answers: list[float] = []
    seconds = asyncio.run(download(port, pdf, login["cookies"], answers))
    jobs = render_jobs(env, 0)
    return {
        "downloads": 1,
        "download_p50_ms": 1000 * seconds,
        "slowest_answer_ms": 1000 * max(answers),
        **jobs,
    }


def measure(env: dict, workdir: Path, login: dict, args, pks: list[int]) -> dict:
    server, port = serve(env, workdir, args)
    worker = start_worker(env, workdir)
    try:
        overview = web.overview_page(args, login, port)
        pdfs = [VERSION_PDF.format(area=args.area, pk=pk) for pk in pks]
        documents = workdir / "cache" / "documents"
        asyncio.run(web.hammer(port, overview, args.warmup, args.concurrency))
        results = {"single": single(port, login, pdfs[0], env)}
        last_job = results["single"].pop("last_id")
        for name in ("alone", "renders", "cached"):
            chosen = [] if name == "alone" else pdfs
            emptied = documents if name == "renders" else None
            result = asyncio.run(phase(port, overview, login, chosen, emptied, args))
            if chosen:
                result |= render_jobs(env, last_job)
                last_job = result.pop("last_id")
            results[name] = result
            print(f"{name}: {json.dumps(result)}", file=sys.stderr)
        return results
    finally:
        web.stop_server(worker)
        web.stop_server(server)


def run(args) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        env = web.server_env(web.fresh_database(), workdir)
        try:
            login = web.prepare(env, args.area)
            child = [sys.executable, __file__, "--child-versions", args.area]
            out = web.run_step([*child, str(args.downloaders)], env)
            pks = json.loads(out.strip().splitlines()[-1])
            return measure(env, workdir, login, args, pks)
        finally:
            web.execute(web.PG_ADMIN_URL, f"DROP DATABASE IF EXISTS {web.PG_BENCH_DB} WITH (FORCE)")


def print_table(results: dict, args) -> None:
    print(
        f"overview /omraden/{args.area}/ from {args.concurrency} client(s), {args.seconds:g} s "
        f"per phase; {args.downloaders} clients downloading the PDF of their own version; "
        f"gunicorn {args.workers} workers + styra worker"
    )
    print(
        f"{'phase':<8} {'GETs':>5} {'p50 ms':>7} {'p95 ms':>7} {'p95/alone':>9}  "
        f"{'downloads':>9} {'click→file p50':>14} {'slowest answer':>14}  "
        f"{'renders':>7} {'render p50':>10} {'queue p50':>9}"
    )
    alone = results["alone"]["p95_ms"]
    for name, r in results.items():
        overview = (
            f"{r['requests']:5d} {r['p50_ms']:7.0f} {r['p95_ms']:7.0f} {r['p95_ms'] / alone:9.2f}"
            if "requests" in r
            else f"{'-':>5} {'-':>7} {'-':>7} {'-':>9}"
        )
        downloads = (
            f"{r['downloads']:9d} {r['download_p50_ms']:11.0f} ms "
            f"{r['slowest_answer_ms']:11.0f} ms  {r['renders']:7d} "
            f"{r['render_p50_ms']:7.0f} ms {r['queue_p50_ms']:6.0f} ms"
            + (f"  ({r['failed']} failed)" if r["failed"] else "")
            if "downloads" in r
            else f"{'-':>9}"
        )
        print(f"{name:<8} {overview}  {downloads}")
    print(
        f"goals: renders p95 <= {GOAL:g}x alone; no answer to a downloader over "
        f"{ANSWER_GOAL:g} s; render p50 during renders next to single's (nothing else going on)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=20, help="length of each phase")
    parser.add_argument("--concurrency", type=int, default=1, help="clients asking the overview")
    parser.add_argument("--downloaders", type=int, default=4, help="clients downloading the PDF")
    parser.add_argument("--warmup", type=int, default=20, help="warm-up overview requests")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--area", default="1480", help="kolada_id of the kommun (Göteborg)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--child-versions", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_versions:
        area, count = args.child_versions
        print(json.dumps(create_versions(area, int(count))))
        return
    args.overview_path, args.kpi = "/omraden/{area}/", "N00401"
    args.expect_overview = None
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # still stop the server, drop the db
    started = time.perf_counter()
    results = run(args)
    if args.json:
        goals = {"overview_p95_over_alone": GOAL, "slowest_answer_s": ANSWER_GOAL}
        print(json.dumps({"area": args.area, "phases": results, "goals": goals}, indent=2))
    else:
        print_table(results, args)
        print(f"({time.perf_counter() - started:.0f} s in all)", file=sys.stderr)


if __name__ == "__main__":
    main()
