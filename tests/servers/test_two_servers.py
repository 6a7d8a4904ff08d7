"""Two stateless app servers share one PostgreSQL, one Redis and one S3 bucket
(docs/several-servers.md): what one server saves, the other serves.

The test starts moto's S3 server, makes its own PostgreSQL database (dropped
afterwards), loads a tiny Kolada bundle and runs ``styra serve`` twice, each
with its own data directory (its own "disk"). Through server 1 it logs in,
uploads a decision document and saves a contact person; through server 2 it
downloads the same bytes with server 1's session cookie and reads the contact.
Then ``styra load`` on a third process changes a Kolada value: server 2, which
built its analysis snapshot already, rebuilds it at the new data version.

Redis: database ``STYRA_TEST_REDIS_DB`` (default 15); only keys under this test's
prefix are written and removed.
"""

import os
import re
import socket
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import boto3
import httpx
import psycopg
import pytest
import redis
from moto.server import ThreadedMotoServer

from tests.focus.documents import make_pdf
from tests.kolada.minibundle import VALUES, write_mini_bundle

REPO = Path(__file__).resolve().parents[2]
STYRA = str(Path(sys.executable).with_name("styra"))  # the console script beside python
PORTS = range(8701, 8720)
POSTGRES = "postgres://postgres@127.0.0.1:5432"
REDIS_DB = int(os.environ.get("STYRA_TEST_REDIS_DB", "15"))
BUCKET = "styra-two-servers"
PDF = make_pdf([["Kommunstyrelsens beslut"]])
PASSWORD = "Rätt-hemligt-lösen-2030"
EDITOR = """
from django.contrib.auth import get_user_model
from styra.web.accounts.models import Membership, Role
from styra.web.organisations.models import Organisation
user = get_user_model().objects.create_user("erik_redaktor", "erik@example.se", {password!r})
Membership.objects.create(user=user, organisation=Organisation.objects.get(pk="0180"),
                          role=Role.EDITOR)
"""


def free_ports(count: int) -> list[int]:
    """``count`` ports of the range nobody listens on."""
    found = []
    for port in PORTS:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                found.append(port)
        if len(found) == count:
            return found
    raise RuntimeError(f"no {count} free ports in {PORTS}")


def run(env: dict, *args: str) -> str:
    done = subprocess.run(args, cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


class Inputs(HTMLParser):
    """The name → value of the <input>s of the page's own form (a post form without an
    action: hidden fields, CSRF token), not of the menus' forms."""

    def __init__(self):
        super().__init__()
        self.values: dict[str, str] = {}
        self.in_own_form = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.in_own_form = attrs.get("method") == "post" and not attrs.get("action")
        elif tag == "input" and self.in_own_form and attrs.get("name") and self.sent(attrs):
            self.values[attrs["name"]] = attrs.get("value") or ""

    @staticmethod
    def sent(attrs: dict) -> bool:
        return attrs.get("type") not in ("checkbox", "file", "submit")

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_own_form = False


def form_inputs(response: httpx.Response) -> dict[str, str]:
    assert response.status_code == 200, response.text[:2000]
    parser = Inputs()
    parser.feed(response.text)
    return parser.values


def errors(response: httpx.Response) -> str:
    """The form's errors on a refused page, else its start."""
    found = re.findall(r'class="[^"]*error[^"]*"[^>]*>(.*?)</', response.text, re.S)
    return " | ".join(found) or response.text[:2000]


@pytest.fixture(scope="module")
def s3():
    port = free_ports(1)[0]
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="eu-north-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    client.create_bucket(
        Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-north-1"}
    )
    yield endpoint, client
    server.stop()


@pytest.fixture(scope="module")
def database():
    name = f"styra_two_servers_{os.getpid()}"
    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name}")
        connection.execute(f"CREATE DATABASE {name}")
        # A throwaway database: no waiting for each commit to reach the disk.
        connection.execute(f"ALTER DATABASE {name} SET synchronous_commit = off")
    yield f"{POSTGRES}/{name}"
    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="module")
def shared_env(s3, database):
    prefix = f"styra-two-servers-{os.getpid()}"
    env = {
        **{key: value for key, value in os.environ.items() if not key.startswith("STYRA_")},
        "DATABASE_URL": database,
        "STYRA_REDIS_URL": f"redis://127.0.0.1:6379/{REDIS_DB}",
        "STYRA_REDIS_KEY_PREFIX": prefix,
        "STYRA_SESSION_ENGINE": "cache",
        "STYRA_S3_BUCKET": BUCKET,
        "STYRA_S3_ENDPOINT_URL": s3[0],
        "STYRA_S3_REGION": "eu-north-1",
        "STYRA_S3_ACCESS_KEY_ID": "testing",
        "STYRA_S3_SECRET_ACCESS_KEY": "testing",
        "STYRA_S3_PREFIX": "styra",
        "STYRA_SECRET_KEY": "two-servers-" + "x" * 50,
        "DJANGO_SETTINGS_MODULE": "tests.servers.settings",
        "PYTHONPATH": str(REPO),
    }
    yield env
    keys = redis.Redis.from_url(env["STYRA_REDIS_URL"])
    for key in keys.scan_iter(match=f"*{prefix}*"):
        keys.delete(key)


def server_env(shared_env: dict, directory: Path) -> dict:
    """One machine's environment: the shared services, its own disk."""
    return {
        **shared_env,
        "STYRA_DATA_DIR": str(directory),
        "STYRA_STATIC_ROOT": str(directory / "static"),
    }


def wait_until_up(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 240  # a loaded machine; CI answers in seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, log.read_text()[-3000:]
        try:
            if httpx.get(url + "konto/logga-in/", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"{url} did not answer: {log.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def servers(shared_env, tmp_path_factory):
    """Two ``styra serve`` on two ports, each with its own data directory."""
    base = tmp_path_factory.mktemp("servers")
    admin_env = shared_env | {"STYRA_DATA_DIR": str(base)}  # a third machine's commands
    run(admin_env, sys.executable, "manage.py", "migrate", "-v0")
    run(admin_env, STYRA, "load", str(write_mini_bundle(base / "bundle")))
    run(admin_env, sys.executable, "manage.py", "shell", "-c", EDITOR.format(password=PASSWORD))
    started = []
    for number, port in enumerate(free_ports(2), start=1):
        directory = base / f"server{number}"
        directory.mkdir()
        log = directory / "serve.log"
        with log.open("w") as handle:
            process = subprocess.Popen(
                [STYRA, "serve", "--port", str(port), "--workers", "1"],
                cwd=REPO,
                env=server_env(shared_env, directory),
                stdout=handle,
                stderr=subprocess.STDOUT,
            )
        started.append((f"http://127.0.0.1:{port}/", process, log, directory))
    try:
        for url, process, log, _ in started:
            wait_until_up(url, process, log)
        yield [(url, directory) for url, _, _, directory in started], base
    finally:
        for _, process, _, _ in started:
            process.terminate()
        for _, process, _, _ in started:
            process.wait(timeout=30)


def test_what_one_server_saves_the_other_serves(servers, s3, shared_env):
    (one, disk_one), (two, disk_two) = servers[0]
    _, bucket = s3
    with httpx.Client(base_url=one, timeout=30) as first:
        login = form_inputs(first.get("konto/logga-in/"))
        login |= {"username": "erik_redaktor", "password": PASSWORD}
        response = first.post("konto/logga-in/", data=login)
        assert response.status_code == 302, response.text[:2000]

        decision = form_inputs(first.get("omraden/0180/kommunledningsbeslut/"))
        decision |= {"decided_on": "2024-05-02", "reference": "KS 2024/1"}
        files = {"upload": ("beslut.pdf", PDF, "application/pdf")}
        response = first.post("omraden/0180/kommunledningsbeslut/", data=decision, files=files)
        assert response.status_code == 302, errors(response)

        contact = form_inputs(first.get("omraden/0180/kontaktperson/"))
        contact |= {"name": "Kajsa Kontakt", "email": "kajsa@example.se", "phone": ""}
        response = first.post("omraden/0180/kontaktperson/", data=contact)
        assert response.status_code == 302, errors(response)
        cookies = first.cookies

    # The file is in the bucket, on neither server's disk.
    stored = bucket.list_objects_v2(Bucket=BUCKET, Prefix="styra/private/decisions/")
    assert [entry["Size"] for entry in stored.get("Contents", [])] == [len(PDF)]
    for disk in (disk_one, disk_two):
        assert not [path for path in disk.rglob("*") if path.suffix == ".pdf"]

    with httpx.Client(base_url=two, timeout=30, cookies=cookies) as second:
        response = second.get("omraden/0180/kommunledningsbeslut/dokument/")
        assert response.status_code == 200  # server 1's session works here
        assert response.content == PDF
        assert "no-store" in response.headers["Cache-Control"]
        assert "Kajsa Kontakt" in second.get("omraden/0180/organisation/").text

    for server in (one, two):  # the health check probes the bucket and Redis, not the disk
        checks = httpx.get(server + "healthz", timeout=30).json()["checks"]
        assert checks["storage"]["status"] == checks["cache"]["status"] == "ok", checks


def test_a_new_kolada_load_reaches_a_running_server(servers, s3, shared_env):
    (_one, _), (two, disk_two) = servers[0]
    _, bucket = s3
    base = servers[1]
    with httpx.Client(base_url=two, timeout=30) as second:
        login = form_inputs(second.get("konto/logga-in/"))
        login |= {"username": "erik_redaktor", "password": PASSWORD}
        assert second.post("konto/logga-in/", data=login).status_code == 302
        export = "omraden/0180/nyckeltal/N00401/export.csv"
        before = second.get(export)
        assert before.status_code == 200, before.text[:2000]
        assert "1,4" in before.text or "1.4" in before.text
        changed = VALUES.replace("N00401,0180,2021,T,1.4", "N00401,0180,2021,T,7.25")
        bundle = write_mini_bundle(base / "bundle-2", values=changed)
        run(
            shared_env | {"STYRA_DATA_DIR": str(base)},
            STYRA,
            "load",
            str(bundle),
        )
        after = second.get(export).text
        assert re.search(r"7[,.]25", after), after
        # Both kept data versions are in the bucket, and a server that ran neither load
        # compares them ("Vad har hänt sedan sist?" reads both files).
        kept = bucket.list_objects_v2(Bucket=BUCKET, Prefix="styra/versions/")
        names = sorted(entry["Key"].rsplit("/", 1)[1] for entry in kept.get("Contents", []))
        assert names == ["kolada-v1.parquet", "kolada-v2.parquet"], names
        assert not [path for path in disk_two.rglob("*.parquet") if "versions" in path.parts]
        changes = second.get("omraden/0180/vad-har-hant/andringar.csv?fran=1&till=2")
        assert changes.status_code == 200, changes.text[:2000]
        assert re.search(r"7[,.]25", changes.text), changes.text
