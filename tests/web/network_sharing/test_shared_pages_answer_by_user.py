"""The first page of each shared section, asked by every kind of user, shared and unshared;
a peer's POST to a changing URL is refused; the public site is unaffected by sharing."""

import pytest
from django.urls import reverse

from styra.web.network.models import Section, SectionShare
from styra.web.network.shares import FIRST_PAGE
from styra.web.public.models import Publication
from tests.web.factories import make_user
from tests.web.network_sharing.conftest import share


def page_of(section, org) -> str:
    return reverse(FIRST_PAGE[section], args=[org.pk])


@pytest.fixture
def clients(client_for, editor_b, coordinator, editor_c, network_n, network_m) -> dict:
    return {
        "member of N": client_for(editor_b),
        "coordinator of N": client_for(coordinator),
        "member of M only": client_for(editor_c),
        "no organisation": client_for(make_user("ingen")),
        "anonymous": client_for(None),
    }


def answers(clients, url) -> dict:
    return {who: client.get(url).status_code for who, client in clients.items()}


@pytest.mark.parametrize("section", list(FIRST_PAGE))
def test_the_section_page_by_user(section, clients, org_a, network_n):
    url = page_of(section, org_a)
    refused = {
        "member of N": 403,
        "coordinator of N": 403,
        "member of M only": 403,
        "no organisation": 403,
        "anonymous": 302,
    }
    assert answers(clients, url) == refused
    share(org_a, network_n, section)
    assert answers(clients, url) == refused | {"member of N": 200, "coordinator of N": 200}
    SectionShare.objects.filter(organisation=org_a, section=section).delete()
    assert answers(clients, url) == refused


def test_anonymous_is_sent_to_log_in(clients, org_a, network_n):
    share(org_a, network_n)
    response = clients["anonymous"].get(page_of(Section.FOCUS, org_a))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts-login"))


def test_a_peer_cannot_change_what_it_reads(clients, org_a, network_n):
    share(org_a, network_n)
    peer = clients["member of N"]
    assert peer.post(f"/omraden/{org_a.pk}/handlingsplan/ny/", {"title": "X"}).status_code == 403
    assert peer.post(f"/omraden/{org_a.pk}/fokus/egna-mal/nytt/", {"text": "X"}).status_code == 403
    assert peer.post(f"/omraden/{org_a.pk}/sjalvskattning/ny/", {"title": "X"}).status_code == 403
    assert peer.post(f"/omraden/{org_a.pk}/delning/", {"share": []}).status_code == 403


def test_sharing_publishes_nothing(clients, org_a, network_n):
    share(org_a, network_n)
    for path in ("", "prioriteringar/", "handlingsplan/", "uppfoljning/"):
        assert clients["anonymous"].get(f"/offentligt/{org_a.pk}/{path}").status_code == 404


def test_publishing_shares_nothing_with_the_network(clients, org_a, editor_a, network_n):
    Publication.objects.create(
        organisation=org_a, sections=["handlingsplan"], prepared_by=editor_a, state="published"
    )
    url = page_of(Section.ACTIONPLAN, org_a)
    assert clients["member of N"].get(url).status_code == 403
    share(org_a, network_n, Section.ACTIONPLAN)
    assert clients["member of N"].get(url).status_code == 200
