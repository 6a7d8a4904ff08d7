"""A member marks an expectation Styra cannot see; the coordinator finds it in the
commitments matrix, and what is missing in words; the report page; axe-core on each."""

import re

import pytest
from playwright.sync_api import expect

from styra.web.organisations.models import ContactPerson, Network, Organisation
from tests.web.factories import make_user

from .conftest import check_axe, login


@pytest.fixture
def network(org_a):
    region = Organisation.objects.create(kolada_id="0007", name="Region Kronoberg", type="L")
    network = Network.objects.create(name="Utvecklingsnätverket")
    network.members.add(org_a, region)
    ContactPerson.objects.create(organisation=org_a, name="Karin Kontakt", email="k@a.se")
    return network


def test_a_member_marks_and_the_coordinator_sees_it(new_page, editor_a, network):
    coordinator = make_user("sara_samordnare", first_name="Sara", last_name="Samordnare")
    network.coordinators.add(coordinator)

    page = new_page()
    login(page, editor_a)
    page.goto("/omraden/0180/natverk/forvantningar/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Förväntningar i nätverket")
    check_axe(page)
    page.get_by_role("link", name=re.compile("Markera som gjort.*förändringsarbete")).click()
    check_axe(page)
    page.get_by_label("Datum").fill("2025-03-12")
    page.get_by_label("Underlag").fill("Uppdrag till alla förvaltningar i budgeten")
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("status")).to_contain_text("Markeringen har sparats")
    expect(page.locator("#expectation-change")).to_contain_text("Markerat av er")

    page = new_page()
    login(page, coordinator)
    page.goto(f"/natverk/{network.pk}/atagande/")
    page.screenshot(path="/tmp/h5_matrix.png", full_page=True)
    matrix = page.get_by_role("table", name="Åtaganden och förväntningar per medlem")
    expect(matrix).to_contain_text("Uppdrag till alla förvaltningar i budgeten")
    expect(matrix).to_contain_text("2025-03-12")
    expect(page.locator("main")).to_contain_text("Region Kronoberg: Ledningsbeslut")
    check_axe(page)

    page.get_by_role("link", name="Nätverkets rapport (sida, PDF och Word)").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Nätverkets rapport: Utvecklingsnätverket"
    )
    expect(page.get_by_role("link", name="Ladda ner som PDF")).to_be_visible()
    check_axe(page)
    page.screenshot(path="/tmp/h5_report.png", full_page=True)
