"""The public site end to end in Chromium: an editor of Växjö prepares a publication,
the admin approves it, a logged-out visitor sees it; a section taken off answers 404;
a widget renders framed by a page of another origin while any other page is refused
there; axe-core finds no violation on any public page or widget, in Swedish and in
English; the public goal page is walked with the keyboard alone.

Växjö (0780) gets the real Kolada sample plus its own values, a small handlingsplan (a
strategy for goal 11 owned by a unit, an action with progress and a KPI), a priority
decision and a closed follow-up cycle, so that every section has something to show.
"""

import dataclasses
import functools
import http.server
import re
import threading
from datetime import UTC, date, datetime

import polars as pl
import pytest
from django.conf import settings
from playwright.sync_api import expect

from styra.web.accounts.models import Role
from styra.web.actionplan.models import Action, ActionIndicator, ProgressEntry
from styra.web.common.goals import goal_title
from styra.web.followup.models import Cycle, Report
from styra.web.organisations.models import Organisation
from styra.web.public import publishing
from styra.web.public.models import Licence
from styra.web.public.sections import DECISION, GOALS, KPIS, LABELS, OVERVIEW, PLAN, SECTIONS
from styra.web.samverkan.models import Actor
from tests.shared_data import REAL_BUNDLE
from tests.web.analysis_data import sample_bundle
from tests.web.factories import make_member, priority_decision

from .conftest import check_axe, expect_skip_link, login

pytestmark = pytest.mark.bundle  # Växjö's real Kolada values

VAXJO = "0780"
GOAL = 11
OTHER_ORIGIN_PORT = 8116  # the "kommun's own site" that frames a widget
PLAN_TITLE = "Fler cykelbanor i Växjö"
SOURCE = "Källa: Kolada (RKA)"
SOURCES = re.compile(r"(Källa|Source): Kolada \(RKA\)")


@functools.cache
def sample_with_vaxjo():
    """The sample of tests/web/analysis_data.py plus Växjö's values."""
    sample = sample_bundle()
    every = sample_bundle(all_areas=True)
    vaxjo = every.values.filter(pl.col("area_id") == VAXJO)
    return dataclasses.replace(sample, values=pl.concat([sample.values, vaxjo]))


@pytest.fixture
def vaxjo(transactional_db, org_a, org_b, monkeypatch) -> Organisation:
    """Växjö with real Kolada values and its records (as ``kolada_live`` does for the sample)."""
    if not REAL_BUNDLE.is_dir():
        pytest.skip(f"the real Kolada bundle is not at {REAL_BUNDLE}")
    from django.core.cache import cache

    from styra.web.indicators.bundle_loader import load_bundle
    from styra.web.nulage import data

    load_bundle(sample_with_vaxjo())
    cache.clear()
    monkeypatch.setattr(data, "_current", None)
    organisation = Organisation.objects.get(pk=VAXJO)
    add_records(organisation)
    return organisation


def add_records(organisation: Organisation) -> None:
    """A plan for goal 11 with progress and a KPI, a priority decision, a closed cycle."""
    unit = Actor.objects.create(
        organisation=organisation, name="Tekniska förvaltningen", category="forvaltning"
    )
    strategy = Action.objects.create(
        organisation=organisation,
        level="strategy",
        code="S1",
        title="Hållbart resande",
        targets=["11.2"],
        owner=unit,
        status="ongoing",
    )
    action = Action.objects.create(
        organisation=organisation,
        level="action",
        parent=strategy,
        code="S1.1",
        title=PLAN_TITLE,
        targets=["11.2"],
        owner=unit,
        status="ongoing",
        start=date(2025, 1, 1),
        end=date(2026, 12, 31),
    )
    ActionIndicator.objects.create(action=action, kpi_id="N00401", target_value=1.0)
    progress = ProgressEntry.objects.create(action=action, date=date(2025, 3, 1), percent=40)
    priority_decision(organisation, goals=[GOAL], body="Kommunfullmäktige")
    cycle = Cycle.objects.create(
        organisation=organisation,
        name="Tertial 1 2025",
        kind="tertial",
        period_start=date(2025, 1, 1),
        period_end=date(2025, 4, 30),
        opens_on=date(2025, 4, 30),
        deadline=date(2025, 5, 14),
        opened_at=datetime(2025, 4, 30, tzinfo=UTC),
        closed_at=datetime(2025, 5, 20, tzinfo=UTC),
    )
    Report.objects.create(
        cycle=cycle,
        action=action,
        status="started",
        comment="Två sträckor klara.",
        progress=progress,
    )


@pytest.fixture
def editor_v(vaxjo):
    return make_member("vilma_redaktor", vaxjo, Role.EDITOR, first_name="Vilma", last_name="Vik")


@pytest.fixture
def admin_v(vaxjo):
    return make_member("valter_admin", vaxjo, Role.ADMIN, first_name="Valter", last_name="Ask")


@pytest.fixture
def published_vaxjo(vaxjo, admin_v):
    """Every section of Växjö published (the services the publishing pages call)."""
    prepared = publishing.prepare(vaxjo, admin_v, SECTIONS, Licence.CC_BY)
    return publishing.approve(prepared, admin_v)


def a_kpi_page(publication) -> str:
    """A KPI of goal 11 with a public KPI page."""
    text = publication.content["text"]["sv"]
    with_page = set(text[KPIS])
    for kpi in text[GOALS][str(GOAL)]["kpis"]:
        if kpi["kpi_id"] in with_page:
            return kpi["kpi_id"]
    raise AssertionError(f"no KPI of goal {GOAL} has a public page")


def test_editor_prepares_admin_approves_a_logged_out_visitor_sees_it(
    new_page, vaxjo, editor_v, admin_v
):
    editor = new_page()
    login(editor, editor_v)
    editor.goto(f"/omraden/{VAXJO}/publicering/forbered/")
    form = editor.locator("#main form")
    for code in SECTIONS:
        box = form.get_by_label(str(LABELS[code]))
        box.set_checked(code in (OVERVIEW, GOALS, KPIS, PLAN))
    form.get_by_role("button", name="Skicka för godkännande").click()
    editor.wait_for_url(f"**/omraden/{VAXJO}/publicering/")
    waiting = editor.locator('section[aria-labelledby="waiting-heading"]')
    for code in (OVERVIEW, GOALS, KPIS, PLAN):
        expect(waiting.get_by_text(str(LABELS[code]), exact=True)).to_be_visible()
    expect(waiting.get_by_text(str(LABELS[DECISION]), exact=True)).to_have_count(0)
    expect(editor.get_by_role("button", name="Godkänn och publicera")).to_have_count(0)
    assert new_page().goto(f"/offentligt/{VAXJO}/").status == 404  # not approved yet

    admin = new_page()
    login(admin, admin_v)
    admin.goto(f"/omraden/{VAXJO}/publicering/")
    admin.get_by_role("button", name="Godkänn och publicera").click()
    admin.wait_for_url(f"**/omraden/{VAXJO}/publicering/")
    current = admin.locator('section[aria-labelledby="current-heading"]')
    expect(current.get_by_role("link", name=str(LABELS[PLAN]))).to_be_visible()

    visitor = new_page()
    visitor.goto(f"/offentligt/{VAXJO}/")
    expect(visitor.get_by_role("heading", level=1)).to_contain_text("Växjö")
    main = visitor.locator("#main")
    for goal in (1, GOAL, 17):
        expect(main.get_by_text(goal_title(goal), exact=False).first).to_be_visible()
    expect(visitor.get_by_text(SOURCE)).to_be_visible()
    assert visitor.goto(f"/offentligt/{VAXJO}/handlingsplan/").status == 200
    expect(visitor.locator("#main")).to_contain_text(PLAN_TITLE)
    expect(visitor.get_by_text("Tekniska förvaltningen").first).to_be_visible()
    # Not chosen: the decision and the follow-up stay private.
    assert visitor.goto(f"/offentligt/{VAXJO}/prioriteringar/").status == 404
    assert visitor.goto(f"/offentligt/{VAXJO}/uppfoljning/").status == 404


def test_the_plan_taken_off_answers_404_to_a_logged_out_visitor(new_page, published_vaxjo, admin_v):
    visitor = new_page()
    assert visitor.goto(f"/offentligt/{VAXJO}/handlingsplan/").status == 200
    admin = new_page()
    login(admin, admin_v)
    admin.goto(f"/omraden/{VAXJO}/publicering/")
    admin.get_by_role("button", name=f"Sluta visa ”{LABELS[PLAN]}”").click()
    admin.wait_for_url(f"**/omraden/{VAXJO}/publicering/")
    # Gone at once, also for a browser that has the page (Cache-Control: no-cache).
    assert visitor.goto(f"/offentligt/{VAXJO}/handlingsplan/").status == 404
    assert visitor.goto(f"/offentligt/{VAXJO}/handlingsplan/").status == 404
    assert visitor.goto(f"/offentligt/{VAXJO}/").status == 200  # the rest stays public


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def other_origin(tmp_path):
    """``serve(html)`` → the URL of a page on another origin (a tiny http.server)."""
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", OTHER_ORIGIN_PORT), functools.partial(QuietHandler, directory=tmp_path)
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def serve(html: str) -> str:
        (tmp_path / "kommunen.html").write_text(html, encoding="utf-8")
        return f"http://127.0.0.1:{OTHER_ORIGIN_PORT}/kommunen.html"

    yield serve
    server.shutdown()
    server.server_close()


def test_a_widget_renders_framed_by_another_origin_and_other_pages_do_not(
    browser, live_server, published_vaxjo, other_origin
):
    widget = f"{live_server.url}/offentligt/{VAXJO}/widget/mal/{GOAL}/"
    overview = f"{live_server.url}/offentligt/{VAXJO}/"
    url = other_origin(
        '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Kommunen</title>'
        f'</head><body><h1>Kommunens egen sida</h1><iframe id="widget" title="Mål {GOAL}" '
        f'src="{widget}" width="400" height="300"></iframe><iframe id="page" '
        f'title="Översikten" src="{overview}" width="400" height="300"></iframe></body></html>'
    )
    # A context of its own: the refused frame is logged as a CSP violation, which the
    # ``page`` fixture would count as the app's.
    context = browser.new_context(locale="sv-SE")
    try:
        page = context.new_page()
        messages = []
        page.on("console", lambda message: messages.append(message.text))
        page.goto(url)
        framed = page.frame_locator("#widget")
        expect(framed.get_by_text(goal_title(GOAL)).first).to_be_visible()
        expect(framed.get_by_role("link", name=re.compile("Läs mer"))).to_be_visible()
        # The overview is refused: Chromium puts its own error page in the frame.
        assert page.locator("#widget").element_handle().content_frame().url == widget
        refused = page.locator("#page").element_handle().content_frame()
        expect(page.frame_locator("#page").locator("body")).not_to_contain_text("Växjö")
        assert refused.url == "chrome-error://chromewebdata/", refused.url
        assert any("frame-ancestors 'none'" in message for message in messages), messages
    finally:
        context.close()


def test_a_widget_renders_in_a_local_html_file(browser, live_server, published_vaxjo, tmp_path):
    """The kommun tries the copied snippet in a file on its own computer first."""
    widget = f"{live_server.url}/offentligt/{VAXJO}/widget/mal/{GOAL}/"
    local = tmp_path / "prova.html"
    local.write_text(
        '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Prova</title>'
        f'</head><body><iframe id="widget" title="Mål {GOAL}" src="{widget}" width="400" '
        'height="300"></iframe></body></html>',
        encoding="utf-8",
    )
    context = browser.new_context(locale="sv-SE")
    try:
        page = context.new_page()
        page.goto(local.as_uri())
        framed = page.frame_locator("#widget")
        expect(framed.get_by_text(goal_title(GOAL)).first).to_be_visible()
        expect(framed.get_by_role("link", name=re.compile("Läs mer"))).to_be_visible()
    finally:
        context.close()


def public_pages(publication) -> dict[str, str]:
    kpi = a_kpi_page(publication)
    base = f"/offentligt/{VAXJO}/"
    return {
        "index": "/offentligt/",
        "overview": base,
        "goal": f"{base}mal/{GOAL}/",
        "kpi": f"{base}nyckeltal/{kpi}/",
        "decision": f"{base}prioriteringar/",
        "plan": f"{base}handlingsplan/",
        "followup": f"{base}uppfoljning/",
        "coverage": f"{base}tackning/",
        "data": f"{base}data/",
        "widget goal": f"{base}widget/mal/{GOAL}/",
        "widget kpi": f"{base}widget/nyckeltal/{kpi}/",
        "widget plan": f"{base}widget/handlingsplan/",
    }


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_public_page_and_widget_passes_axe(page, live_server, published_vaxjo, language):
    page.context.add_cookies(
        [{"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": live_server.url}]
    )
    for name, path in public_pages(published_vaxjo).items():
        asked = f"{path}?lang={language}" if name.startswith("widget") else path
        response = page.goto(asked)
        assert response.status == 200, f"{name} {asked}: {response.status}"
        expect(page.locator("html")).to_have_attribute("lang", language)
        if name not in ("index", "data"):
            expect(page.get_by_text(SOURCES).first).to_be_visible()
        check_axe(page)


FOCUSED = (
    "() => document.activeElement === document.body ? 'out' : document.activeElement.dataset.walk"
)


def focus_ring(page) -> str:
    """How the focused element shows its focus ('' when it shows none)."""
    return page.evaluate(
        """() => {
            const element = document.activeElement;
            if (!element || element === document.body || !element.matches(':focus-visible'))
                return '';
            const style = getComputedStyle(element);
            if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
                return 'outline ' + style.outlineWidth + ' ' + style.outlineStyle;
            return style.boxShadow !== 'none' ? 'box-shadow' : '';
        }"""
    )


def test_the_public_goal_page_by_keyboard_alone(page, published_vaxjo):
    path = f"/offentligt/{VAXJO}/mal/{GOAL}/"
    page.goto(path)
    expect_skip_link(page)
    page.goto(path)
    page.evaluate("() => document.querySelectorAll('*').forEach((e, i) => e.dataset.walk = i)")
    nav = page.get_by_role("navigation", name="Sidorna som Växjö har publicerat")
    wanted = {
        "skip link": [page.get_by_role("link", name="Hoppa till innehållet")],
        "navigation": nav.get_by_role("link").all(),
        "KPI table": page.locator("#main table").get_by_role("link").all(),
    }
    assert wanted["navigation"] and wanted["KPI table"], "no navigation, or no link to a KPI"
    walks = {
        name: [link.evaluate("a => a.dataset.walk") for link in links]
        for name, links in wanted.items()
    }
    reached, unringed = [], []
    for _ in range(300):  # Tab until the focus leaves the page or comes round again
        page.keyboard.press("Tab")
        walk = page.evaluate(FOCUSED)
        if walk == "out" or walk in reached:
            break
        reached.append(walk)
        if not focus_ring(page):
            unringed.append(page.evaluate("() => document.activeElement.outerHTML.slice(0, 120)"))
    assert reached[0] == walks["skip link"][0], "the first Tab does not reach the skip link"
    for name, expected in walks.items():
        missing = [walk for walk in expected if walk not in reached]
        assert not missing, f"Tab never reached {len(missing)} link(s) of the {name}"
    assert reached.index(walks["navigation"][0]) < reached.index(walks["KPI table"][0])
    assert not unringed, "focus not visible on:\n" + "\n".join(unringed)
