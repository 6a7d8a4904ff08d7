"""Browser tests: Debian's headless Chromium driven by Playwright against a live server.

Fixtures: ``browser`` (one Chromium per session), ``page`` (a fresh context
per test, failing the test on any Content-Security-Policy violation),
``new_page`` (another context, e.g. a second user), ``login(page, user)``,
``open_step(page, user, link, path, heading)`` (log in and follow Stockholm → a step),
``expect_charts_drawn(page)``, ``expect_skip_link(page)`` and ``check_axe(page)``
(axe-core, WCAG 2.1 A/AA: zero violations). The
organisations and users are those of tests/web/conftest.py; ``kolada_live``
loads the real Kolada sample of tests/web/analysis_data.py for the live server.

Chromium is never downloaded (no ``playwright install``): the tests use
Debian's /usr/bin/chromium (``STYRA_CHROMIUM`` overrides the path). Without it,
or without axe-core in node_modules, a test skips saying what to install, and
under `make test` that skip fails (tests/every_test_runs.py).
"""

import os
import re
from pathlib import Path

import pytest
from django.urls import get_resolver
from playwright.sync_api import expect

from tests.shared_data import REAL_BUNDLE
from tests.web.analysis_data import sample_bundle
from tests.web.conftest import (  # noqa: F401  (fixtures shared with the web tests)
    PASSWORD,
    _web_test_settings,
    admin_a,
    client_for,
    contributor_a,
    editor_a,
    editor_b,
    org_a,
    org_b,
    viewer_a,
)

# Playwright's sync API runs an event loop in this thread; the live server's
# fixtures still use Django's ORM synchronously from it.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path(os.environ.get("STYRA_CHROMIUM") or "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
REPO = Path(__file__).resolve().parents[2]
AXE = REPO / "node_modules/axe-core/axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if Path(item.fspath).is_relative_to(here):
            item.add_marker(pytest.mark.browser)
            if "kolada_live" in getattr(item, "fixturenames", ()):
                item.add_marker(pytest.mark.bundle)
            # WhiteNoise warns that STATIC_ROOT (collectstatic's target) is absent.
            item.add_marker(pytest.mark.filterwarnings("ignore:No directory at"))


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent: `make system` installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser, live_server, transactional_db):
    """``new_page()`` → a page in a fresh browser context (own cookies) on the live server."""
    contexts, violations = [], []
    # Import every view before the first page is asked: on a busy machine importing
    # the URLconf (pysaml2, boto3, …) inside the first request outlasts Playwright's timeout.
    assert get_resolver().url_patterns

    def make():
        context = browser.new_context(base_url=live_server.url, locale="sv-SE")
        # 30 s: a shared 2-core machine under load took more than 10 s to answer the
        # publishing approval (a POST that renders the published pages) in one CI run.
        context.set_default_timeout(30_000)
        contexts.append(context)
        page = context.new_page()
        page.on(
            "console",
            lambda message: (
                violations.append(message.text)
                if "Content Security Policy" in message.text
                else None
            ),
        )
        page.on("pageerror", lambda error: violations.append(f"JavaScript error: {error}"))
        return page

    yield make
    for context in contexts:
        context.close()
    assert not violations, "the browser reported:\n" + "\n".join(violations)


@pytest.fixture
def page(new_page):
    return new_page()


@pytest.fixture
def kolada_live(transactional_db, org_a, org_b, monkeypatch):  # noqa: F811 (fixtures)
    """The real Kolada sample in the live server's database, with no analysis cached.

    The data version restarts with every test's database, so the cached
    analyses and the in-memory snapshot of an earlier test are dropped.
    """
    if not REAL_BUNDLE.is_dir():
        pytest.skip(f"the real Kolada bundle is not at {REAL_BUNDLE}")
    from django.core.cache import cache

    from styra.web.indicators.bundle_loader import load_bundle
    from styra.web.nulage import data

    load_bundle(sample_bundle())
    cache.clear()
    monkeypatch.setattr(data, "_current", None)
    return sample_bundle()


def login(page, user, password: str = PASSWORD) -> None:
    """Log ``user`` in through the login form; ends on "Mina organisationer"."""
    page.goto("/konto/logga-in/")
    page.get_by_label("Användarnamn").fill(user.get_username())
    page.get_by_label("Lösenord").fill(password)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url("**/mina-organisationer/")


def open_step(page, user, link: str | re.Pattern, path: str, heading: str) -> None:
    """Log ``user`` in and follow the links: Stockholm → ``link``, which lands on
    /omraden/0180/``path`` under the heading ``heading``."""
    login(page, user)
    main = page.locator("#main")
    main.get_by_role("link", name="Stockholm").click()
    main.get_by_role("link", name=link).click()
    expect(page).to_have_url(re.compile(rf"/omraden/0180/{path}$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)


def expect_charts_drawn(page, at_least: int = 0) -> None:
    """Every chart on the page is drawn by charts.js as an SVG; at least ``at_least`` of them."""
    expect(page.locator("figure.chart:not(.chart-ready)")).to_have_count(0, timeout=15_000)
    figures = page.locator("figure.chart")
    assert figures.count() >= at_least
    for figure in figures.all():
        expect(figure.locator(".chart-canvas svg")).to_have_count(1)


def expect_skip_link(page) -> None:
    """The first Tab on the page reaches the visible skip link; Enter moves to #main."""
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Hoppa till innehållet")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#main$"))


def check_axe(page) -> None:
    """Run axe-core's WCAG 2.1 A/AA rules on the page; fail listing every violation."""
    if not AXE.is_file():
        pytest.skip(f"{AXE} is absent: `make setup` runs `npm ci`")
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE.read_text())
    results = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
    )
    problems = [
        f"{violation['id']} ({violation['impact']}): {violation['help']}\n    "
        + "\n    ".join(", ".join(node["target"]) for node in violation["nodes"])
        for violation in results["violations"]
    ]
    assert not problems, f"axe-core on {page.url}:\n" + "\n".join(problems)
