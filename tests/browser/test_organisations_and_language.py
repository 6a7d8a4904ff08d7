"""Switching organisation, the list of all organisations, and English a switch away."""

import re

from playwright.sync_api import expect

from styra.web.accounts.models import Membership, Role

from .conftest import check_axe, login


def test_switch_organisation(page, editor_a, org_b):
    Membership.objects.create(user=editor_a, organisation=org_b, role=Role.VIEWER)
    login(page, editor_a)
    nav = page.get_by_role("navigation", name="Huvudmeny")
    expect(nav.get_by_role("link", name="Stockholm")).to_be_visible()
    page.get_by_label("Organisation", exact=True).select_option("1480")
    page.get_by_role("button", name="Byt").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Göteborg")
    expect(nav.get_by_role("link", name="Göteborg")).to_have_attribute("aria-current", "page")
    check_axe(page)
    page.get_by_role("link", name="Mina organisationer").click()
    expect(page.get_by_label("Organisation", exact=True)).to_have_value("1480")


def test_all_organisations_search(page, viewer_a, org_b):
    login(page, viewer_a)
    page.get_by_role("link", name="Alla organisationer").click()
    page.get_by_label("Sök på namn eller Kolada-id").fill("Göte")
    page.get_by_role("button", name="Sök").click()
    expect(page.get_by_role("main").get_by_role("link", name="Göteborg")).to_be_visible()
    check_axe(page)
    # Göteborg's own page is for its members: a viewer of Stockholm is led to its analysis.
    page.get_by_role("main").get_by_role("link", name="Göteborg").click()
    expect(page).to_have_url(re.compile(r"/omraden/1480/$"))
    expect(page.get_by_role("link", name="Lägg till kontaktperson")).to_have_count(0)


def test_switch_to_english_and_back(page, editor_a):
    login(page, editor_a)
    page.get_by_role("button", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("My organisations")
    check_axe(page)
    page.goto("/omraden/0180/organisation/")
    expect(page.locator("#commitments .summary")).to_have_text("0 of 4 commitments in place")
    check_axe(page)
    page.get_by_role("button", name="Svenska").click()
    expect(page.locator("html")).to_have_attribute("lang", "sv")
    expect(page.locator("#commitments .summary")).to_have_text("0 av 4 åtaganden på plats")
