"""The network page is the hub: every user of the network finds the links to the
parts they may open; only coordinators find the report and the messages. A member
organisation's network page links its sharing, expectations, tasks and practices."""

import pytest
from django.urls import reverse

from styra.web.organisations.models import Network
from tests.web.factories import make_user

PARTS = ["network-commitments", "network-compare", "network-shared", "network-maturity"]
PARTS_MEETINGS = ["network-meeting-list"]
COORDINATORS_ONLY = ["network-report", "network-messages", "network-invite"]


@pytest.fixture
def network(org_a, org_b):
    network = Network.objects.create(name="Nätverk N")
    network.members.add(org_a, org_b)
    return network


def links(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def hrefs(network, names: list[str]) -> list[str]:
    return [f'href="{reverse(name, args=[network.pk])}"' for name in names]


def test_a_member_sees_the_parts_but_not_the_coordinators_links(client_for, network, viewer_a):
    html = links(client_for(viewer_a), reverse("network-detail", args=[network.pk]))
    for href in hrefs(network, PARTS + PARTS_MEETINGS):
        assert href in html
    assert f'href="{reverse("practices-library")}"' in html
    for href in hrefs(network, COORDINATORS_ONLY):
        assert href not in html
    own = reverse("network-org-list", args=["0180"])
    assert f'href="{own}"' in html  # Stockholm's own network page: the viewer's organisation
    assert f'href="{reverse("network-org-list", args=["1480"])}"' not in html


def test_a_coordinator_sees_the_parts_and_the_report(client_for, network):
    coordinator = make_user("sam_samordnare")
    network.coordinators.add(coordinator)
    html = links(client_for(coordinator), reverse("network-detail", args=[network.pk]))
    for href in hrefs(network, PARTS + PARTS_MEETINGS + COORDINATORS_ONLY):
        assert href in html
    assert "Er organisation i nätverket" not in html


@pytest.mark.parametrize(
    "name",
    [
        "network-org-sharing",
        "network-org-expectations",
        "network-org-tasks",
        "practices-organisation",
    ],
)
def test_a_members_network_page_links_its_work_in_the_networks(client_for, network, viewer_a, name):
    html = links(client_for(viewer_a), reverse("network-org-list", args=["0180"]))
    assert f'href="{reverse(name, args=["0180"])}"' in html


def test_the_organisation_page_links_its_networks(client_for, viewer_a, org_a):
    html = links(client_for(viewer_a), reverse("organisations-detail", args=["0180"]))
    assert f'href="{reverse("network-org-list", args=["0180"])}"' in html
