"""Screenshots of the nulägesanalys for the docs: docs/screenshots/{overview,goal,kpi}.png.

Starts from nothing: a fresh SQLite database in a temporary directory, the
migrations and ``styra load`` of the real Kolada bundle (``$STYRA_BUNDLE``,
else ../shared/data/kolada), an editor of Göteborg (1480), and ``styra serve``
on a free port. Debian's headless Chromium (/usr/bin/chromium, never
downloaded) logs in and saves full-page PNGs 1280 px wide of the overview,
the goal with the biggest challenge and that goal's first KPI. The server is
always stopped and the directory removed. Run it with ``make screenshots``.
"""

import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "screenshots"
BIN = Path(sys.executable).parent
CHROMIUM = Path("/usr/bin/chromium")
AREA = "1480"  # Göteborg
USERNAME, PASSWORD = "skarmdump", "Skärmdump-lösen-2030"
WIDTH, HEIGHT = 1280, 800
TIMEOUT_MS = 60_000


def fail(message: str) -> None:
    sys.exit(f"screenshots: {message}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(args: list[str], env: dict[str, str]) -> None:
    print("$", " ".join(str(arg) for arg in args), flush=True)
    subprocess.run(args, env=env, cwd=REPO, check=True)


def prepare_database(env: dict[str, str]) -> None:
    """Migrate, load the real bundle, and add an editor of AREA."""
    from styra.kolada.bundle import default_bundle_path

    bundle = default_bundle_path()
    if bundle is None or not bundle.is_dir():
        fail("no Kolada bundle: set STYRA_BUNDLE or put it in ../shared/data/kolada")
    run([str(BIN / "python"), "manage.py", "migrate", "--noinput", "--verbosity=0"], env)
    run([str(BIN / "styra"), "load", str(bundle)], env)
    snippet = (
        "from django.contrib.auth import get_user_model\n"
        "from styra.web.accounts.models import Membership, Role\n"
        "from styra.web.organisations.models import Organisation\n"
        f"user = get_user_model().objects.create_user({USERNAME!r}, password={PASSWORD!r},"
        " first_name='Greta', last_name='Göteborg')\n"
        f"Membership.objects.create(user=user, organisation=Organisation.objects.get(pk={AREA!r}),"
        " role=Role.EDITOR)\n"
    )
    run([str(BIN / "python"), "manage.py", "shell", "--no-imports", "-c", snippet], env)


@contextmanager
def server(env: dict[str, str]):
    """``styra serve`` (collectstatic, then gunicorn with one worker); always stopped."""
    port = free_port()
    args = [str(BIN / "styra"), "serve", "--host=127.0.0.1", f"--port={port}", "--workers=1"]
    print("$", " ".join(args), flush=True)
    process = subprocess.Popen(args, env=env, cwd=REPO, stdout=subprocess.DEVNULL)  # access log
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/", timeout=2):  # noqa: S310 (local)
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    fail(f"the server did not start on {url}")
                time.sleep(0.3)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wait_for_charts(page) -> None:
    page.wait_for_function(
        "document.querySelectorAll('figure.chart:not(.chart-ready)').length === 0",
        timeout=TIMEOUT_MS,
    )


def shoot(page, name: str) -> None:
    wait_for_charts(page)
    path = OUT / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    print(f"wrote {path.relative_to(REPO)}", flush=True)


def take_screenshots(url: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"], headless=True
        )
        try:
            context = browser.new_context(
                base_url=url, locale="sv-SE", viewport={"width": WIDTH, "height": HEIGHT}
            )
            context.set_default_timeout(TIMEOUT_MS)
            page = context.new_page()
            page.goto("/konto/logga-in/")
            page.get_by_label("Användarnamn").fill(USERNAME)
            page.get_by_label("Lösenord").fill(PASSWORD)
            page.get_by_role("button", name="Logga in").click()
            page.wait_for_url("**/mina-organisationer/")
            page.goto(f"/omraden/{AREA}/")
            shoot(page, "overview")
            page.locator("table.goals tbody tr").first.get_by_role("link").first.click()
            page.wait_for_url(f"**/omraden/{AREA}/mal/*/")
            shoot(page, "goal")
            page.locator("main table tbody th[scope=row] a").first.click()
            page.wait_for_url(f"**/omraden/{AREA}/nyckeltal/*/")
            shoot(page, "kpi")
        finally:
            browser.close()


def main() -> None:
    if not CHROMIUM.exists():
        fail(f"{CHROMIUM} is missing (apt-get install chromium)")
    OUT.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    workdir = Path(tempfile.mkdtemp(prefix="styra-screenshots-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "styra.web.settings",
        "DATABASE_URL": f"sqlite:///{workdir / 'styra.sqlite3'}",
        "STYRA_DATA_DIR": str(workdir),
        "STYRA_STATIC_ROOT": str(workdir / "static"),
        "STYRA_DEBUG": "false",
        "STYRA_SECRET_KEY": secrets.token_urlsafe(50),  # serve refuses the development key
        "PYTHONUNBUFFERED": "1",
    }
    try:
        prepare_database(env)
        with server(env) as url:
            take_screenshots(url)
    except subprocess.CalledProcessError as error:
        fail(f"{error.cmd[1]} failed (exit {error.returncode})")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"done in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
