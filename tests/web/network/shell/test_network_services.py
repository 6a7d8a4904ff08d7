"""Creating a network, coordinators, members leaving, and the network's news."""

import datetime

import pytest
from django.urls import reverse

from styra.web.network import services
from styra.web.network.models import NetworkInvitation, SectionShare
from styra.web.organisations.models import Network


def test_a_network_is_created_with_its_first_coordinator(coordinator_n):
    network = services.create_network("Glokala", "Vi lär.", coordinator_n)
    assert list(network.coordinators.all()) == [coordinator_n]
    with pytest.raises(services.NetworkError, match="redan ett nätverk"):
        services.create_network("glokala", "", coordinator_n)
    assert Network.objects.count() == 1


def test_a_coordinator_is_an_existing_user_found_by_email(coordinator_n):
    assert services.user_by_email(" SAM_samordnare@example.se ") == coordinator_n
    with pytest.raises(services.NetworkError, match="ingen användare"):
        services.user_by_email("okand@example.se")


def test_the_last_coordinator_stays(network_n, coordinator_n, outsider):
    with pytest.raises(services.NetworkError, match="minst en samordnare"):
        services.remove_coordinator(network_n, coordinator_n)
    services.add_coordinator(network_n, outsider)
    with pytest.raises(services.NetworkError, match="redan samordnare"):
        services.add_coordinator(network_n, outsider)
    services.remove_coordinator(network_n, coordinator_n)
    assert list(network_n.coordinators.all()) == [outsider]


def test_a_removed_member_shares_nothing_more(network_n, org_a):
    SectionShare.objects.create(organisation=org_a, network=network_n, section="priorities")
    services.remove_member(network_n, org_a)
    assert not network_n.members.exists() and not SectionShare.objects.exists()


def test_news_is_newest_first_and_at_most_ten(network_n, org_a, org_b, coordinator_n):
    start = datetime.datetime(2026, 3, 1, 9, tzinfo=datetime.UTC)
    sections = ["nulage", "focus", "radighet", "samverkan", "maturity", "priorities"]
    for day, section in enumerate(sections * 2):
        share, _ = SectionShare.objects.get_or_create(
            organisation=org_a if day < 6 else org_b, network=network_n, section=section
        )
        SectionShare.objects.filter(pk=share.pk).update(
            shared_at=start + datetime.timedelta(days=day)
        )
    NetworkInvitation.objects.create(
        network=network_n,
        organisation=org_b,
        answered_at=start + datetime.timedelta(days=30),
        accepted=True,
    )
    events = services.recent_events(network_n)
    assert len(events) == 10
    assert events[0].text == "Göteborg gick med i nätverket."
    assert events[1].text == "Göteborg delar prioriteringar och beslutsmotiv med nätverket."
    assert [e.at for e in events] == sorted((e.at for e in events), reverse=True)


def test_the_network_page_shows_members_contacts_and_commitments(
    client_for, viewer_a, network_n, org_a, coordinator_n
):
    from styra.web.organisations.models import ContactPerson

    org_a.skr_code, org_a.skr_name = "A1", "Storstäder"
    org_a.save()
    ContactPerson.objects.create(organisation=org_a, name="Kim Kontakt", email="kim@a.se")
    page = client_for(viewer_a).get(reverse("network-detail", args=[network_n.pk]))
    html = page.content.decode()
    for text in ("Stockholm", "A1 Storstäder", "Kim Kontakt", "1 av 4 på plats", "Sam Samordnare"):
        assert text in html, text
    assert reverse("network-invite", args=[network_n.pk]) not in html  # not a coordinator
    coordinator = client_for(coordinator_n).get(reverse("network-detail", args=[network_n.pk]))
    assert reverse("network-invite", args=[network_n.pk]) in coordinator.content.decode()


def test_a_platform_admin_creates_a_network_in_the_browser(client_for, platform_admin, outsider):
    data = {"name": "Glokala", "description": "", "email": outsider.email}
    response = client_for(platform_admin).post(reverse("network-create"), data)
    network = Network.objects.get()
    assert response.url == reverse("network-detail", args=[network.pk])
    assert list(network.coordinators.all()) == [outsider]


def test_an_unknown_coordinator_is_said_on_the_form(client_for, platform_admin):
    data = {"name": "Glokala", "description": "", "email": "okand@example.se"}
    response = client_for(platform_admin).post(reverse("network-create"), data)
    assert response.status_code == 400 and "ingen användare" in response.content.decode()
    assert not Network.objects.exists()


def test_a_coordinator_renames_the_network_and_adds_a_coordinator(
    client_for, coordinator_n, network_n, outsider
):
    client = client_for(coordinator_n)
    edit = reverse("network-edit", args=[network_n.pk])
    assert client.post(edit, {"name": "Nytt namn", "description": "Ny"}).status_code == 302
    add = reverse("network-coordinator-add", args=[network_n.pk])
    assert client.post(add, {"email": outsider.email}).status_code == 302
    network_n.refresh_from_db()
    assert network_n.name == "Nytt namn" and network_n.coordinators.count() == 2
    assert client.post(edit, {"name": "Ny\u200brad", "description": ""}).status_code == 400
