"""The network shell in Chromium: a coordinator invites Göteborg; Göteborg's admin
accepts in another browser; the coordinator sees the new member and what is new.
axe-core finds no violation on the pages on the way, nor on the public network page."""

from django.core import mail
from playwright.sync_api import expect

from styra.web.accounts.models import Role
from styra.web.organisations.models import Network
from tests.web.factories import make_member, make_user

from .conftest import check_axe, login


def test_a_coordinator_invites_and_an_admin_joins(page, new_page, org_a, org_b):
    coordinator = make_user("sam_samordnare", first_name="Sam", last_name="Samordnare")
    admin_b = make_member("bea_admin", org_b, Role.ADMIN)
    network = Network.objects.create(name="Styra med Agenda 2030", description="Vi lär.")
    network.members.add(org_a)
    network.coordinators.add(coordinator)

    login(page, coordinator)
    page.get_by_role("navigation", name="Huvudmeny").get_by_role("link", name="Nätverk").click()
    check_axe(page)
    page.get_by_role("link", name="Styra med Agenda 2030").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Styra med Agenda 2030")
    check_axe(page)
    page.get_by_role("link", name="Bjud in en kommun eller region").click()
    page.get_by_label("Sök på namn").fill("Göte")
    page.get_by_role("button", name="Sök").click()
    page.get_by_label("Kommun eller region").select_option(label="Göteborg (kommun)")
    check_axe(page)
    page.get_by_role("button", name="Skicka inbjudan").click()
    expect(page.get_by_role("status")).to_contain_text("Göteborg är inbjuden")
    expect(page.get_by_role("main")).to_contain_text("Inbjudningar som väntar på svar")
    assert mail.outbox[-1].to == [admin_b.email]

    other = new_page()
    login(other, admin_b)
    other.goto("/omraden/1480/natverk/")
    check_axe(other)
    other.get_by_role("button", name="Gå med Styra med Agenda 2030").click()
    expect(other.get_by_role("status")).to_contain_text("Ni är nu medlemmar")
    check_axe(other)

    page.reload()
    members = page.get_by_role("table")
    expect(members).to_contain_text("Göteborg")
    expect(page.get_by_role("main")).to_contain_text("Göteborg gick med i nätverket.")

    page.get_by_role("link", name="Nätverkets offentliga sida, med kontaktformulär").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Styra med Agenda 2030")
    check_axe(page)
