"""Benchmark: a medborgardialog under load, robots kept out, and its results page.

A fresh PostgreSQL database of its own (migrated, no Kolada bundle: the
dialogue needs none) gets Växjö, an editor with a session, and an open
dialogue of five questions (rank the 17 goals, 100 points over four goals, one
choice, a scale, free text; results public). The production server starts
(``styra serve``: gunicorn, 2 workers, STYRA_DEBUG off, the floor page on), and
in the same run:

1. ``--answers`` (10,000) participants answer from ``--concurrency`` (50)
   concurrent clients, each as a browser does: GET the form (its cookies and
   hidden fields), GET a challenge from the ALTCHA endpoint, solve it
   (``altcha.solve_challenge``, in ``--solvers`` processes so that the client
   is not the bottleneck), wait out the form's minimum fill time, POST. They go
   in ``--rounds`` rounds; after each round's POSTs the floor page
   (/bench/floor/, a fixed page as large as the form, no database) is asked for
   by the same clients, so a busy moment falls on both. Printed: the p95 of the
   POSTs next to the floor's p95, and of the form and challenge GETs. Then
   ``--resubmit`` (100) of them send their form again with a fresh proof of
   work (the back button): answered as a duplicate, counted, not stored. Every
   accepted answer must be one row: the rows, distinct participants and
   answer rows are counted in the database (0 lost, 0 duplicated, the
   dialogue's duplicate count = the resubmissions).
2. ``--bots`` (1,000) robot-like submissions, each with the form's cookies and
   fields after the minimum fill time but no valid proof of work, a quarter of
   each kind: none, garbage, a forged solution (a real challenge, a made-up
   counter and key), a tampered challenge (solved, then its parameters
   changed so the signature fails). Each must be refused (400); 0 stored.
3. The staff results page and the public results page of the dialogue, now
   with ``--answers`` answers, next to the floor as large as the staff page
   (bench/web.py's ``measure``). Goal (issue 16): each p95 <= 3x the floor's.

The proof of work: ``--cost`` PBKDF2/SHA-256 iterations per derivation (5,000,
the production setting, so the server's check costs what it costs in
production) and the key prefix ``--key-prefix`` ("0": 16 derivations
expected, where production's "00" asks for 256; a browser solves "00" at cost
5,000 in about a second, too long for 10,000 answers on the bench's own CPU).
The server gets them, the minimum fill time ``--fill-seconds`` (3, as in
production) and rate limits raised above the bench's volume (every client is
127.0.0.1: per address and per dialogue, 2x the bench's submissions an hour)
in a settings module of the run's own that imports Styra's (``bench_env``).

    .venv/bin/python bench/dialogue.py [--quick] [--answers 10000] [--concurrency 50] [--json]

``--results-only`` checks the results goal in minutes: no participants, no robots; the
dialogue gets ``--answers`` answers written straight into the database (``bulk_create``
through the ORM: every question answered as the form lets a person answer it, the
ranking of all 17 goals, 100 points, a choice, a scale, a text, in ``SEED_BATCH``es) and
only part 3 runs, the same way.

    .venv/bin/python bench/dialogue.py --results-only [--answers 10000]

The server is stopped and the database dropped at the end, also on errors
(``--keep`` keeps the database). Goals (issue 16): 0 lost, 0 duplicated, 0
robots stored; results page p95 <= 3x the floor's p95.
"""

import argparse
import asyncio
import base64
import concurrent.futures
import html.parser
import importlib.util
import json
import os
import random
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

import altcha

spec = importlib.util.spec_from_file_location("bench_web", Path(__file__).with_name("web.py"))
web = importlib.util.module_from_spec(spec)
spec.loader.exec_module(web)
web.PG_BENCH_DB = os.environ.get("BENCH_PG_DB", "styra_bench_dialogue")  # not web.py's

AREA = "0780"
AREA_NAME = "Växjö"
RESULTS_GOAL = 3.0  # the results pages' p95 over the floor's p95
TITLE = "Vad ska Växjö prioritera?"
DUPLICATE = "redan=1"  # the receipt's mark of a duplicate (participate_views.ALREADY)
HONEYPOT = "website"  # styra.web.common.antispam.HONEYPOT_FIELD: left empty by people
BOT_KINDS = ("none", "garbage", "forged", "tampered")
SEED = 16
START_SECONDS = 600  # the server's start (collectstatic, workers) on a busy machine


def django_setup() -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "styra.web.settings")
    django.setup()


# -- the database -----------------------------------------------------------------


def create_dialogue() -> dict:
    """Runs in a child process (DATABASE_URL set): Växjö, an editor logged in, an open
    dialogue of five questions with public results; the paths the bench asks for."""
    django_setup()
    from datetime import timedelta

    from django.urls import reverse
    from django.utils import timezone

    from styra.web.dialogue.models import Dialogue, Kind, Question
    from styra.web.organisations.models import Organisation

    organisation = Organisation.objects.create(kolada_id=AREA, name=AREA_NAME, type="K")
    login = web.create_session(AREA)
    now = timezone.now()
    dialogue = Dialogue.objects.create(
        organisation=organisation,
        title=TITLE,
        introduction="Berätta vad du tycker är viktigast.",
        opens_at=now - timedelta(hours=1),
        closes_at=now + timedelta(days=7),
        moderation="after",
        results_public=True,
    )
    questions = [
        (Kind.RANK_GOALS, "Rangordna målen", {}),
        (Kind.POINTS, "Fördela 100 poäng", {"options": ["Skolan", "Vården", "Cykelvägar"]}),
        (Kind.SINGLE, "Hur tar du dig till jobbet?", {"options": ["Cykel", "Buss", "Bil"]}),
        (Kind.SCALE, "Hur nöjd är du med kommunen?", {"scale_min": 1, "scale_max": 5}),
        (Kind.TEXT, "Något mer du vill säga?", {}),
    ]
    for position, (kind, text, fields) in enumerate(questions):
        Question.objects.create(
            dialogue=dialogue, position=position, kind=kind, text=text, **fields
        )
    return {
        "cookies": login["cookies"],
        "dialogue": dialogue.pk,
        "questions": len(questions),
        "form": reverse("dialogue-public-answer", args=[AREA, dialogue.pk]),
        "challenge": reverse("altcha_django:challenge") if _has_endpoint() else None,
        "staff_results": reverse("dialogue-results", args=[AREA, dialogue.pk]),
        "public_results": _path_or_none("dialogue-public-results", dialogue.pk),
    }


SEED_BATCH = 2000  # responses written per bulk_create


def seed_answers(dialogue_id: int, answers: int) -> dict:
    """Runs in a child process (DATABASE_URL set): ``answers`` web answers to the dialogue,
    each question answered as a person answers it in the form (``fill``), without the
    server; the dialogue's results revision moved once (bulk_create sends no signals)."""
    django_setup()
    from styra.web.dialogue import revision
    from styra.web.dialogue.models import Answer, Channel, Kind, Question, Response

    rng = random.Random(SEED)
    started = time.monotonic()
    questions = list(Question.objects.filter(dialogue_id=dialogue_id).order_by("position"))
    for start in range(0, answers, SEED_BATCH):
        responses = Response.objects.bulk_create(
            Response(dialogue_id=dialogue_id, participant=f"{i:064x}", channel=Channel.WEB)
            for i in range(start, min(start + SEED_BATCH, answers))
        )
        rows = []
        for response in responses:
            for question in questions:
                value = seed_value(question, rng, Kind)
                if value not in ("", None):
                    rows.append(Answer(response=response, question=question, value=value))
        Answer.objects.bulk_create(rows, batch_size=SEED_BATCH)
    revision.bump(dialogue_id)
    return {"answers": answers, "seconds": time.monotonic() - started}


def seed_value(question, rng: random.Random, kind):
    """One person's answer to ``question`` as the form stores it (see ``fill``)."""
    if question.kind == kind.RANK_GOALS:
        return rng.sample(range(1, 18), 17)  # every goal given a place, best first
    if question.kind == kind.POINTS:
        cuts = sorted(rng.sample(range(101), len(question.options) - 1))
        shares = [b - a for a, b in zip([0, *cuts], [*cuts, 100], strict=True)]
        return {o: p for o, p in zip(question.options, shares, strict=True) if p}
    if question.kind == kind.SINGLE:
        return rng.choice(question.options)
    if question.kind == kind.SCALE:
        return rng.randint(question.scale_min, question.scale_max)
    return rng.choice(TEXTS)


def _path_or_none(name: str, pk: int) -> str | None:
    from django.urls import NoReverseMatch, reverse

    try:
        return reverse(name, args=[AREA, pk])
    except NoReverseMatch:
        print(f"no URL {name}: not measured", file=sys.stderr)
        return None


def _has_endpoint() -> bool:
    from django.urls import NoReverseMatch, reverse

    try:
        reverse("altcha_django:challenge")
    except NoReverseMatch:
        return False
    return True


def stored(database_url: str, dialogue: int) -> dict:
    """Rows of the dialogue: responses, distinct participants, answers, duplicates counted."""
    import psycopg

    url = database_url.replace("postgres://", "postgresql://")
    with psycopg.connect(url) as connection:
        responses, participants = connection.execute(
            "SELECT count(*), count(DISTINCT participant) FROM dialogue_response "
            "WHERE dialogue_id = %s",
            [dialogue],
        ).fetchone()
        (answers,) = connection.execute(
            "SELECT count(*) FROM dialogue_answer a JOIN dialogue_response r "
            "ON a.response_id = r.id WHERE r.dialogue_id = %s",
            [dialogue],
        ).fetchone()
        (duplicates,) = connection.execute(
            "SELECT duplicates FROM dialogue_dialogue WHERE id = %s", [dialogue]
        ).fetchone()
    return {
        "responses": responses,
        "participants": participants,
        "answers": answers,
        "duplicates": duplicates,
    }


BENCH_SETTINGS = """from styra.web.settings import *  # noqa: F403

ALTCHA_CHALLENGE = {{"algorithm": "PBKDF2/SHA-256", "cost": {cost}, "key_prefix": "{prefix}"}}
STYRA_ANTISPAM_MIN_SECONDS = {fill:g}
STYRA_ANTISPAM_RATE_ADDRESS = "{rate}/h"
STYRA_ANTISPAM_RATE_SCOPE = "{rate}/h"
"""


def bench_env(env: dict, workdir: Path, args) -> dict:
    """The server's settings: Styra's, with the bench's difficulty of the proof of work
    and the rate limits raised above its volume (every client is 127.0.0.1), in a
    settings module of the run's own (``bench_settings.py`` in ``workdir``)."""
    rate = 2 * (args.answers + args.bots + args.resubmit)
    text = BENCH_SETTINGS.format(
        cost=args.cost, prefix=args.key_prefix, fill=args.fill_seconds, rate=rate
    )
    (workdir / "bench_settings.py").write_text(text, encoding="utf-8")
    path = os.pathsep.join(filter(None, [str(workdir), env.get("PYTHONPATH")]))
    return env | {"DJANGO_SETTINGS_MODULE": "bench_settings", "PYTHONPATH": path}


# -- HTTP as a browser speaks it ------------------------------------------------


class Answer:
    def __init__(self, raw: bytes):
        head, _, self.body = raw.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        parts = lines[0].split(" ", 2)
        self.status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
        self.headers = [tuple(line.split(": ", 1)) for line in lines[1:] if ": " in line]

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)

    def cookies(self) -> dict:
        found = {}
        for key, value in self.headers:
            if key.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                found[name.strip()] = rest.split(";", 1)[0]
        return found


async def request(port: int, method: str, path: str, cookies: dict, body: bytes = b"") -> Answer:
    cookie = "; ".join(f"{name}={value}" for name, value in cookies.items())
    head = f"{method} {path} HTTP/1.1\r\nHost: {web.HOST}:{port}\r\nConnection: close\r\n"
    if cookie:
        head += f"Cookie: {cookie}\r\n"
    if method == "POST":
        head += "Content-Type: application/x-www-form-urlencoded\r\n"
        head += f"Content-Length: {len(body)}\r\n"
    raw = await asyncio.wait_for(web.exchange(port, head.encode() + b"\r\n" + body), web.TIMEOUT)
    return Answer(raw)


class FormParser(html.parser.HTMLParser):
    """The fields of the form that holds the ALTCHA widget (not the header's language form)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms, self.form, self.select, self.textarea = [], None, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.form = {"action": attrs.get("action"), "fields": [], "altcha": None}
        elif self.form is None:
            return
        elif tag == "altcha-widget":
            self.form["altcha"] = attrs
        elif tag == "input" and attrs.get("name"):
            self.form["fields"].append({"tag": "input", **attrs})
        elif tag == "select" and attrs.get("name"):
            self.select = {"tag": "select", "options": [], **attrs}
            self.form["fields"].append(self.select)
        elif tag == "option" and self.select is not None:
            self.select["options"].append(attrs.get("value", ""))
        elif tag == "textarea" and attrs.get("name"):
            self.textarea = {"tag": "textarea", **attrs}
            self.form["fields"].append(self.textarea)

    def handle_endtag(self, tag):
        if tag == "form" and self.form is not None:
            self.forms.append(self.form)
            self.form = None
        elif tag == "select":
            self.select = None
        elif tag == "textarea":
            self.textarea = None


def altcha_form(body: bytes) -> dict:
    parser = FormParser()
    parser.feed(body.decode())
    for form in parser.forms:
        if form["altcha"] is not None:
            return form
    raise SystemExit("the dialogue form holds no <altcha-widget>: nothing measured")


def fill(form: dict, rng: random.Random) -> list[tuple[str, str]]:
    """A participant's answers: what a person picks in the form, the honeypot left empty."""
    pairs, radios, points = [], {}, []
    for field in form["fields"]:
        name, kind = field["name"], field.get("type", "text")
        if field["tag"] == "select":
            continue  # below: the ranking's numbered selects
        if kind in ("hidden",):
            pairs.append((name, field.get("value", "")))
        elif kind == "radio":
            radios.setdefault(name, []).append(field.get("value", "on"))
        elif kind == "number":
            points.append(name)
        elif (kind in ("text", "email", "url") or field["tag"] == "textarea") and not (
            _honeypot(field)
        ):
            pairs.append((name, rng.choice(TEXTS)))
    selects = [f for f in form["fields"] if f["tag"] == "select"]
    ranks = [f for f in selects if len([o for o in f["options"] if o]) >= len(selects) > 1]
    order = list(range(1, len(ranks) + 1))
    rng.shuffle(order)
    pairs += [(f["name"], str(rank)) for f, rank in zip(ranks, order, strict=True)]
    for field in selects:
        if field not in ranks:
            pairs.append((field["name"], rng.choice([o for o in field["options"] if o])))
    pairs += [(name, rng.choice(values)) for name, values in radios.items()]
    if points:
        cuts = sorted(rng.sample(range(101), len(points) - 1))
        shares = [b - a for a, b in zip([0, *cuts], [*cuts, 100], strict=True)]
        pairs += [(name, str(share)) for name, share in zip(points, shares, strict=True)]
    return pairs


def _honeypot(field: dict) -> bool:
    return field["name"] == HONEYPOT


TEXTS = [
    "Fler cykelbanor och bättre kollektivtrafik.",
    "Mer grönska i stadsdelarna.",
    "Tryggare skolvägar.",
    "",
]


# -- the proof of work ------------------------------------------------------------


def solve(challenge: dict) -> str:
    """Runs in a solver process: the widget's payload for a solved challenge."""
    parsed = altcha.Challenge.from_dict(challenge)
    solution = altcha.solve_challenge(parsed)
    return altcha.Payload(parsed, solution).to_base64()


def bot_payload(kind: str, challenge: dict | None, solved: str | None) -> str | None:
    """What a robot puts in the proof-of-work field."""
    if kind == "none":
        return None
    if kind == "garbage":
        return base64.b64encode(b'{"challenge": {}, "solution": {"counter": 1}}').decode()
    if kind == "forged":
        made_up = altcha.Solution(counter=random.randrange(10**6), derived_key="00" * 32)
        return altcha.Payload(altcha.Challenge.from_dict(challenge), made_up).to_base64()
    payload = json.loads(base64.b64decode(solved))  # tampered: solved, then made easier
    payload["challenge"]["parameters"]["cost"] = 1
    return base64.b64encode(json.dumps(payload).encode()).decode()


# -- the participants -----------------------------------------------------------------


class Client:
    """One browser: its cookies, the form it got and when."""

    def __init__(self, port: int, paths: dict, rng: random.Random):
        self.port, self.paths, self.rng = port, paths, rng
        self.cookies: dict = {}
        self.form: dict | None = None
        self.fetched = 0.0

    async def get(self, path: str) -> tuple[float, Answer]:
        started = time.perf_counter()
        answer = await request(self.port, "GET", path, self.cookies)
        self.cookies.update(answer.cookies())
        return time.perf_counter() - started, answer

    async def open_form(self) -> float:
        seconds, answer = await self.get(self.paths["form"])
        if answer.status != 200:
            raise SystemExit(f"GET {self.paths['form']} answered {answer.status}")
        self.form = altcha_form(answer.body)
        self.fetched = time.monotonic()
        return seconds

    async def challenge(self) -> tuple[float, dict]:
        widget = self.form["altcha"]
        if self.paths["challenge"] is None:  # minted in the page
            return 0.0, json.loads(widget["challenge"])
        seconds, answer = await self.get(self.paths["challenge"])
        if answer.status != 200:
            raise SystemExit(f"GET {self.paths['challenge']} answered {answer.status}")
        return seconds, json.loads(answer.body)

    def body(self, payload: str | None) -> bytes:
        pairs = fill(self.form, self.rng)
        name = self.form["altcha"].get("name", "altcha")
        if payload is not None:
            pairs.append((name, payload))
        return urlencode(pairs).encode()

    async def post(self, body: bytes) -> tuple[float, Answer]:
        started = time.perf_counter()
        action = self.form["action"] or self.paths["form"]
        answer = await request(self.port, "POST", action, self.cookies, body)
        return time.perf_counter() - started, answer


def accepted(answer: Answer) -> bool:
    """A participant's answer was stored: a redirect to the thank-you page (one that
    says "you had answered already" is a duplicate, not stored)."""
    return answer.status in (302, 303) and DUPLICATE not in (answer.header("Location") or "")


async def gather_limited(jobs, concurrency: int) -> list:
    queue = iter(enumerate(jobs))
    results: list = [None] * len(jobs)

    async def worker():
        for index, job in queue:
            results[index] = await job()

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return results


async def prepare(clients: list[Client], pool, concurrency: int, timings: dict) -> list[str]:
    """Each client GETs the form and a challenge and solves it; their payloads."""
    loop = asyncio.get_running_loop()

    async def one(client: Client) -> str:
        timings["form"].append(await client.open_form())
        seconds, challenge = await client.challenge()
        if seconds:
            timings["challenge"].append(seconds)
        return await loop.run_in_executor(pool, solve, challenge)

    return await gather_limited([lambda c=c: one(c) for c in clients], concurrency)


async def wait_fill_time(clients: list[Client], fill_seconds: float) -> None:
    latest = max(client.fetched for client in clients)
    await asyncio.sleep(max(0.0, latest + fill_seconds - time.monotonic()))


async def floor_round(port: int, floor: dict, requests: int, concurrency: int) -> list[float]:
    run = await web.hammer(port, floor, requests, concurrency)
    return run["latencies"]


async def participants(port: int, paths: dict, floor: dict, pool, args) -> dict:
    """The answers in rounds, each followed by the floor; then the resubmissions."""
    rng = random.Random(SEED)
    timings = {"form": [], "challenge": [], "post": [], "floor": []}
    outcome = {"accepted": 0, "refused": [], "clients": []}
    share, extra = divmod(args.answers, args.rounds)
    floor_share = max(1, args.floor_requests // args.rounds)
    started = time.perf_counter()
    for round_ in range(args.rounds):
        clients = [Client(port, paths, rng) for _ in range(share + (round_ < extra))]
        payloads = await prepare(clients, pool, args.concurrency, timings)
        await wait_fill_time(clients, args.fill_seconds)

        async def send(client=None, payload=None):
            seconds, answer = await client.post(client.body(payload))
            timings["post"].append(seconds)
            if accepted(answer):
                outcome["accepted"] += 1
            else:
                outcome["refused"].append(f"{answer.status} {answer.body[:200]!r}")

        jobs = [lambda c=c, p=p: send(c, p) for c, p in zip(clients, payloads, strict=True)]
        await gather_limited(jobs, args.concurrency)
        timings["floor"] += await floor_round(port, floor, floor_share, args.concurrency)
        outcome["clients"] += clients
        if not args.json:
            print(
                f"  round {round_ + 1}/{args.rounds}: {outcome['accepted']:,} accepted",
                file=sys.stderr,
            )
    outcome["seconds"] = time.perf_counter() - started
    again = rng.sample(outcome["clients"], min(args.resubmit, len(outcome["clients"])))
    outcome["resubmitted"] = await resubmit(again, pool, args, timings)
    outcome["timings"] = timings
    del outcome["clients"]
    return outcome


async def resubmit(clients: list[Client], pool, args, timings: dict) -> dict:
    """The same forms sent again with a fresh proof of work: never a second row."""
    loop = asyncio.get_running_loop()
    answered = {"accepted": 0, "duplicate": 0, "refused": []}

    async def again(client: Client) -> None:
        _seconds, challenge = await client.challenge()
        payload = await loop.run_in_executor(pool, solve, challenge)
        _seconds, answer = await client.post(client.body(payload))
        if accepted(answer):
            answered["accepted"] += 1
        elif DUPLICATE in (answer.header("Location") or ""):
            answered["duplicate"] += 1
        else:
            answered["refused"].append(answer.status)

    await gather_limited([lambda c=c: again(c) for c in clients], args.concurrency)
    return answered


async def robots(port: int, paths: dict, pool, args) -> dict:
    """``--bots`` submissions without a valid proof of work, a quarter of each kind."""
    rng = random.Random(SEED + 1)
    loop = asyncio.get_running_loop()
    clients = [Client(port, paths, rng) for _ in range(args.bots)]
    kinds = [BOT_KINDS[i % len(BOT_KINDS)] for i in range(args.bots)]

    async def arm(client: Client, kind: str) -> str | None:
        await client.open_form()
        if kind in ("none", "garbage"):
            return bot_payload(kind, None, None)
        _seconds, challenge = await client.challenge()
        solved = await loop.run_in_executor(pool, solve, challenge) if kind == "tampered" else None
        return bot_payload(kind, challenge, solved)

    jobs = [lambda c=c, k=k: arm(c, k) for c, k in zip(clients, kinds, strict=True)]
    payloads = await gather_limited(jobs, args.concurrency)
    await wait_fill_time(clients, args.fill_seconds)
    statuses: dict = {kind: {} for kind in BOT_KINDS}

    async def send(client, kind, payload):
        _seconds, answer = await client.post(client.body(payload))
        statuses[kind][answer.status] = statuses[kind].get(answer.status, 0) + 1

    jobs = [
        lambda c=c, k=k, p=p: send(c, k, p)
        for c, k, p in zip(clients, kinds, payloads, strict=True)
    ]
    await gather_limited(jobs, args.concurrency)
    return statuses


def p95(latencies: list[float]) -> float:
    return 1000 * statistics.quantiles(latencies, n=100, method="inclusive")[94]


def p50(latencies: list[float]) -> float:
    return 1000 * statistics.median(latencies)


# -- the run ------------------------------------------------------------------------


def results_pages(port: int, setup: dict, args) -> list[dict]:
    base = f"http://{web.HOST}:{port}"
    staff = {"name": "staff", "path": setup["staff_results"], "expect": [TITLE]}
    cookies = dict(setup["cookies"])  # with the CSRF cookie the page sets, as a browser keeps it
    staff["bytes"] = web.check_page(base, cookies, staff)
    floor = {"name": "floor", "path": f"/bench/floor/?bytes={staff['bytes']}"}
    floor["expect"] = [web.FLOOR_TEXT]
    floor["bytes"] = web.check_page(base, {}, floor)
    floor["request"] = web.raw_request(floor["path"], port, {})
    staff["request"] = web.raw_request(staff["path"], port, cookies)
    pages = [floor, staff]
    if setup["public_results"]:
        public = {"name": "public", "path": setup["public_results"], "expect": [TITLE]}
        public["bytes"] = web.check_page(base, {}, public)
        public["request"] = web.raw_request(public["path"], port, {})
        pages.append(public)
    return pages


def run(args) -> dict:
    """Fresh database, the dialogue; the server; the three parts. Always cleans up."""
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        env = bench_env(web.server_env(web.fresh_database(), workdir), workdir, args)
        server, pool = None, None
        try:
            web.run_step([sys.executable, "manage.py", "migrate", "--no-input"], env)
            out = web.run_step([sys.executable, __file__, "--child-setup"], env)
            setup = json.loads(out.strip().splitlines()[-1])
            if args.results_only:
                seed = [sys.executable, __file__, "--child-seed", str(setup["dialogue"])]
                out = web.run_step([*seed, "--answers", str(args.answers)], env)
                seeded = json.loads(out.strip().splitlines()[-1])
            port = args.port or web.free_port()
            base = f"http://{web.HOST}:{port}"
            log_path = workdir / "server.log"
            with log_path.open("w") as log:
                server = web.start_server(env, port, args.workers, log)
            web.wait_ready(server, base, log_path, START_SECONDS)
            web.wait_workers(log_path, args.workers, START_SECONDS)
            if args.results_only:
                counted = stored(env["DATABASE_URL"], setup["dialogue"])
                shown = asyncio.run(web.measure(results_pages(port, setup, args), port, args))
                return results_summary(args, seeded, counted, shown)
            form = {"name": "form", "path": setup["form"], "expect": [TITLE]}
            form_bytes = web.check_page(base, {}, form)
            floor = {"name": "floor", "path": f"/bench/floor/?bytes={form_bytes}"}
            floor["expect"] = [web.FLOOR_TEXT]
            floor["request"] = web.raw_request(floor["path"], port, {})
            if not args.json:
                print(
                    f"gunicorn, {args.workers} workers, port {port}; dialogue {setup['dialogue']}"
                    f" of {AREA} {AREA_NAME}, {setup['questions']} questions",
                    file=sys.stderr,
                )
            pool = concurrent.futures.ProcessPoolExecutor(args.solvers)
            asyncio.run(web.hammer(port, floor, args.warmup, args.concurrency))
            answered = asyncio.run(participants(port, setup, floor, pool, args))
            counted = stored(env["DATABASE_URL"], setup["dialogue"])
            bots = asyncio.run(robots(port, setup, pool, args))
            after_bots = stored(env["DATABASE_URL"], setup["dialogue"])
            pages = results_pages(port, setup, args)
            shown = asyncio.run(web.measure(pages, port, args))
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
            if server is not None:
                web.stop_server(server)
            if args.keep:
                print(f"kept the database: {env['DATABASE_URL']}", file=sys.stderr)
            else:
                web.execute(
                    web.PG_ADMIN_URL, f"DROP DATABASE IF EXISTS {web.PG_BENCH_DB} WITH (FORCE)"
                )
    return summary(args, setup, form_bytes, answered, counted, bots, after_bots, with_ratios(shown))


def with_ratios(shown: list[dict]) -> list[dict]:
    """Each page's p95 over the floor's (the first)."""
    for result in shown:
        result["ratio_p95"] = result["p95_ms"] / shown[0]["p95_ms"]
    return shown


def results_summary(args, seeded: dict, counted: dict, shown: list[dict]) -> dict:
    settings = {k: vars(args)[k] for k in ("answers", "concurrency", "rounds", "workers")}
    return {
        "settings": settings | {"results_only": True},
        "seeded": seeded | {"stored": counted},
        "results": with_ratios(shown),
    }


def print_results(result: dict) -> None:
    """The results pages next to the floor: the table, then each p95 over the floor's."""
    web.print_rows(result["results"])
    print("floor = the same server's fixed page of the staff results page's size (no database)")
    for r in result["results"][1:]:
        print(
            f"{r['page']} results p95 / floor p95 = {r['ratio_p95']:.2f} (goal <= {RESULTS_GOAL:g})"
        )


def summary(args, setup, form_bytes, answered, counted, bots, after_bots, shown) -> dict:
    timings = answered["timings"]
    accepted_ = answered["accepted"]
    again = answered["resubmitted"]
    return {
        "settings": {
            k: vars(args)[k]
            for k in (
                "answers",
                "concurrency",
                "rounds",
                "workers",
                "solvers",
                "cost",
                "key_prefix",
                "bots",
                "resubmit",
            )
        },
        "submissions": {
            "sent": args.answers,
            "accepted": accepted_,
            "refused": len(answered["refused"]),
            "first_refusal": answered["refused"][0] if answered["refused"] else None,
            "seconds": answered["seconds"],
            "per_s": args.answers / answered["seconds"],
            "stored": counted,
            "lost": accepted_ - counted["responses"],
            "duplicated": counted["responses"] - counted["participants"],
            "answers_per_response": counted["answers"] / max(1, counted["responses"]),
            "resubmitted": again,
            "p50_ms": {name: p50(values) for name, values in timings.items() if values},
            "p95_ms": {name: p95(values) for name, values in timings.items() if values},
            "form_bytes": form_bytes,
        },
        "bots": {
            "sent": args.bots,
            "statuses": {kind: {str(k): v for k, v in s.items()} for kind, s in bots.items()},
            "stored": after_bots["responses"] - counted["responses"],
        },
        "results": shown,
    }


def print_summary(result: dict) -> None:
    s, b = result["submissions"], result["bots"]
    settings = result["settings"]
    print(
        f"{s['sent']:,} answers from {settings['concurrency']} concurrent clients in "
        f"{settings['rounds']} rounds, {s['seconds']:.0f} s ({s['per_s']:.0f}/s); proof of work "
        f"PBKDF2/SHA-256 cost {settings['cost']}, key prefix {settings['key_prefix']!r}, "
        f"solved in {settings['solvers']} processes"
    )
    print(
        f"accepted {s['accepted']:,}, refused {s['refused']:,}"
        + (f" (first: {s['first_refusal']})" if s["first_refusal"] else "")
    )
    st = s["stored"]
    print(
        f"stored {st['responses']:,} answers ({st['participants']:,} participants, "
        f"{st['answers']:,} answer rows, {s['answers_per_response']:.2f} per answer): "
        f"lost {s['lost']}, duplicated {s['duplicated']}"
    )
    again = s["resubmitted"]
    print(
        f"sent again with a fresh proof of work: {settings['resubmit']}: told they had "
        f"answered {again['duplicate']}, stored as new {again['accepted']}, refused "
        f"{len(again['refused'])}; the dialogue counts {st['duplicates']} duplicates"
    )
    print(f"{'request':<10} {'p50 ms':>8} {'p95 ms':>8} {'p95/floor':>10}")
    floor = s["p95_ms"]["floor"]
    for name in ("floor", "form", "challenge", "post"):
        if name in s["p95_ms"]:
            print(
                f"{name:<10} {s['p50_ms'][name]:>8.1f} {s['p95_ms'][name]:>8.1f} "
                f"{s['p95_ms'][name] / floor:>10.2f}"
            )
    print(
        f"floor = /bench/floor/ as large as the form ({s['form_bytes']:,} bytes), "
        "asked for between the rounds by the same clients"
    )
    kinds = ", ".join(
        f"{kind} {sum(st.values())}: " + " ".join(f"{code}×{n}" for code, n in st.items())
        for kind, st in b["statuses"].items()
    )
    print(f"robots without a valid proof of work: {b['sent']:,} ({kinds}); stored {b['stored']}")
    print_results(result)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="1,000 answers, 200 robots")
    parser.add_argument("--answers", type=int, help="participants' answers (default 10,000)")
    parser.add_argument("--concurrency", type=int, default=50, help="concurrent clients")
    parser.add_argument("--rounds", type=int, default=10, help="rounds of answers, then floor")
    parser.add_argument("--floor-requests", type=int, default=2000, help="floor GETs in all")
    parser.add_argument("--resubmit", type=int, default=100, help="answers sent again")
    parser.add_argument("--bots", type=int, help="robot submissions (default 1,000)")
    parser.add_argument("--cost", type=int, default=5000, help="PBKDF2 iterations")
    parser.add_argument("--key-prefix", default="0", help="hex prefix of the derived key")
    parser.add_argument("--fill-seconds", type=float, default=3.0, help="minimum fill time")
    parser.add_argument("--solvers", type=int, default=os.cpu_count(), help="solver processes")
    parser.add_argument("--requests", type=int, default=400, help="results page requests")
    parser.add_argument("--warmup", type=int, default=50, help="warm-up requests per page")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--port", type=int, help="server port (default: a free one)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--keep", action="store_true", help="keep the benchmark's database")
    parser.add_argument(
        "--results-only",
        action="store_true",
        help="answers written straight into the database; only the results pages measured",
    )
    parser.add_argument("--child-setup", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child-seed", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_setup:
        print(json.dumps(create_dialogue()))
        return
    if args.child_seed:
        print(json.dumps(seed_answers(args.child_seed, args.answers)))
        return
    args.answers = args.answers or (1000 if args.quick else 10_000)
    args.bots = args.bots or (200 if args.quick else 1000)
    args.rounds = min(args.rounds, args.answers)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # still stop the server, drop the db
    result = run(args)
    if args.json:
        print(json.dumps(result, indent=2))
    elif args.results_only:
        seeded = result["seeded"]
        print(
            f"{seeded['stored']['responses']:,} answers ({seeded['stored']['answers']:,} answer "
            f"rows) written into the database in {seeded['seconds']:.0f} s"
        )
        print_results(result)
    else:
        print_summary(result)


if __name__ == "__main__":
    main()
