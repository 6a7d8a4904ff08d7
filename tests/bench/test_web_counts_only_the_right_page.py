"""bench/web.py counts an answer only when it is a 200 holding the expected text."""

import asyncio
import importlib.util
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

spec = importlib.util.spec_from_file_location(
    "bench_web", Path(__file__).resolve().parents[2] / "bench" / "web.py"
)
web = importlib.util.module_from_spec(spec)
spec.loader.exec_module(web)

PAGES = {"/omraden/1480/": (200, "<h1>Göteborg</h1>"), "/fel/": (200, "<h1>Logga in</h1>")}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        status, text = PAGES.get(self.path, (404, "Not found"))
        body = text.encode()
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def port():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    yield server.server_address[1]
    server.shutdown()


def fetch(port: int, path: str) -> str | None:
    """The harness's verdict on one answer (in a thread of its own: another test's
    Playwright may have left an event loop running in this one)."""
    request = web.raw_request(path, port, {"sessionid": "abc"})
    result = []
    worker = threading.Thread(
        target=lambda: result.append(asyncio.run(web.fetch(port, request, ["Göteborg"]))[1])
    )
    worker.start()
    worker.join(timeout=30)
    assert result, "the fetch did not finish"
    return result[0]


def test_the_right_page_counts(port):
    assert fetch(port, "/omraden/1480/") is None


def test_a_missing_page_does_not_count(port):
    assert fetch(port, "/omraden/9999/") == "HTTP/1.1 404 Not Found"


def test_another_page_does_not_count(port):
    assert fetch(port, "/fel/") == "no 'Göteborg' in the page"
