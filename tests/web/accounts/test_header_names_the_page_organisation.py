"""The header names the organisation of the page shown (from the URL's Kolada id) —
not the one the user last switched to — and falls back to the user's own only on
pages that belong to no organisation."""

import re

import pytest
from django.urls import reverse

from styra.web.accounts.models import Membership, Role

# Pages of four apps that render without Kolada values.
STOCKHOLM_PAGES = [
    "/omraden/0180/organisation/",
    "/omraden/0180/handlingsplan/",
    "/omraden/0180/fokus/",
    "/omraden/0180/radighet/",
    "/omraden/0180/samverkan/",
    "/omraden/0180/nulagesanalys/",
]


def main_nav(html: str) -> str:
    return html.split('<nav class="main-nav"')[1].split("</nav>")[0]


def chosen_in_switcher(html: str) -> str:
    return re.search(r'<option value="(\d{4})" selected>', html).group(1)


@pytest.fixture
def in_two(client_for, editor_a, org_b):
    """Editor of Stockholm and viewer of Göteborg, who last switched to Göteborg."""
    Membership.objects.create(user=editor_a, organisation=org_b, role=Role.VIEWER)
    client = client_for(editor_a)
    client.post(reverse("accounts-switch"), {"organisation": "1480"})
    return client


@pytest.mark.parametrize("path", STOCKHOLM_PAGES)
def test_an_organisation_page_names_its_own_organisation(in_two, path):
    response = in_two.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    nav = main_nav(html)
    assert ">Stockholm</a>" in nav and "Göteborg" not in nav
    assert 'aria-label="Arbetsstegen för Stockholm"' in html
    assert "/omraden/1480/organisation/" not in html.split("</header>")[0].replace(
        'value="1480"', ""
    )  # no link to Göteborg's pages in the header
    assert chosen_in_switcher(html) == "0180"


@pytest.mark.parametrize("path", ["/mina-organisationer/", "/omraden/", "/sok/"])
def test_a_page_of_no_organisation_names_the_users_own(in_two, path):
    html = in_two.get(path).content.decode()
    assert ">Göteborg</a>" in main_nav(html)
    assert 'aria-label="Arbetsstegen för Göteborg"' in html
    assert chosen_in_switcher(html) == "1480"


def test_another_organisations_open_analysis_names_it_without_its_steps(
    client_for, editor_a, org_b
):
    assert client_for(editor_a).get("/omraden/1480/organisation/").status_code == 403  # private
    html = client_for(editor_a).get("/omraden/1480/").content.decode()
    assert 'href="/omraden/1480/organisation/"' not in main_nav(html)  # its own page is members'
    assert "Arbetsstegen" not in html and "/omraden/1480/fokus/" not in html
