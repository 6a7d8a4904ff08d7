"""Issue 17 end to end in Chromium, each person in their own browser: a platform admin
creates a network and invites Stockholm and Göteborg; each kommun's admin accepts;
Stockholm's editor shares its priorities from the network page's links; Göteborg's
user reads Stockholm's recorded priority decision; Stockholm unshares and Göteborg is
refused (403) on the same page; the coordinator opens the commitments matrix and sees
both members. axe-core finds no violation on any page on the way."""

import re

from playwright.sync_api import expect

from styra.web.accounts.models import Role
from styra.web.priorities.decisions.criteria import assemble
from styra.web.priorities.decisions.services import record_decision
from tests.web.analysis_data import fresh_analysis  # noqa: F401  (autouse)
from tests.web.factories import make_member, make_user
from tests.web.network_sharing.test_peers_read_shared_pages_read_only import DECISION

from .conftest import check_axe, login

NAME = "Agenda 2030 i Väst och Öst"
SHARE_BOX = f"Delas – Prioriteringar och beslutsmotiv, {NAME}"
DECISIONS = "/omraden/0180/prioritera/beslut/"


def visit(page, path: str, heading: str | re.Pattern) -> None:
    """Open ``path``, see its heading and check it with axe-core."""
    page.goto(path)
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)
    check_axe(page)


def follow(page, name: str | re.Pattern, heading: str | re.Pattern) -> None:
    """Follow the link ``name`` in the main content, see the heading, check with axe-core."""
    page.locator("#main").get_by_role("link", name=name).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)
    check_axe(page)


def create_network(page) -> str:
    """The platform admin creates the network, coordinating it; its page's address."""
    page.get_by_role("navigation", name="Huvudmeny").get_by_role("link", name="Nätverk").click()
    check_axe(page)
    follow(page, "Skapa nätverk", re.compile("nätverk", re.I))
    page.get_by_label("Namn").fill(NAME)
    page.get_by_label("Beskrivning").fill("Två kommuner som lär av varandra.")
    page.get_by_label("Samordnarens e-postadress").fill("pia_plattform@example.se")
    page.get_by_role("button", name=re.compile("Skapa")).click()
    expect(page.get_by_role("status")).to_contain_text("Nätverket är skapat.")
    expect(page.get_by_role("heading", level=1)).to_have_text(NAME)
    check_axe(page)
    return page.url


def invite(page, query: str, option: str) -> None:
    follow(page, "Bjud in en kommun eller region", re.compile("Bjud in"))
    page.get_by_label("Sök på namn").fill(query)
    page.get_by_role("button", name="Sök").click()
    page.get_by_label("Kommun eller region").select_option(label=option)
    check_axe(page)
    page.get_by_role("button", name="Skicka inbjudan").click()
    expect(page.get_by_role("status")).to_contain_text(f"{query} är inbjuden")
    check_axe(page)


def accept(page, admin, kolada_id: str) -> None:
    login(page, admin)
    visit(page, f"/omraden/{kolada_id}/natverk/", re.compile("Nätverk som"))
    page.get_by_role("button", name=f"Gå med {NAME}").click()
    expect(page.get_by_role("status")).to_contain_text("Ni är nu medlemmar")
    check_axe(page)


def set_share(page, network_url: str, shared: bool) -> None:
    """Stockholm's editor goes from the network page to Stockholm's sharing page and
    (un)ticks the priorities for the network."""
    page.goto(network_url)
    check_axe(page)
    follow(page, "Stockholm: dela, förväntningar och uppgifter", re.compile("Nätverk som"))
    follow(page, "Delning: vad visar ni för nätverken?", "Delning med nätverk")
    box = page.get_by_label(SHARE_BOX)
    box.check() if shared else box.uncheck()
    page.get_by_role("button", name="Spara delningen").click()
    expect(page.get_by_role("status")).to_contain_text("Delningen är sparad")
    check_axe(page)


def test_a_network_from_creation_to_sharing_and_the_commitments_matrix(
    new_page, org_a, org_b, editor_a
):
    platform_admin = make_user("pia_plattform", first_name="Pia", last_name="Plattform")
    platform_admin.is_staff = True
    platform_admin.save()
    admin_a = make_member("anna_admin", org_a, Role.ADMIN)
    admin_b = make_member("bea_admin", org_b, Role.ADMIN)
    viewer_b = make_member("gustav_lasare", org_b, Role.VIEWER)
    record_decision(org_a, assemble(org_a), DECISION, editor_a)

    coordinator = new_page()
    login(coordinator, platform_admin)
    network_url = create_network(coordinator)
    invite(coordinator, "Stockholm", "Stockholm (kommun)")
    invite(coordinator, "Göteborg", "Göteborg (kommun)")

    accept(new_page(), admin_a, "0180")
    accept(new_page(), admin_b, "1480")

    editor = new_page()
    login(editor, editor_a)
    set_share(editor, network_url, shared=True)

    peer = new_page()
    login(peer, viewer_b)
    peer.goto(network_url)
    check_axe(peer)
    follow(peer, re.compile("^Delat i nätverket"), re.compile("Delat"))
    peer.locator("#main").get_by_role(
        "link", name="Prioriteringar och beslutsmotiv", exact=True
    ).first.click()
    expect(peer).to_have_url(re.compile(f"{DECISIONS}$"))
    expect(peer.get_by_role("link", name="Registrera ett beslut")).to_have_count(0)
    check_axe(peer)
    follow(peer, "§ 1", re.compile("beslut", re.I))
    expect(peer.get_by_role("main")).to_contain_text("Skolan först.")
    decision_url = peer.url

    set_share(editor, network_url, shared=False)
    assert peer.goto(decision_url).status == 403
    assert peer.goto(DECISIONS).status == 403

    coordinator.goto(network_url)
    follow(coordinator, re.compile("^Åtaganden och förväntningar"), re.compile("Åtaganden"))
    matrix = coordinator.get_by_role("table", name="Åtaganden och förväntningar per medlem")
    expect(matrix).to_contain_text("Stockholm")
    expect(matrix).to_contain_text("Göteborg")
