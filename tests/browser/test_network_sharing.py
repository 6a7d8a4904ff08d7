"""Sharing on purpose in Chromium: Stockholm's editor shares its priorities with the
network by ticking a box; Göteborg's editor reads them, read-only; unsharing hides them
again at once. The coordinator sees what is shared and the maturity page. axe-core finds
no violation on the pages on the way."""

from playwright.sync_api import expect

from styra.web.organisations.models import Network
from tests.web.factories import make_user

from .conftest import check_axe, login


def test_a_member_shares_its_priorities_and_a_peer_reads_them(
    page, new_page, org_a, org_b, editor_a, editor_b
):
    network = Network.objects.create(name="Styra med Agenda 2030")
    network.members.add(org_a, org_b)
    coordinator = make_user("sam_samordnare", first_name="Sam", last_name="Samordnare")
    network.coordinators.add(coordinator)

    login(page, editor_a)
    page.goto("/omraden/0180/delning/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Delning med nätverk")
    check_axe(page)
    page.get_by_label("Delas – Prioriteringar och beslutsmotiv, Styra med Agenda 2030").check()
    page.get_by_role("button", name="Spara delningen").click()
    expect(page.get_by_role("status")).to_contain_text("Delningen är sparad: 1 nya")

    peer = new_page()
    login(peer, editor_b)
    peer.goto(f"/natverk/{network.pk}/delat/")
    check_axe(peer)
    peer.get_by_role("link", name="Prioriteringar och beslutsmotiv", exact=True).click()
    expect(peer.get_by_role("heading", level=1)).to_be_visible()
    assert peer.url.endswith("/omraden/0180/prioritera/beslut/")
    expect(peer.get_by_role("link", name="Registrera ett beslut")).to_have_count(0)
    check_axe(peer)

    page.get_by_label("Delas – Prioriteringar och beslutsmotiv, Styra med Agenda 2030").uncheck()
    page.get_by_role("button", name="Spara delningen").click()
    expect(page.get_by_role("status")).to_contain_text("1 borttagna")
    response = peer.goto("/omraden/0180/prioritera/beslut/")
    assert response.status == 403

    other = new_page()
    login(other, coordinator)
    other.goto(f"/natverk/{network.pk}/mognad/")
    expect(other.get_by_role("main")).to_contain_text(
        "För få medlemmar delar för att visa ett sammanvägt resultat."
    )
    check_axe(other)
