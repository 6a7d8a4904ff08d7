"""A network's coordinators read its log: who changed the network (its name, members and
coordinators), its meetings and tasks, invitations and shares, and when, with before and
after. A member organisation's admin who is no coordinator, another network's
coordinator and an anonymous visitor may not; another network's entries never show."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from styra.web.audit.models import AuditEntry
from styra.web.meetings.models import Meeting
from styra.web.organisations.models import Network, Organisation
from tests.web.factories import make_user


@pytest.fixture
def coordinator(db):
    return make_user("sara_samordnare", "Sara", "Samordnare")


@pytest.fixture
def network(org_a, org_b, coordinator) -> Network:
    network = Network.objects.create(name="Agenda 2030-nätverket")
    network.members.add(org_a, org_b)
    network.coordinators.add(coordinator)
    return network


@pytest.fixture
def other_network(db) -> Network:
    malmo = Organisation.objects.create(kolada_id="1280", name="Malmö", type="K")
    network = Network.objects.create(name="Sydnätverket")
    network.members.add(malmo)
    network.coordinators.add(make_user("olle_annan", "Olle", "Annan"))
    return network


def meeting_of(network: Network, title: str) -> Meeting:
    starts = timezone.make_aware(dt.datetime(2099, 3, 12, 9, 0))
    return Meeting.objects.create(
        network=network, title=title, starts_at=starts, ends_at=starts + dt.timedelta(hours=2)
    )


def log_of(client, network: Network, **query):
    response = client.get(reverse("audit-network-log", args=[network.pk]), query)
    assert response.status_code == 200
    return response


def test_a_coordinator_sees_who_changed_the_network_and_its_meetings(
    client_for, coordinator, network, other_network
):
    client = client_for(coordinator)
    client.post(
        reverse("network-edit", args=[network.pk]),
        {"name": "Styra-nätverket", "description": "Åtta organisationer"},
    )
    meeting = meeting_of(network, "Vårträffen")
    meeting_of(other_network, "Sydträffen")
    meeting.delete()  # still in the log, under its network
    changes = log_of(client, network).context["changes"]
    renamed = next(c for c in changes if c["object"] == "Styra-nätverket" and c["fields"])
    assert renamed["actor"] == "Sara Samordnare (sara_samordnare)"
    name = next(f for f in renamed["fields"] if f.before == "Agenda 2030-nätverket")
    assert name.after == "Styra-nätverket"
    meetings = [c["action"] for c in changes if c["object"].startswith("Vårträffen")]
    assert sorted(meetings) == ["borttagen", "skapad"]
    assert not any("Sydträffen" in c["object"] or "Sydnätverket" in c["object"] for c in changes)


def test_members_added_and_removed_show_in_the_log(client_for, coordinator, network, org_b):
    network.members.remove(org_b)
    html = log_of(client_for(coordinator), network).content.decode()
    assert "Göteborg" in html


@pytest.mark.parametrize(
    ("name", "args"), [("audit-network-log", []), ("audit-network-log-export", ["csv"])]
)
def test_who_may_open(name, args, client_for, coordinator, network, other_network, admin_a):
    url = reverse(name, args=[network.pk, *args])
    assert client_for(coordinator).get(url).status_code == 200
    assert client_for(admin_a).get(url).status_code == 403  # a member's admin, no coordinator
    other = other_network.coordinators.get()
    assert client_for(other).get(url).status_code == 403
    anonymous = client_for(None).get(url)
    assert anonymous.status_code == 302 and reverse("accounts-login") in anonymous["Location"]
    missing = reverse(name, args=[network.pk + 1000, *args])
    assert client_for(coordinator).get(missing).status_code == 404


def test_the_export_holds_the_network_entries(client_for, coordinator, network):
    meeting_of(network, "Höstträffen")
    url = reverse("audit-network-log-export", args=[network.pk, "csv"])
    text = client_for(coordinator).get(url).content.decode("utf-8-sig")
    assert "Höstträffen" in text and "Agenda 2030-nätverket" in text


def test_a_bad_filter_names_its_field_and_shows_no_rows(client_for, coordinator, network):
    response = log_of(client_for(coordinator), network, since="2026-13-45")
    assert response.context["form"].errors["since"]
    assert response.context["changes"] == []


def test_the_network_page_links_the_log_for_coordinators_only(
    client_for, coordinator, network, admin_a
):
    link = reverse("audit-network-log", args=[network.pk])
    page = reverse("network-detail", args=[network.pk])
    assert link in client_for(coordinator).get(page).content.decode()
    assert link not in client_for(admin_a).get(page).content.decode()


def test_the_network_entries_of_an_organisation_show_in_both_logs(
    client_for, coordinator, network, admin_a, org_a
):
    from styra.web.network.models import Section, SectionShare

    SectionShare.objects.create(organisation=org_a, network=network, section=Section.values[0])
    entry = AuditEntry.objects.filter(network=network, organisation=org_a).get()
    assert entry.action == AuditEntry.Action.CREATE
    org_log = client_for(admin_a).get(reverse("audit-log", args=["0180"]))
    network_log = log_of(client_for(coordinator), network)
    for response in (org_log, network_log):
        assert entry.object_repr in [c["object"] for c in response.context["changes"]]
