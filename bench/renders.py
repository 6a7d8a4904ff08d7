"""Benchmark: the overview's p95 while viewers download the nulägesanalys PDF.

The set-up of bench/web.py (its functions): a fresh PostgreSQL database loaded
with ``styra load``, a member of the kommun logged in, ``styra serve`` with 2
workers. In the same run, against the same server, the overview is asked for
by ``--concurrency`` clients for ``--seconds`` (at least 20 requests)

  alone     with nothing else going on;
  renders   while ``--downloaders`` clients download the PDF again and again, the
            document cache emptied before each download so that every one has
            to render (the worst case: new data each time);
  cached    the same, the cache kept: after one render the file is served from it.

A download answered 503 (every render slot taken) is asked again after its
Retry-After, as a person clicking again would. Then the server is started
again with as many render slots as downloaders, which is how Styra rendered
before renders took a slot, and ``renders`` is measured once more
(``unlimited``).
Prints p50/p95 of the overview in each phase and how the downloads were
answered (with their p50). Goal (issue 12): the overview's p95 during renders
at most 2x its p95 alone.

    .venv/bin/python bench/renders.py [--seconds 20] [--downloaders 4] [--json]
"""

import argparse
import asyncio
import importlib.util
import json
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

spec = importlib.util.spec_from_file_location("bench_web", Path(__file__).with_name("web.py"))
web = importlib.util.module_from_spec(spec)
spec.loader.exec_module(web)
web.PG_BENCH_DB = "styra_bench_renders"  # not bench/web.py's database

PDF_PATH = "/organisationer/{area}/nulagesanalys/dokument.pdf"
GOAL = 2.0
MIN_REQUESTS = 20  # overview requests per phase, however long they take


async def download_loop(port: int, request: bytes, documents: Path | None, stop, counts) -> None:
    """Download the PDF until ``stop``; empty the cache first when ``documents`` is given."""
    while not stop.is_set():
        if documents is not None:
            for cached in documents.glob("*.pdf"):
                cached.unlink(missing_ok=True)
        started = time.perf_counter()
        answer = await web.exchange(port, request)
        status = answer.split(b" ", 2)[1].decode() if answer else "none"
        counts.setdefault(status, []).append(time.perf_counter() - started)
        if status == "503":
            retry = answer.partition(b"Retry-After: ")[2].split(b"\r\n", 1)[0]
            await asyncio.sleep(float(retry or 3))


async def phase(port: int, overview: dict, pdf: bytes, documents, args, downloading: bool):
    stop, counts = asyncio.Event(), {}
    loops = [
        asyncio.create_task(download_loop(port, pdf, documents, stop, counts))
        for _ in range(args.downloaders if downloading else 0)
    ]
    await asyncio.sleep(0.5 if loops else 0)  # the renders are under way
    latencies: list[float] = []
    ends = time.perf_counter() + args.seconds
    while time.perf_counter() < ends or len(latencies) < MIN_REQUESTS:
        run = await web.hammer(port, overview, args.concurrency, args.concurrency)
        latencies += run["latencies"]
    stop.set()
    await asyncio.gather(*loops)
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    downloads = {
        status: {"count": len(times), "p50_ms": 1000 * statistics.median(times)}
        for status, times in counts.items()
    }
    return {
        "requests": len(latencies),
        "p50_ms": 1000 * cuts[49],
        "p95_ms": 1000 * cuts[94],
        "downloads": downloads,
    }


def serve(env: dict, workdir: Path, args, slots: int):
    env = env | {"STYRA_RENDER_SLOTS": str(slots)}
    port = web.free_port()
    log_path = workdir / f"server-{slots}.log"
    with log_path.open("w") as log:
        server = web.start_server(env, port, args.workers, log)
    web.wait_ready(server, f"http://{web.HOST}:{port}", log_path)
    web.wait_workers(log_path, args.workers)
    return server, port


def measure(env: dict, workdir: Path, login: dict, args, slots: int, names: list[str]) -> dict:
    server, port = serve(env, workdir, args, slots)
    try:
        overview = web.overview_page(args, login, port)
        pdf = web.raw_request(PDF_PATH.format(area=args.area), port, login["cookies"])
        documents = workdir / "cache" / "documents"
        asyncio.run(web.hammer(port, overview, args.warmup, args.concurrency))
        results = {}
        for name in names:
            emptied = documents if name in ("renders", "unlimited") else None
            results[name] = asyncio.run(phase(port, overview, pdf, emptied, args, name != "alone"))
            print(f"{name}: {json.dumps(results[name])}", file=sys.stderr)
        return results
    finally:
        web.stop_server(server)


def run(args) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        env = web.server_env(web.fresh_database(), workdir)
        try:
            login = web.prepare(env, args.area)
            results = measure(env, workdir, login, args, 1, ["alone", "renders", "cached"])
            results |= measure(env, workdir, login, args, args.downloaders, ["unlimited"])
        finally:
            web.execute(web.PG_ADMIN_URL, f"DROP DATABASE IF EXISTS {web.PG_BENCH_DB} WITH (FORCE)")
    return results


def print_table(results: dict, args) -> None:
    print(
        f"overview /omraden/{args.area}/ from {args.concurrency} client(s), {args.seconds:g} s "
        f"per phase; {args.downloaders} clients downloading the PDF; "
        f"gunicorn {args.workers} workers"
    )
    print(f"{'phase':<10} {'GETs':>5} {'p50 ms':>8} {'p95 ms':>8} {'p95/alone':>10}  downloads")
    alone = results["alone"]["p95_ms"]
    for name, result in results.items():
        counts = ", ".join(
            f"{d['count']}x {status} (p50 {d['p50_ms']:.0f} ms)"
            for status, d in sorted(result["downloads"].items())
        )
        print(
            f"{name:<10} {result['requests']:5d} {result['p50_ms']:8.0f} {result['p95_ms']:8.0f} "
            f"{result['p95_ms'] / alone:10.2f}  {counts or '-'}"
        )
    print(f"goal: renders p95 <= {GOAL:g}x alone (unlimited: as before issue 12)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=20, help="length of each phase")
    parser.add_argument("--concurrency", type=int, default=1, help="clients asking the overview")
    parser.add_argument("--downloaders", type=int, default=4, help="clients downloading the PDF")
    parser.add_argument("--warmup", type=int, default=20, help="warm-up overview requests")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--area", default="1480", help="kolada_id of the kommun (Göteborg)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args()
    args.overview_path, args.kpi = "/omraden/{area}/", "N00401"
    args.expect_overview = None
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # still stop the server, drop the db
    started = time.perf_counter()
    results = run(args)
    if args.json:
        print(json.dumps({"area": args.area, "phases": results, "goal": GOAL}, indent=2))
    else:
        print_table(results, args)
        print(f"({time.perf_counter() - started:.0f} s in all)", file=sys.stderr)


if __name__ == "__main__":
    main()
