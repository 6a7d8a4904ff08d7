"""A user finds a kommun's twins, weights population up, and compares with the twins in the
nulägesanalys; both pages pass axe-core (the ``page`` fixture fails on a CSP violation)."""

import re

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from tests.shared_data import REAL_BUNDLE
from tests.web.twins.data import twins_bundle

from .conftest import check_axe, login


@pytest.fixture
def twins_live(transactional_db, org_a, org_b, monkeypatch):
    """The real sample with the structure KPIs in the live server's database."""
    if not REAL_BUNDLE.is_dir():
        pytest.skip(f"the real Kolada bundle is not at {REAL_BUNDLE}")
    from styra.web.indicators.bundle_loader import load_bundle
    from styra.web.nulage import data

    load_bundle(twins_bundle(all_areas=True))  # years need values for half the kommuner
    cache.clear()
    monkeypatch.setattr(data, "_current", None)


def test_twins_weighted_and_compared(page, live_server, viewer_a, twins_live):
    login(page, viewer_a)
    page.goto(f"{live_server.url}/omraden/0180/tvillingar/")
    main = page.locator("#main")
    expect(page.get_by_role("heading", level=1)).to_contain_text("mest lika Stockholm")
    twins = main.locator("table").nth(1).locator("tbody tr")
    expect(twins).to_have_count(20)
    check_axe(page)

    main.get_by_label("Vikt för Invånare totalt, antal").fill("3")
    main.get_by_role("button", name="Beräkna tvillingarna").click()
    expect(page).to_have_url(re.compile(r"tvillingar=N01951%3A3%2C"))
    expect(main.get_by_label("Vikt för Invånare totalt, antal")).to_have_value("3")

    main.get_by_label("Lägg till ett nyckeltal").fill("Q99999")
    main.get_by_role("button", name="Beräkna tvillingarna").click()
    expect(main.locator("#error-summary")).to_contain_text("Inget nyckeltal heter")
    check_axe(page)

    main.get_by_role("link", name="Jämför med tvillingarna").click()
    expect(page).to_have_url(re.compile(r"/omraden/0180/\?jamfor=tvillingar&tvillingar="))
    expect(main.locator("form.comparison .meta")).to_contain_text("tvillingarna (de 20")
    check_axe(page)
