"""scripts/audit.py end to end: the real pip-audit and npm audit against vulnerability
services started here on 127.0.0.1, answering in OSV's and npm's formats (the public ones
cannot be reached from the machines the suite runs on). A known vulnerability in a
locked package fails the audit and is named; an exception in force lets it pass; a
service that fails is "not audited", never clean."""

import gzip
import json
import os
import shutil
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "audit.py"
PYTHON_ID, NPM_ID = "GHSA-styr-test-0001", "GHSA-styr-test-0002"
NPM = shutil.which("npm") is not None and (REPO / "package-lock.json").is_file()


def locked_version(name: str) -> str:
    for line in (REPO / "requirements.lock").read_text().splitlines():
        if line.lower().startswith(f"{name}=="):
            return line.split("==", 1)[1].strip()
    raise AssertionError(f"{name} is not in requirements.lock")


DJANGO = locked_version("django")


def osv_vulnerability() -> dict:
    """One OSV record (schema 1.x) affecting the locked Django."""
    return {
        "schema_version": "1.6.0",
        "id": PYTHON_ID,
        "aliases": ["CVE-2099-0001"],
        "summary": "A made-up flaw for the audit's own test",
        "published": "2026-12-01T00:00:00Z",
        "affected": [
            {
                "package": {"name": "django", "ecosystem": "PyPI"},
                "ranges": [
                    {"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "99.0"}]}
                ],
                "versions": [DJANGO],
            }
        ],
    }


def npm_advisory() -> dict:
    """The bulk advisory endpoint's answer for vega (npm's format)."""
    return {
        "id": 1099999,
        "url": f"https://github.com/advisories/{NPM_ID}",
        "title": "A made-up flaw for the audit's own test",
        "severity": "high",
        "vulnerable_versions": "<99.0.0",
        "cwe": ["CWE-79"],
        "cvss": {"score": 7.5, "vectorString": None},
    }


class Services(BaseHTTPRequestHandler):
    mode = "vulnerable"  # or "clean", "broken"
    asked: list[str] = []

    def answer(self, status: int, body) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):  # noqa: N802 (http.server's name)
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        asked = json.loads(body or b"{}")
        if self.mode == "broken":
            return self.answer(503, {"error": "down for maintenance"})
        vulnerable = self.mode == "vulnerable"
        if self.path == "/v1/query":
            package = asked["package"]["name"]
            Services.asked.append(package)
            hit = vulnerable and package == "django" and asked["version"] == DJANGO
            return self.answer(200, {"vulns": [osv_vulnerability()]} if hit else {})
        if self.path == "/-/npm/v1/security/advisories/bulk":
            hit = vulnerable and "vega" in asked
            return self.answer(200, {"vega": [npm_advisory()]} if hit else {})
        return self.answer(404, {})

    def do_GET(self):  # noqa: N802 (npm asks for packuments to suggest fixes)
        self.answer(404, {})

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def services():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Services)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def audit(services: str, tmp_path, mode: str, exceptions: str = "", *extra) -> tuple[int, str]:
    Services.mode, Services.asked = mode, []
    exceptions_file = tmp_path / "exceptions.txt"
    exceptions_file.write_text(exceptions)
    argv = [sys.executable, SCRIPT, "--osv-url", f"{services}/v1/query"]
    argv += ["--npm-registry", f"{services}/", "--exceptions", exceptions_file, *extra]
    env = os.environ | {"npm_config_cache": str(tmp_path / "npm-cache")}  # no earlier answer
    done = subprocess.run(argv, capture_output=True, text=True, cwd=REPO, timeout=300, env=env)
    return done.returncode, done.stdout + done.stderr


def test_a_known_vulnerability_in_a_locked_package_fails_and_is_named(services, tmp_path):
    code, output = audit(services, tmp_path, "vulnerable")
    assert code == 1, output
    assert f"VULNERABLE django {DJANGO}: CVE-2099-0001 = {PYTHON_ID} (fixed in: 99.0)" in output
    locked = len((REPO / "requirements.lock").read_text().split("==")) - 1
    assert f"{locked} packages checked" in output and len(set(Services.asked)) == locked
    if NPM:
        assert f"VULNERABLE vega <99.0.0: {NPM_ID}" in output


def test_an_exception_in_force_lets_it_pass(services, tmp_path):
    exceptions = f"{PYTHON_ID}  django  2099-12-31  made up for this test\n"
    if NPM:
        exceptions += f"{NPM_ID}  vega  2099-12-31  made up for this test\n"
    code, output = audit(services, tmp_path, "vulnerable", exceptions)
    assert code == 0, output
    assert "VULNERABLE" not in output
    assert f"excepted (audit-exceptions.txt) django {DJANGO}: CVE-2099-0001 = {PYTHON_ID}" in output


def test_an_exception_for_another_package_covers_nothing(services, tmp_path):
    code, output = audit(services, tmp_path, "vulnerable", f"{PYTHON_ID}  httpx  2099-12-31  no\n")
    assert code == 1 and f"VULNERABLE django {DJANGO}" in output, output


def test_no_known_vulnerability_passes(services, tmp_path):
    code, output = audit(services, tmp_path, "clean")
    assert code == 0, output
    assert "VULNERABLE" not in output and "NOT AUDITED" not in output


def test_a_failing_service_is_not_audited_rather_than_clean(services, tmp_path):
    code, output = audit(services, tmp_path, "broken")
    assert code == 1 and "NOT AUDITED" in output, output
    code, output = audit(services, tmp_path, "broken", "", "--unreachable", "warn")
    assert code == 0 and "NOT AUDITED" in output, output
