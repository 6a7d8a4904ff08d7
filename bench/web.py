"""Benchmark: the overview and a KPI page under load, next to the framework's floor.

Loads the bundle into a fresh PostgreSQL database (``styra load``, then
VACUUM ANALYZE as autovacuum would soon after, so that it does not run during
the measurement), creates a user who is a member of the measured kommun with
a session in the database, and starts the production server (``styra serve``:
gunicorn, 2 workers, STYRA_DEBUG off). In the same run, against the same
server, a fixed number of requests from concurrent clients go to

  floor     /bench/floor/?bytes=N: a fixed HTML page exactly as large as the
            overview, through the same middleware, no database
            (STYRA_BENCH_VIEWS on; the baseline);
  overview  /omraden/<kolada_id>/;
  kpi       /omraden/<kolada_id>/nyckeltal/<kpi_id>/;
  network   /natverk/<network_id>/jamfor/: the members × goals page of a network of
            eight members (the kommun, six other kommuner and a region; issue 17),
            asked for by the same member.

Before anything else, once every worker has logged that it is ready, the
overview is asked for once per worker, all at once (``first``: the slowest of
these answers, each worker's first page). After the measurements the very same request (the
session cookie only, as the first one had) is sent again in the same way, once
per worker, all at once, in 21 rounds (``warm``: the p50 of each round's
slowest answer). Goal (issue 11): the first request after a start <= 2x the
same request warm. Also printed: the p50 of the overview as a
browser asks for it again (with the CSRF cookie of its forms: the page is then
kept whole for the user, which no start can prepare, as the cookie is the
browser's).

Each page is warmed up first (each worker may fill its own cache: the first
request computes, later ones hit the cache). The requests are then sent in
rounds, floor, overview, kpi in turn, so that a busy moment on the machine
falls on all three. Every response must be a 200 holding the page's expected
text (overview: the kommun's name and its link to goal 17; KPI page: the KPI
id), else the run stops: a wrong page must not count. Prints p50/p95 latency,
requests/s and p95 as a multiple of the floor's p95. ``--overview-path`` and
``--kpi-path`` (with ``--expect-…``) measure other pages.

The load comes from one asyncio process speaking plain HTTP/1.1 (one request
per connection, as gunicorn's sync workers close each one): httpx in threads
spends about 3 ms of client CPU per request here, more than the floor's
own time in the server, so on 2 cores it would set the floor itself.

    .venv/bin/python bench/web.py [--quick] [--requests 400] [--concurrency 20] [--json]

The server is stopped and the database dropped at the end, also on errors
(``--keep`` keeps the database). Goals (issues): overview p95 <= 3x the floor's p95;
first overview request after a start <= 2x a warm one; network page p95 <= 3x the
floor's p95.
"""

import argparse
import asyncio
import html
import json
import os
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import httpx

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
PG_ADMIN_URL = os.environ.get("BENCH_PG_ADMIN", "postgres://postgres@127.0.0.1:5432/postgres")
PG_BENCH_DB = os.environ.get("BENCH_PG_DB", "styra_bench_web")
HOST = "127.0.0.1"
FLOOR_TEXT = "Styra golv"
GOAL_LINK = "/omraden/{area}/mal/17/"  # the overview links to each goal's page
# The network of the members × goals page: the measured kommun and these, kommuner of
# different SKR kommungrupper and a region (eight members, as the demo network).
NETWORK_MEMBERS = ("0180", "1280", "0380", "0780", "2480", "0583", "0014")
NETWORK_PATH = "/natverk/{network}/jamfor/"
GOAL = 3.0
FIRST_GOAL = 2.0  # the first request after a start, as a multiple of a warm one
WARM_SAMPLES = 21  # rounds of warm requests, one per worker, after the measurements
WORKER_READY = "worker ready"  # what each worker logs when it has prepared its first pages
WORKERS_TIMEOUT = 60  # seconds to wait for every worker to be ready
TIMEOUT = 300  # seconds for one answer: a cold page may compute a while


def execute(url: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(url.replace("postgres://", "postgresql://"), autocommit=True) as c:
        c.execute(sql)


def fresh_database() -> str:
    execute(PG_ADMIN_URL, f"DROP DATABASE IF EXISTS {PG_BENCH_DB} WITH (FORCE)")
    execute(PG_ADMIN_URL, f"CREATE DATABASE {PG_BENCH_DB}")
    return PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{PG_BENCH_DB}"


def create_session(area_id: str) -> dict:
    """Runs in a child process (DATABASE_URL set): a member of the kommun, logged in."""
    from importlib import import_module

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "styra.web.settings")
    django.setup()
    from django.conf import settings
    from django.contrib import auth

    from styra.web.accounts.context_processors import SESSION_KEY as ORGANISATION_KEY
    from styra.web.accounts.models import Membership, Role
    from styra.web.organisations.models import Network, Organisation

    organisation = Organisation.objects.filter(pk=area_id).first()
    if organisation is None:
        raise SystemExit(f"no organisation {area_id} in the loaded database")
    user = auth.get_user_model().objects.create_user("bench", password=secrets.token_urlsafe(16))
    Membership.objects.create(user=user, organisation=organisation, role=Role.EDITOR)
    network = Network.objects.create(name="Styra bench-nätverk")
    others = [pk for pk in NETWORK_MEMBERS if pk != area_id]
    network.members.set(Organisation.objects.filter(pk__in=[area_id, *others]))
    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session[auth.SESSION_KEY] = str(user.pk)
    session[auth.BACKEND_SESSION_KEY] = "styra.web.accounts.backends.UserAndRolesBackend"
    session[auth.HASH_SESSION_KEY] = user.get_session_auth_hash()
    session[ORGANISATION_KEY] = area_id
    session.create()
    cookies = {settings.SESSION_COOKIE_NAME: session.session_key}
    names = {"name": organisation.name, "network_name": network.name}
    return {"cookies": cookies, "network": network.pk, "members": network.members.count()} | names


def run_step(argv: list, env: dict) -> str:
    """Run a setup command; on failure, stop with its error output."""
    done = subprocess.run(argv, env=env, capture_output=True, text=True, cwd=REPO)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(map(str, argv))} failed:\n{done.stderr[-3000:]}")
    return done.stdout


def prepare(env: dict, area_id: str) -> dict:
    """Load the bundle, then log a member of the kommun in: its session cookie and name."""
    started = time.perf_counter()
    run_step([BIN / "styra", "load"], env)
    execute(env["DATABASE_URL"], "VACUUM (ANALYZE)")
    seconds = time.perf_counter() - started
    print(f"styra load + VACUUM ANALYZE into {PG_BENCH_DB}: {seconds:.0f} s", file=sys.stderr)
    out = run_step([sys.executable, __file__, "--child-session", area_id], env)
    return json.loads(out.strip().splitlines()[-1])


def server_env(database_url: str, workdir: Path) -> dict:
    """Production-like: debug off, a real secret, the floor page on, files in ``workdir``."""
    return os.environ | {
        "DATABASE_URL": database_url,
        "STYRA_DEBUG": "0",
        "STYRA_SECRET_KEY": secrets.token_urlsafe(50),
        "STYRA_REQUIRE_SECRET": "1",
        "STYRA_ALLOWED_HOSTS": HOST,
        "STYRA_BENCH_VIEWS": "1",
        "STYRA_DATA_DIR": str(workdir),
        "STYRA_STATIC_ROOT": str(workdir / "static"),
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def start_server(env: dict, port: int, workers: int, log) -> subprocess.Popen:
    argv = [BIN / "styra", "serve", "--host", HOST, "--port", str(port)]
    return subprocess.Popen(
        [*argv, "--workers", str(workers)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=REPO,
        start_new_session=True,  # its own process group: stop_server ends master and workers
    )


def wait_ready(server: subprocess.Popen, base: str, log_path: Path, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            tail = log_path.read_text()[-2000:]
            raise SystemExit(f"the server exited ({server.returncode}):\n{tail}")
        try:
            response = httpx.get(base + "/bench/floor/?bytes=100", timeout=5)
        except httpx.TransportError:
            time.sleep(0.2)
            continue
        if response.status_code != 200:
            raise SystemExit(f"/bench/floor/ answered {response.status_code}: STYRA_BENCH_VIEWS?")
        return
    raise SystemExit(f"the server did not answer within {timeout:.0f} s")


def wait_workers(log_path: Path, workers: int, timeout: float = WORKERS_TIMEOUT) -> None:
    """Until every worker has said in the log that it is ready (``styra serve``'s hook)."""
    deadline = time.monotonic() + timeout
    while log_path.read_text().count(WORKER_READY) < workers:
        if time.monotonic() > deadline:
            print(f"not every worker said {WORKER_READY!r}: measuring anyway", file=sys.stderr)
            return
        time.sleep(0.1)


def stop_server(server: subprocess.Popen) -> None:
    for sig, grace in ((signal.SIGTERM, 20), (signal.SIGKILL, 5)):
        try:
            os.killpg(server.pid, sig)
            server.wait(grace)
            return
        except ProcessLookupError:
            return
        except subprocess.TimeoutExpired:
            continue


def raw_request(path: str, port: int, cookies: dict) -> bytes:
    cookie = "; ".join(f"{name}={value}" for name, value in cookies.items())
    target = quote(path, safe="/?&=%+,;:")
    return (
        f"GET {target} HTTP/1.1\r\nHost: {HOST}:{port}\r\nCookie: {cookie}\r\n"
        "Connection: close\r\n\r\n"
    ).encode()


async def exchange(port: int, request: bytes) -> bytes:
    reader, writer = await asyncio.open_connection(HOST, port)
    try:
        writer.write(request)
        return await reader.read()  # to the end: the server closes the connection
    finally:
        writer.close()


async def fetch(port: int, request: bytes, expect: list[str]) -> tuple[float, str | None]:
    """Seconds for one GET and what was wrong with the answer (None: the right page)."""
    started = time.perf_counter()
    try:
        answer = await asyncio.wait_for(exchange(port, request), TIMEOUT)
    except (OSError, TimeoutError) as error:
        return time.perf_counter() - started, f"{type(error).__name__}: {error}"
    seconds = time.perf_counter() - started
    head, _, body = answer.partition(b"\r\n\r\n")
    status = head.split(b"\r\n", 1)[0].decode(errors="replace")
    if not status.startswith("HTTP/1.1 200 "):
        return seconds, status or "no answer"
    missing = [text for text in expect if text.encode() not in body]
    return seconds, f"no {missing[0]!r} in the page" if missing else None


async def hammer(port: int, page: dict, requests: int, concurrency: int) -> dict:
    """``requests`` GETs of one page from ``concurrency`` clients: latencies and wall time."""
    tickets = iter(range(requests))
    latencies, errors = [], []

    async def client() -> None:
        while next(tickets, None) is not None:
            seconds, error = await fetch(port, page["request"], page["expect"])
            latencies.append(seconds)
            if error:
                errors.append(error)

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(concurrency)))
    wall = time.perf_counter() - started
    if errors:
        raise SystemExit(
            f"{page['name']} {page['path']}: {len(errors)} of {requests} answers wrong "
            f"(first: {errors[0]}): nothing counted"
        )
    return {"latencies": latencies, "wall": wall}


def check_page(base: str, cookies: dict, page: dict) -> int:
    """One GET: the page must be there and be the right one; returns its size in bytes.

    Cookies the page sets (the CSRF cookie of its forms) are kept for every
    later request, as a browser keeps them.
    """
    response = httpx.get(base + page["path"], cookies=cookies, timeout=TIMEOUT)
    cookies.update(response.cookies)
    if response.status_code != 200:
        hint = " (not there yet? measure another page with --overview-path/--kpi-path)"
        raise SystemExit(
            f"GET {page['path']} answered {response.status_code}, not 200: nothing measured"
            + (hint if response.status_code == 404 else "")
        )
    for text in page["expect"]:
        if text.encode() not in response.content:
            raise SystemExit(f"GET {page['path']}: no {text!r} in the page (see --expect-…)")
    return len(response.content)


def pages_to_measure(base: str, login: dict, args) -> list[dict]:
    """Floor, overview and KPI page, each checked once; the floor as large as the overview."""
    fill = {"area": args.area, "kpi": args.kpi}
    goal_link = GOAL_LINK.format(**fill)
    pages = [
        {"name": "overview", "path": args.overview_path.format(**fill)},
        {"name": "kpi", "path": args.kpi_path.format(**fill)},
        {"name": "network", "path": NETWORK_PATH.format(network=login["network"])},
    ]
    pages[0]["expect"] = args.expect_overview or [html.escape(login["name"]), goal_link]
    pages[1]["expect"] = args.expect_kpi or [args.kpi]
    pages[2]["expect"] = [html.escape(login["network_name"]), "Källa: Kolada (RKA)"]
    for page in pages:
        page["bytes"] = check_page(base, login["cookies"], page)
    floor = {"name": "floor", "path": f"/bench/floor/?bytes={pages[0]['bytes']}"}
    floor["expect"] = [FLOOR_TEXT]
    floor["bytes"] = check_page(base, login["cookies"], floor)
    return [floor, *pages]


async def measure(pages: list[dict], port: int, args) -> list[dict]:
    for page in pages:
        await hammer(port, page, args.warmup, args.concurrency)
    share, extra = divmod(args.requests, args.rounds)
    runs = {page["name"]: [] for page in pages}
    for requests in [share + (i < extra) for i in range(args.rounds)]:
        for page in pages:
            runs[page["name"]].append(await hammer(port, page, requests, args.concurrency))
    return [summarise(page, runs[page["name"]]) for page in pages]


def overview_page(args, login: dict, port: int) -> dict:
    """The overview as ``fetch`` sends it, with the texts it must hold."""
    fill = {"area": args.area, "kpi": args.kpi}
    path = args.overview_path.format(**fill)
    expect = args.expect_overview or [html.escape(login["name"]), GOAL_LINK.format(**fill)]
    return {"path": path, "request": raw_request(path, port, login["cookies"]), "expect": expect}


async def one_per_worker(port: int, page: dict, workers: int) -> float:
    """One request per worker, sent together: the slowest answer, in seconds."""
    answers = await asyncio.gather(
        *(fetch(port, page["request"], page["expect"]) for _ in range(workers))
    )
    for _seconds, error in answers:
        if error:
            raise SystemExit(f"GET {page['path']}: {error}: nothing counted")
    return max(seconds for seconds, _error in answers)


async def warm_requests(port: int, page: dict, workers: int, samples: int = WARM_SAMPLES) -> float:
    """The p50 over ``samples`` rounds of ``one_per_worker`` on a warm server, in seconds."""
    return statistics.median([await one_per_worker(port, page, workers) for _ in range(samples)])


def summarise(page: dict, runs: list[dict]) -> dict:
    latencies = [seconds for run in runs for seconds in run["latencies"]]
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    return {
        "page": page["name"],
        "path": page["path"],
        "bytes": page["bytes"],
        "requests": len(latencies),
        "p50_ms": 1000 * cuts[49],
        "p95_ms": 1000 * cuts[94],
        "requests_per_s": len(latencies) / sum(run["wall"] for run in runs),
    }


def run(args) -> tuple[list[dict], dict]:
    """Fresh database, loaded; the server; the measurements. Always cleans up."""
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        env = server_env(fresh_database(), workdir)
        server = None
        try:
            login = prepare(env, args.area)
            port = args.port or free_port()
            log_path = workdir / "server.log"
            with log_path.open("w") as log:
                server = start_server(env, port, args.workers, log)
            wait_ready(server, f"http://{HOST}:{port}", log_path)
            wait_workers(log_path, args.workers)
            first_page = overview_page(args, login, port)
            first = asyncio.run(one_per_worker(port, first_page, args.workers))
            pages = pages_to_measure(f"http://{HOST}:{port}", login, args)
            for page in pages:
                page["request"] = raw_request(page["path"], port, login["cookies"])
            if not args.json:
                print_header(port, login["name"], args)
            results = asyncio.run(measure(pages, port, args))
            warm = asyncio.run(warm_requests(port, first_page, args.workers))
            kept = asyncio.run(warm_requests(port, pages[1], args.workers))
        finally:
            if server is not None:
                stop_server(server)
            if args.keep:
                print(f"kept the database: {env['DATABASE_URL']}", file=sys.stderr)
            else:
                execute(PG_ADMIN_URL, f"DROP DATABASE IF EXISTS {PG_BENCH_DB} WITH (FORCE)")
    for result in results:
        result["ratio_p95"] = result["p95_ms"] / results[0]["p95_ms"]
        if result["page"] == "network":
            result["members"] = login["members"]
    start = {"first_ms": 1000 * first, "warm_p50_ms": 1000 * warm, "ratio": first / warm}
    start["kept_p50_ms"] = 1000 * kept
    return results, start


def print_header(port: int, name: str, args, who: str = "") -> None:
    print(f"gunicorn, {args.workers} workers, port {port}; kommun {args.area} {name}{who}")
    print(
        f"{args.requests} requests per page from {args.concurrency} concurrent clients "
        f"in {args.rounds} rounds, after {args.warmup} warm-up requests per page"
    )


def print_rows(results: list[dict]) -> None:
    """The pages' table: bytes, requests, p50, p95, requests/s and p95 over the floor's."""
    print(
        f"{'page':<9} {'bytes':>9} {'requests':>8} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'req/s':>8} {'p95/floor':>10}  path"
    )
    for r in results:
        print(
            f"{r['page']:<9} {r['bytes']:>9,} {r['requests']:>8} {r['p50_ms']:>8.1f} "
            f"{r['p95_ms']:>8.1f} {r['requests_per_s']:>8.1f} {r['ratio_p95']:>10.2f}  {r['path']}"
        )


def print_table(results: list[dict]) -> None:
    print_rows(results)
    print("floor = the same server's fixed page of the overview's size (no database)")
    print(f"overview p95 / floor p95 = {results[1]['ratio_p95']:.2f} (goal <= {GOAL:g})")
    network = next(r for r in results if r["page"] == "network")
    print(
        f"network (members × goals, {network['members']} members) p95 / floor p95 = "
        f"{network['ratio_p95']:.2f} (goal <= {GOAL:g})"
    )


def print_start(start: dict, workers: int) -> None:
    print(
        f"first overview request after the start (slowest of {workers}, one per worker): "
        f"{start['first_ms']:.1f} ms"
    )
    warm, kept = start["warm_p50_ms"], start["kept_p50_ms"]
    print(f"the same requests warm (p50 of {WARM_SAMPLES} rounds): {warm:.1f} ms")
    print(f"first / warm = {start['ratio']:.2f} (goal <= {FIRST_GOAL:g})")
    print(f"(the page kept whole for the user, with the CSRF cookie: p50 {kept:.1f} ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="100 requests per page")
    parser.add_argument("--requests", type=int, help="requests per page (default 400)")
    parser.add_argument("--concurrency", type=int, default=20, help="concurrent clients")
    parser.add_argument("--rounds", type=int, default=4, help="rounds of floor, overview, kpi")
    parser.add_argument("--warmup", type=int, default=40, help="warm-up requests per page")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--area", default="1480", help="kolada_id of the kommun (Göteborg)")
    parser.add_argument("--kpi", default="N00401", help="KPI of the KPI page")
    parser.add_argument("--overview-path", default="/omraden/{area}/")
    parser.add_argument("--kpi-path", default="/omraden/{area}/nyckeltal/{kpi}/")
    parser.add_argument(
        "--expect-overview",
        action="append",
        help="text the overview must hold (repeatable; default: the kommun's name and "
        "the link to its goal 17 page)",
    )
    parser.add_argument(
        "--expect-kpi", action="append", help="text the KPI page must hold (default: the KPI id)"
    )
    parser.add_argument("--port", type=int, help="server port (default: a free one)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--keep", action="store_true", help=f"keep the {PG_BENCH_DB} database")
    parser.add_argument("--child-session", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_session:
        print(json.dumps(create_session(args.child_session)))
        return
    args.requests = args.requests or (100 if args.quick else 400)
    if args.requests < 2 * args.rounds:
        parser.error("--requests must be at least twice --rounds")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # still stop the server, drop the db
    results, start = run(args)
    if args.json:
        settings = {k: vars(args)[k] for k in ("area", "kpi", "workers", "concurrency", "rounds")}
        network = next(r for r in results if r["page"] == "network")
        goal = {"overview_p95_over_floor_p95": results[1]["ratio_p95"], "max": GOAL}
        goal["network_p95_over_floor_p95"] = network["ratio_p95"]
        start["max"] = FIRST_GOAL
        print(json.dumps({**settings, "pages": results, "goal": goal, "start": start}, indent=2))
    else:
        print_table(results)
        print_start(start, args.workers)


if __name__ == "__main__":
    main()
