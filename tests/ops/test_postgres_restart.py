"""When PostgreSQL restarts, Styra recovers by itself (issue 18, docs/deployment.md).

The test starts its own PostgreSQL cluster (tests/ops/postgres_cluster.py), migrates a
database in it, and runs gunicorn with ``styra serve``'s own command line (two workers,
its hooks, connections kept for STYRA_DB_CONN_MAX_AGE; only the collectstatic before it
is left out, tests/ops/settings_without_collectstatic.py) and ``styra worker`` against
it. While a client asks /healthz and a logged-in page in a loop, the cluster is
restarted with ``pg_ctl restart -m fast`` (every connection cut). No request may
answer 500 — while the database is away a page answers 503 — and once the server is
back, every request of many in a row succeeds, and the worker's heartbeat is fresh
again.
"""

import os
import secrets
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import psycopg
import pytest

from styra.cli.data import gunicorn_argv
from tests.ops.postgres_cluster import remove_cluster, start_cluster

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
POSTGRES_PORT = 55433
WEB_PORT = 8723
DATABASE = "styra_h_health_restart"
IN_A_ROW = 40  # rounds (both URLs) that must all succeed after the restart
RECOVERY_SECONDS = 30

MAKE_SESSION = """
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.sessions.backends.db import SessionStore
from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.utils.module_loading import import_string
user = get_user_model().objects.create_user("omstart", "omstart@example.se", "x-" * 10)
session = SessionStore()
session[SESSION_KEY] = str(user.pk)
session[BACKEND_SESSION_KEY] = next(  # the backend of local accounts
    path
    for path in settings.AUTHENTICATION_BACKENDS
    if issubclass(import_string(path), ModelBackend) and not path.startswith("axes.")
)
session[HASH_SESSION_KEY] = user.get_session_auth_hash()
session.create()
print("SESSION=" + session.session_key)
"""


@pytest.fixture
def cluster():
    started = start_cluster(POSTGRES_PORT)
    try:
        with psycopg.connect(
            host="127.0.0.1",
            port=POSTGRES_PORT,
            user="postgres",
            dbname="postgres",
            autocommit=True,
        ) as admin:
            admin.execute(f"CREATE DATABASE {DATABASE}")
        yield started
    finally:
        remove_cluster(started)


@pytest.fixture
def app_env(cluster, tmp_path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("STYRA_", "DATABASE_URL"))}
    env.update(
        DATABASE_URL=cluster.url(DATABASE),
        STYRA_DEBUG="0",
        STYRA_SECRET_KEY=secrets.token_urlsafe(50),
        STYRA_ALLOWED_HOSTS="127.0.0.1",
        STYRA_DATA_DIR=str(tmp_path / "var"),
        STYRA_STATIC_ROOT=str(tmp_path / "static"),
        STYRA_BUNDLE=str(tmp_path / "no-bundle"),
        STYRA_WORKER_HEARTBEAT_SECONDS="1",
        STYRA_WORKER_STALE_SECONDS="5",
        STYRA_LOG_LEVEL="INFO",
        DJANGO_SETTINGS_MODULE="tests.ops.settings_without_collectstatic",
        PYTHONPATH=str(REPO),
    )
    manage(env, "migrate", "--noinput")
    return env


def manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [str(BIN / "python"), str(REPO / "manage.py"), *args],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.fixture
def running(app_env, tmp_path):
    """gunicorn as ``styra serve`` runs it, and ``styra worker``; their output in
    tmp_path/*.log. Yields the gunicorn process."""
    processes = []
    for name, command in {
        "serve": [str(BIN / "python"), "-m", *gunicorn_argv("127.0.0.1", WEB_PORT, 2, 20)],
        "worker": [str(BIN / "styra"), "worker"],
    }.items():
        log = (tmp_path / f"{name}.log").open("w")
        processes.append(
            subprocess.Popen(
                command,
                env=app_env,
                cwd=tmp_path,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        )
    try:
        yield processes[0]
    finally:
        for process in processes:
            os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


class Client:
    """Asks /healthz and the logged-in start page; remembers every answer."""

    def __init__(self, session_key: str):
        self.http = httpx.Client(
            base_url=f"http://127.0.0.1:{WEB_PORT}",
            cookies={"sessionid": session_key},
            timeout=15,
        )
        self.answers: list[tuple[float, str, int | str]] = []

    def ask(self, path: str) -> int | str:
        try:
            answer: int | str = self.http.get(path).status_code
        except httpx.TransportError as error:
            answer = type(error).__name__
        self.answers.append((time.monotonic(), path, answer))
        return answer

    def round(self) -> bool:
        """One request to each URL; whether both answered 200."""
        return [self.ask("/healthz"), self.ask("/mina-organisationer/")] == [200, 200]

    def wait_until_serving(self, server: subprocess.Popen, seconds: float) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and server.poll() is None:
            if self.round():
                return True
            time.sleep(0.5)
        return False


def logs(tmp_path, cluster) -> str:
    serve = (tmp_path / "serve.log").read_text(errors="replace")
    worker = (tmp_path / "worker.log").read_text(errors="replace")
    postgres = cluster.log()[-3000:]
    return f"--- serve\n{serve[-6000:]}\n--- worker\n{worker[-3000:]}\n--- postgres\n{postgres}"


def test_styra_recovers_by_itself_after_a_postgres_restart(cluster, app_env, running, tmp_path):
    output = manage(app_env, "shell", "-c", MAKE_SESSION)
    client = Client(output.split("SESSION=")[-1].split()[0])
    assert client.wait_until_serving(running, 180), logs(tmp_path, cluster)
    logged_in = client.http.get("/mina-organisationer/", follow_redirects=False)
    assert logged_in.status_code == 200, logged_in.headers
    for _ in range(10):
        assert client.round(), logs(tmp_path, cluster)

    stop = threading.Event()

    def ask_meanwhile():
        while not stop.is_set():
            client.round()

    asker = threading.Thread(target=ask_meanwhile)
    asker.start()
    try:
        time.sleep(1)
        restart_began = time.monotonic()
        cluster.restart()
        restarted = time.monotonic()
        time.sleep(0.5)
    finally:
        stop.set()
        asker.join()

    # Back by itself: the first full success within RECOVERY_SECONDS, then every round.
    deadline = time.monotonic() + RECOVERY_SECONDS
    while not client.round():
        assert time.monotonic() < deadline, f"no recovery: {client.answers[-6:]}"
        time.sleep(0.5)
    recovered = time.monotonic()
    after = len(client.answers)
    for _ in range(IN_A_ROW):
        client.round()
    failures_after = [a for a in client.answers[after:] if a[2] != 200]
    assert not failures_after, f"{failures_after}\n{logs(tmp_path, cluster)}"

    statuses = [answer for _, _, answer in client.answers]
    assert 500 not in statuses, logs(tmp_path, cluster)
    assert set(statuses) <= {200, 503}, statuses  # never a broken connection either
    during = [a for a in client.answers if restart_began <= a[0] <= recovered]
    assert during, "no request ran while PostgreSQL restarted"

    # The worker's heartbeat is written again after the restart.
    deadline = time.monotonic() + 15
    while (worker := client.http.get("/healthz").json()["checks"]["worker"])["status"] != "ok":
        assert time.monotonic() < deadline, f"{worker}\n{logs(tmp_path, cluster)}"
        time.sleep(0.5)
    print(
        f"restart {restarted - restart_began:.1f} s; back after {recovered - restart_began:.1f} s; "
        f"answers during: {sorted({str(a[2]) for a in during})} ({len(during)} requests)"
    )
