"""Who may open each network page: coordinator of N, a user of N's member A, a user of
M's member B, a user of no organisation, anonymous, a platform admin (docs/network-shell.md)."""

import pytest
from django.urls import reverse

from styra.web.contact.models import ContactMessage
from styra.web.network.models import NetworkInvitation

USERS = ("coordinator_n", "viewer_a", "editor_b", "outsider", "anonymous", "platform_admin")
OK, REFUSED, LOGIN = 200, 403, 302

# URL name: statuses for USERS, in order (GET).
GETS = {
    "network-list": (OK, OK, OK, OK, LOGIN, OK),
    "network-create": (REFUSED, REFUSED, REFUSED, REFUSED, LOGIN, OK),
    "network-detail": (OK, OK, REFUSED, REFUSED, LOGIN, OK),
    "network-edit": (OK, REFUSED, REFUSED, REFUSED, LOGIN, OK),
    "network-invite": (OK, REFUSED, REFUSED, REFUSED, LOGIN, OK),
    "network-coordinator-add": (OK, REFUSED, REFUSED, REFUSED, LOGIN, OK),
    "network-messages": (OK, REFUSED, REFUSED, REFUSED, LOGIN, OK),
    "network-public": (OK, OK, OK, OK, OK, OK),
    "network-public-sent": (OK, OK, OK, OK, OK, OK),
}
MANAGERS = {"coordinator_n", "platform_admin"}


def user_of(request, name):
    return None if name == "anonymous" else request.getfixturevalue(name)


def url_of(name: str, network) -> str:
    if name in {"network-list", "network-create"}:
        return reverse(name)
    return reverse(name, args=[network.pk])


@pytest.mark.parametrize("name", GETS)
@pytest.mark.parametrize("who", USERS)
def test_each_page_answers_each_user_as_the_table_says(
    name, who, request, client_for, network_n, network_m
):
    response = client_for(user_of(request, who)).get(url_of(name, network_n))
    assert response.status_code == GETS[name][USERS.index(who)]


@pytest.fixture
def posts(network_n, org_a, editor_a, coordinator_n) -> dict[str, str]:
    """Each changing URL of N, with a real object to change."""
    second = network_n.coordinators.create(username="andra", email="andra@example.se")
    invitation = NetworkInvitation.objects.create(network=network_n, organisation=org_a)
    message = ContactMessage.objects.create(
        network=network_n, name="V", email="v@example.org", subject="S", message="M"
    )
    n = network_n.pk
    return {
        "network-invitation-withdraw": reverse(
            "network-invitation-withdraw", args=[n, invitation.pk]
        ),
        "network-coordinator-remove": reverse("network-coordinator-remove", args=[n, second.pk]),
        "network-member-remove": reverse("network-member-remove", args=[n, org_a.pk]),
        "network-message-delete": reverse("network-message-delete", args=[n, message.pk]),
    }


def state(network) -> tuple:
    return (
        network.coordinators.count(),
        network.members.count(),
        NetworkInvitation.objects.count(),
        ContactMessage.objects.count(),
    )


@pytest.mark.parametrize("who", [u for u in USERS if u not in MANAGERS])
def test_only_managers_change_a_network(who, request, client_for, network_n, posts):
    client = client_for(user_of(request, who))
    before = state(network_n)
    for name, url in posts.items():
        expected = LOGIN if who == "anonymous" else REFUSED
        assert client.post(url).status_code == expected, name
        assert client.get(url).status_code in {405, expected}, name
    assert state(network_n) == before


@pytest.mark.parametrize("who", sorted(MANAGERS))
def test_managers_change_a_network(who, request, client_for, network_n, posts):
    client = client_for(user_of(request, who))
    before = state(network_n)
    asked = client.get(posts["network-member-remove"])  # removing a member asks first
    assert asked.status_code == 200 and state(network_n) == before
    for name, url in posts.items():
        assert client.post(url).status_code == 302, name
    assert state(network_n) == (1, 0, 0, 0)


def test_an_unknown_network_is_a_404_before_a_403(client_for, outsider, network_n):
    client = client_for(outsider)
    assert client.get(reverse("network-detail", args=[network_n.pk + 99])).status_code == 404
    assert client.get(reverse("network-public", args=[network_n.pk + 99])).status_code == 404


def test_the_list_shows_only_the_users_networks(client_for, viewer_a, network_n, network_m):
    page = client_for(viewer_a).get(reverse("network-list")).content.decode()
    assert "Nätverk N" in page and "Nätverk M" not in page
    assert reverse("network-create") not in page


def test_a_platform_admin_sees_every_network_and_may_create(
    client_for, platform_admin, network_n, network_m
):
    page = client_for(platform_admin).get(reverse("network-list")).content.decode()
    assert "Nätverk N" in page and "Nätverk M" in page
    assert reverse("network-create") in page
