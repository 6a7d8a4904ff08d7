"""Who may open the network's comparison pages: its coordinators and the users of its
members; a member of another network, a user of no member (403) and no one signed in
(to the login page) may not. Kolada data only, so nothing depends on sharing."""

import pytest
from django.conf import settings
from django.shortcuts import resolve_url
from django.urls import reverse

PAGES = [
    ("network-compare", []),
    ("network-compare-kpi", ["N00401"]),
    ("network-compare-export", ["csv"]),
]


@pytest.mark.parametrize(("name", "args"), PAGES, ids=[p[0] for p in PAGES])
def test_who_may_compare(
    name, args, kommun_network, coordinator, member_of_n, member_of_m, outsider, client_for
):
    url = reverse(name, args=[kommun_network.pk, *args])
    assert client_for(coordinator).get(url).status_code == 200
    assert client_for(member_of_n).get(url).status_code == 200
    assert client_for(member_of_m).get(url).status_code == 403
    assert client_for(outsider).get(url).status_code == 403
    anonymous = client_for(None).get(url)
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith(resolve_url(settings.LOGIN_URL))


def test_the_cached_page_is_not_shown_to_an_outsider(
    kommun_network, coordinator, outsider, client_for
):
    url = reverse("network-compare", args=[kommun_network.pk])
    assert client_for(coordinator).get(url).status_code == 200
    assert client_for(outsider).get(url).status_code == 403


def test_a_page_kept_for_a_user_is_refused_once_they_leave(
    kommun_network, coordinator, member_of_n, client_for
):
    url = reverse("network-compare", args=[kommun_network.pk])
    member, lead = client_for(member_of_n), client_for(coordinator)
    for client in (member, lead):
        client.get("/omraden/1280/")  # its form sets the CSRF cookie a kept page needs
        client.get(url)
        kept = client.get(url)
        assert kept.status_code == 200 and not kept.templates  # no rendering: kept
    kommun_network.members.remove("1280")
    kommun_network.coordinators.remove(coordinator)
    assert member.get(url).status_code == 403
    assert lead.get(url).status_code == 403
