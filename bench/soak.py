"""Benchmark: a soak of mixed journeys against gunicorn + PostgreSQL + Redis (issue 18).

The set-up of bench/web.py (its functions): a fresh PostgreSQL database of its
own loaded with the real bundle (``styra load``, then VACUUM ANALYZE), then
``--clients`` (20) editors of the measured kommun (Växjö, 0780), each with a
session of its own, and the production server (``styra serve``: gunicorn,
``--workers`` 2, STYRA_DEBUG off, the floor page on) with the cache and the
sessions in Redis (``STYRA_REDIS_URL``, db 8 by default: emptied before and
after).

Each client (a thread with its own httpx client and cookies, as a browser)
then does one journey after another in random order, without pause (``--think``
seconds: a random pause of that mean between them), first for
``--warmup-minutes`` (1; not timed: every worker fills its caches, so the memory
at the start is that of a server in use), then for ``--minutes`` (5; ``--quick``: 1):

  floor     /bench/floor/: a fixed page as large as the overview, no database
            (the baseline, sampled in the same run, so a busy moment falls on all);
  overview  the kommun's overview;
  goal      the page of one of the 17 goals, at random;
  kpi       a KPI page;
  save      a real form that writes: the rådighet level of a target of the
            client's own (GET the goal's rådighet page, its CSRF token and
            version; POST a new level with a motivation: 302);
  upload    a small text file as a focus document (GET the upload form, POST
            the file: read, cut into passages and suggested goals; 302);
  export    the rådighet targets as CSV or Excel (200, an attachment).

Every answer must be the expected status (and page): any other, or an
exception, is an error (in the warm-up too). Printed: per request kind the count, errors, p50, p95
and p95 over the floor's p95; the RSS of every gunicorn worker (the children of
the master, from /proc/<pid>/status) at the start and the end of the timed
part, sampled every few seconds in between. gunicorn replaces a worker after
about 1,000 requests (``styra serve``'s --max-requests), so workers may change
during the run: the growth compares the workers' mean RSS at the end with the
start, and each worker's own last sample with its first is printed too.
Goals (issue 18): 0 errors, each journey's p95 <= 3x the floor's, memory growth < 10 %.

    .venv/bin/python bench/soak.py [--quick] [--minutes 5] [--clients 20] [--json]

Needs PostgreSQL (BENCH_PG_ADMIN, as bench/web.py) and Redis (BENCH_REDIS_URL,
redis://127.0.0.1:6379/8). The server is stopped, the database dropped and the
Redis db emptied at the end, also on errors (``--keep`` keeps the database).
"""

import argparse
import html
import importlib.util
import json
import os
import random
import re
import secrets
import signal
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

spec = importlib.util.spec_from_file_location("bench_web", Path(__file__).with_name("web.py"))
web = importlib.util.module_from_spec(spec)
spec.loader.exec_module(web)
web.PG_BENCH_DB = os.environ.get("BENCH_PG_DB", "styra_soak_bench")  # not web.py's

REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/8")
AREA = "0780"  # Växjö
KPIS = ("N00401", "N07403", "N00914")  # KPI pages asked for (those the kommun has)
GOAL = 3.0  # each journey's p95 over the floor's p95
MEMORY_GOAL = 0.10  # the workers' RSS growth from start to end
SAMPLE_SECONDS = 5  # between RSS samples
TIMEOUT = 120  # seconds for one answer
LOGIN_BACKENDS = ("UserAndRolesBackend", "ModelBackend")
JOURNEYS = ("floor", "overview", "goal", "kpi", "save", "upload", "export")
# Requests timed but not journeys of their own: the pages a form is read from.
HELPERS = ("save form page", "upload form page")
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
UPLOAD_TEXT = (
    "Växjö kommun ska minska utsläppen av växthusgaser och öka andelen förnybar energi.\n\n"
    "Alla barn ska ha tillgång till en god utbildning och en trygg skolmiljö.\n\n"
    "Kommunen arbetar för rent vatten, biologisk mångfald och hållbara transporter.\n"
)


# -- the database (child processes, DATABASE_URL set) --------------------------------


def create_clients(area_id: str, clients: int) -> dict:
    """``clients`` editors of the kommun, each logged in, each with a rådighet target
    of its own (and its level in force): the sessions and what the journeys need."""
    from importlib import import_module

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "styra.web.settings")
    django.setup()
    from django.conf import settings
    from django.contrib import auth

    from styra.web.accounts.context_processors import SESSION_KEY as ORGANISATION_KEY
    from styra.web.accounts.models import Membership, Role
    from styra.web.focus.models import Kind
    from styra.web.organisations.models import Organisation
    from styra.web.radighet import services

    organisation = Organisation.objects.filter(pk=area_id).first()
    if organisation is None:
        raise SystemExit(f"no organisation {area_id} in the loaded database")
    levels = services.levels_of(organisation, {})
    targets = sorted(levels, key=lambda t: (int(t.split(".")[0]), t))
    # Spread over the goals: the first target of each goal, then the second, ...
    by_goal: dict[int, list[str]] = {}
    for target_id in targets:
        by_goal.setdefault(int(target_id.split(".")[0]), []).append(target_id)
    spread = [t for rank in range(max(map(len, by_goal.values()))) for ts in by_goal.values()
              for t in ts[rank : rank + 1]]  # fmt: skip
    if len(spread) < clients:
        raise SystemExit(f"only {len(spread)} targets for {clients} clients")
    # The backend a password sign-in records (the one that reads users and their roles).
    backend = next(b for b in settings.AUTHENTICATION_BACKENDS if b.endswith(LOGIN_BACKENDS))
    sessions = []
    for number, target_id in zip(range(clients), spread, strict=False):
        user = auth.get_user_model().objects.create_user(
            f"soak-{number}", password=secrets.token_urlsafe(16)
        )
        Membership.objects.create(user=user, organisation=organisation, role=Role.EDITOR)
        session = import_module(settings.SESSION_ENGINE).SessionStore()
        session[auth.SESSION_KEY] = str(user.pk)
        session[auth.BACKEND_SESSION_KEY] = backend
        session[auth.HASH_SESSION_KEY] = user.get_session_auth_hash()
        session[ORGANISATION_KEY] = area_id
        session.create()
        sessions.append(
            {
                "cookies": {settings.SESSION_COOKIE_NAME: session.session_key},
                "target": target_id,
                "level": levels[target_id],
            }
        )
    return {"name": organisation.name, "clients": sessions, "kind": Kind.BUDGET.value}


# -- Redis and the workers' memory ----------------------------------------------------


def empty_redis() -> None:
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()


def worker_pids(master: int) -> list[int]:
    """The gunicorn master's children (its workers), from /proc."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])  # the field after the state
        if parent == master:
            pids.append(int(entry.name))
    return sorted(pids)


def rss_kb(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def memory_snapshot(master: int) -> dict[int, int]:
    sizes = {pid: rss_kb(pid) for pid in worker_pids(master)}
    return {pid: kb for pid, kb in sizes.items() if kb is not None}


class MemorySampler(threading.Thread):
    """Every SAMPLE_SECONDS, the RSS of each worker: each pid's first and last sample."""

    def __init__(self, master: int):
        super().__init__(daemon=True)
        self.master, self.stopped = master, threading.Event()
        self.first: dict[int, tuple[float, int]] = {}
        self.last: dict[int, tuple[float, int]] = {}

    def sample(self) -> None:
        now = time.monotonic()
        for pid, kb in memory_snapshot(self.master).items():
            self.first.setdefault(pid, (now, kb))
            self.last[pid] = (now, kb)

    def run(self) -> None:
        while not self.stopped.wait(SAMPLE_SECONDS):
            self.sample()


# -- the journeys ------------------------------------------------------------------


class Client:
    """One browser: its cookies, its target, its timings and errors."""

    def __init__(self, base: str, login: dict, shared: dict, number: int, seed: int):
        self.http = httpx.Client(base_url=base, cookies=login["cookies"], timeout=TIMEOUT)
        self.target, self.level = login["target"], login["level"]
        self.shared, self.number = shared, number
        self.rng = random.Random(seed)
        self.timings: dict[str, list[float]] = {}
        self.errors: list[str] = []
        self.uploads = 0

    def timed(self, label: str, method: str, path: str, expect: int, **kwargs):
        """One request; its time kept under ``label``; None when it was wrong."""
        started = time.perf_counter()
        try:
            response = self.http.request(method, path, **kwargs)
        except httpx.HTTPError as error:
            self.errors.append(f"{label} {method} {path}: {type(error).__name__}: {error}")
            return None
        self.timings.setdefault(label, []).append(time.perf_counter() - started)
        if response.status_code != expect:
            self.errors.append(f"{label} {method} {path}: {response.status_code}, not {expect}")
            return None
        return response

    def page(self, label: str, path: str, text: str) -> None:
        response = self.timed(label, "GET", path, 200)
        if response is not None and text.encode() not in response.content:
            self.errors.append(f"{label} GET {path}: no {text!r} in the page")

    def token(self, response) -> str | None:
        found = CSRF.search(response.text)
        if found is None:
            self.errors.append(f"no CSRF token in {response.request.url.path}")
        return found.group(1) if found else None

    def floor(self) -> None:
        self.page("floor", self.shared["floor"], web.FLOOR_TEXT)

    def overview(self) -> None:
        self.page("overview", f"/omraden/{AREA}/", html.escape(self.shared["name"]))

    def goal(self) -> None:
        goal = self.rng.randint(1, 17)
        self.page("goal", f"/omraden/{AREA}/mal/{goal}/", f"/omraden/{AREA}/mal/{goal}/")

    def kpi(self) -> None:
        kpi = self.rng.choice(self.shared["kpis"])
        self.page("kpi", f"/omraden/{AREA}/nyckeltal/{kpi}/", kpi)

    def save(self) -> None:
        goal = self.target.split(".")[0]
        page = f"/omraden/{AREA}/radighet/mal/{goal}/"
        response = self.timed("save form page", "GET", page, 200)
        if response is None or (token := self.token(response)) is None:
            return
        prefix = f"delmal-{self.target.replace('.', '-')}"
        version = re.search(rf'name="{prefix}-opened_at" value="([^"]*)"', response.text)
        if version is None:
            self.errors.append(f"save: no version field {prefix}-opened_at on {page}")
            return
        level = (self.level + 1) % 4  # never the level in force: a change every time
        data = {
            "csrfmiddlewaretoken": token,
            f"{prefix}-level": str(level),
            f"{prefix}-motivation": f"Soak-klient {self.number} sätter nivå {level}.",
            f"{prefix}-opened_at": version.group(1),
        }
        path = f"/omraden/{AREA}/radighet/delmal/{self.target}/andra/"
        if self.timed("save", "POST", path, 302, data=data) is not None:
            self.level = level

    def upload(self) -> None:
        form = f"/omraden/{AREA}/fokus/dokument/ladda-upp/"
        response = self.timed("upload form page", "GET", form, 200)
        if response is None or (token := self.token(response)) is None:
            return
        self.uploads += 1
        name = f"soak-{self.number}-{self.uploads}.txt"
        data = {"csrfmiddlewaretoken": token, "title": name, "kind": self.shared["kind"]}
        files = {"file": (name, UPLOAD_TEXT.encode(), "text/plain")}
        self.timed("upload", "POST", form, 302, data=data, files=files)

    def export(self) -> None:
        fmt = self.rng.choice(("csv", "xlsx"))
        path = f"/omraden/{AREA}/radighet/export-delmal.{fmt}"
        response = self.timed("export", "GET", path, 200)
        if response is not None and "attachment" not in response.headers.get(
            "content-disposition", ""
        ):
            self.errors.append(f"export GET {path}: not an attachment")

    def run(self, until: float, think: float) -> None:
        while time.monotonic() < until:
            getattr(self, self.rng.choice(JOURNEYS))()
            if think:
                time.sleep(min(self.rng.expovariate(1 / think), max(0, until - time.monotonic())))


def soak(clients: list[Client], seconds: float, think: float) -> float:
    """Every client's journeys for ``seconds``, in threads: the wall time."""
    until = time.monotonic() + seconds
    threads = [threading.Thread(target=c.run, args=(until, think)) for c in clients]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started


def warm_up(clients: list[Client], seconds: float, think: float) -> None:
    """The same journeys for ``seconds``, not timed (each worker fills its caches: the
    memory at the start is that of a server in use); their errors count."""
    soak(clients, seconds, think)
    for client in clients:
        client.timings.clear()


# -- the run ----------------------------------------------------------------------


def summarise(clients: list[Client], wall: float) -> list[dict]:
    rows = []
    for label in (*JOURNEYS, *HELPERS):
        latencies = [s for c in clients for s in c.timings.get(label, [])]
        errors = sum(e.startswith(f"{label} ") for c in clients for e in c.errors)
        if len(latencies) < 2:
            rows.append({"journey": label, "requests": len(latencies), "errors": errors})
            continue
        cuts = statistics.quantiles(latencies, n=100, method="inclusive")
        rows.append(
            {
                "journey": label,
                "requests": len(latencies),
                "errors": errors,
                "p50_ms": 1000 * cuts[49],
                "p95_ms": 1000 * cuts[94],
                "per_s": len(latencies) / wall,
            }
        )
    floor = rows[0].get("p95_ms")
    for row in rows:
        if floor and "p95_ms" in row:
            row["ratio_p95"] = row["p95_ms"] / floor
    return rows


def memory_summary(start: dict, end: dict, sampler: MemorySampler) -> dict:
    mean_start, mean_end = statistics.mean(start.values()), statistics.mean(end.values())
    workers = [
        {
            "pid": pid,
            "first_kb": first[1],
            "last_kb": sampler.last[pid][1],
            "seconds": sampler.last[pid][0] - first[0],
        }
        for pid, first in sorted(sampler.first.items())
    ]
    return {
        "start_kb": start,
        "end_kb": end,
        "mean_start_kb": mean_start,
        "mean_end_kb": mean_end,
        "growth": mean_end / mean_start - 1,
        "workers": workers,
        "replaced": len(set(sampler.first) - set(start)),
    }


def run(args) -> dict:
    """Fresh database, loaded; Redis emptied; the server; the soak. Always cleans up."""
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        env = web.server_env(web.fresh_database(), workdir) | {"STYRA_REDIS_URL": REDIS_URL}
        server = None
        empty_redis()
        try:
            started = time.perf_counter()
            web.run_step([web.BIN / "styra", "load"], env)
            web.execute(env["DATABASE_URL"], "VACUUM (ANALYZE)")
            print(
                f"styra load + VACUUM ANALYZE into {web.PG_BENCH_DB}: "
                f"{time.perf_counter() - started:.0f} s",
                file=sys.stderr,
            )
            argv = [sys.executable, __file__, "--child-clients", str(args.clients)]
            prepared = json.loads(web.run_step(argv, env).strip().splitlines()[-1])
            port = args.port
            base = f"http://{web.HOST}:{port}"
            log_path = workdir / "server.log"
            with log_path.open("w") as log:
                server = web.start_server(env, port, args.workers, log)
            web.wait_ready(server, base, log_path)
            web.wait_workers(log_path, args.workers)
            shared = shared_pages(base, prepared)
            clients = [
                Client(base, login, shared, number, seed=args.seed + number)
                for number, login in enumerate(prepared["clients"])
            ]
            warm_up(clients, 60 * args.warmup_minutes, args.think)
            if not args.json:
                print_header(args, port, prepared["name"], shared)
            sampler = MemorySampler(server.pid)
            start = memory_snapshot(server.pid)
            sampler.sample()
            sampler.start()
            wall = soak(clients, 60 * args.minutes, args.think)
            sampler.stopped.set()
            sampler.join()
            end = memory_snapshot(server.pid)
            sampler.sample()
        finally:
            if server is not None:
                web.stop_server(server)
                if sys.exc_info()[0] is not None:  # the server's last words
                    print(log_path.read_text()[-3000:], file=sys.stderr)
            empty_redis()
            if args.keep:
                print(f"kept the database: {env['DATABASE_URL']}", file=sys.stderr)
            else:
                web.execute(
                    web.PG_ADMIN_URL, f"DROP DATABASE IF EXISTS {web.PG_BENCH_DB} WITH (FORCE)"
                )
    errors = [e for c in clients for e in c.errors]
    return {
        "clients": args.clients,
        "workers": args.workers,
        "minutes": args.minutes,
        "warmup_minutes": args.warmup_minutes,
        "think_s": args.think,
        "wall_s": wall,
        "journeys": summarise(clients, wall),
        "errors": len(errors),
        "first_errors": errors[:10],
        "memory": memory_summary(start, end, sampler),
        "floor_bytes": shared["floor_bytes"],
    }


def shared_pages(base: str, prepared: dict) -> dict:
    """The floor as large as the overview (as bench/web.py), and the KPIs that answer."""
    cookies = dict(prepared["clients"][0]["cookies"])
    overview = httpx.get(f"{base}/omraden/{AREA}/", cookies=cookies, timeout=TIMEOUT)
    if overview.status_code != 200:
        raise SystemExit(f"the overview answered {overview.status_code}: nothing measured")
    kpis = [
        kpi
        for kpi in KPIS
        if httpx.get(
            f"{base}/omraden/{AREA}/nyckeltal/{kpi}/", cookies=cookies, timeout=TIMEOUT
        ).status_code
        == 200
    ]
    if not kpis:
        raise SystemExit(f"none of the KPI pages {', '.join(KPIS)} answered 200")
    size = len(overview.content)
    return {
        "name": prepared["name"],
        "kind": prepared["kind"],
        "kpis": kpis,
        "floor": f"/bench/floor/?bytes={size}",
        "floor_bytes": size,
    }


def goals_met(result: dict) -> dict:
    ratios = [r.get("ratio_p95", float("inf")) for r in result["journeys"][1 : len(JOURNEYS)]]
    return {
        "errors": result["errors"] == 0,
        "p95": max(ratios) <= GOAL,
        "memory": result["memory"]["growth"] < MEMORY_GOAL,
    }


def print_header(args, port: int, name: str, shared: dict) -> None:
    print(
        f"gunicorn, {args.workers} workers, port {port}, PostgreSQL, Redis {REDIS_URL}; "
        f"{args.clients} clients, each an editor of {AREA} {name}, {args.minutes:g} min of "
        f"mixed journeys after {args.warmup_minutes:g} min of warm-up, "
        f"think time {args.think:g} s (KPI pages: {', '.join(shared['kpis'])})",
        flush=True,
    )


def print_result(result: dict) -> None:
    print(
        f"{'journey':<17} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'req/s':>7} {'p95/floor':>9}"
    )
    for r in result["journeys"]:
        if "p95_ms" not in r:
            print(f"{r['journey']:<17} {r['requests']:>8} {r['errors']:>6}")
            continue
        print(
            f"{r['journey']:<17} {r['requests']:>8} {r['errors']:>6} {r['p50_ms']:>8.1f} "
            f"{r['p95_ms']:>8.1f} {r['per_s']:>7.1f} {r.get('ratio_p95', 0):>9.2f}"
        )
    print(f"floor = a fixed page of the overview's size ({result['floor_bytes']:,} bytes)")
    print(f"errors: {result['errors']}")
    for error in result["first_errors"]:
        print(f"  {error}")
    memory = result["memory"]
    start = ", ".join(f"{pid}: {kb / 1024:.0f}" for pid, kb in memory["start_kb"].items())
    end = ", ".join(f"{pid}: {kb / 1024:.0f}" for pid, kb in memory["end_kb"].items())
    print(f"worker RSS MB at the start {{{start}}}, at the end {{{end}}}")
    print(
        f"mean worker RSS {memory['mean_start_kb'] / 1024:.0f} -> "
        f"{memory['mean_end_kb'] / 1024:.0f} MB ({100 * memory['growth']:+.1f} %); "
        f"workers replaced (max-requests) during the run: {memory['replaced']}"
    )
    for w in memory["workers"]:
        growth = w["last_kb"] / w["first_kb"] - 1
        print(
            f"  worker {w['pid']}: {w['first_kb'] / 1024:.0f} -> {w['last_kb'] / 1024:.0f} MB "
            f"({100 * growth:+.1f} %) over {w['seconds']:.0f} s"
        )
    met = goals_met(result)
    worst = max(r.get("ratio_p95", float("inf")) for r in result["journeys"][1 : len(JOURNEYS)])
    verdict = {True: "met", False: "NOT met"}
    print(f"goal 0 errors: {verdict[met['errors']]}")
    print(f"goal every journey's p95 <= {GOAL:g}x the floor's (worst {worst:.2f}): "
          f"{verdict[met['p95']]}")  # fmt: skip
    print(
        f"goal memory growth < {100 * MEMORY_GOAL:g} % ({100 * memory['growth']:+.1f} %): "
        f"{verdict[met['memory']]}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--minutes", type=float, default=5.0, help="length of the soak")
    parser.add_argument("--quick", action="store_true", help="1 minute")
    parser.add_argument(
        "--warmup-minutes", type=float, default=1.0, help="journeys before the timed part"
    )
    parser.add_argument(
        "--think", type=float, default=0.0, help="mean pause between a client's journeys (s)"
    )
    parser.add_argument("--clients", type=int, default=20, help="concurrent clients")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--port", type=int, default=8741, help="server port")
    parser.add_argument("--seed", type=int, default=18, help="of the journeys' random order")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--keep", action="store_true", help=f"keep the {web.PG_BENCH_DB} database")
    parser.add_argument("--child-clients", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_clients:
        print(json.dumps(create_clients(AREA, args.child_clients)))
        return
    if args.quick:
        args.minutes = 1.0
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # still stop the server, drop the db
    result = run(args)
    if args.json:
        print(json.dumps(result | {"goals_met": goals_met(result)}, indent=2))
    else:
        print_result(result)


if __name__ == "__main__":
    main()
