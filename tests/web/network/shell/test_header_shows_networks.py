"""The header's "Nätverk" for every signed-in user: the list says what the user's networks
are, or that there are none yet (one link for all, so cached pages never show a stale one)."""

from django.urls import reverse

LINK = f'href="{reverse("network-list")}"'


def test_a_member_of_a_network_sees_it_in_the_header(client_for, viewer_a, network_n):
    assert LINK in client_for(viewer_a).get(reverse("accounts-home")).content.decode()


def test_a_coordinator_sees_it(client_for, coordinator_n, network_n):
    assert LINK in client_for(coordinator_n).get(reverse("accounts-home")).content.decode()


def test_others_see_it_and_are_told_they_have_none(client_for, editor_b, network_n):
    client = client_for(editor_b)
    assert LINK in client.get(reverse("accounts-home")).content.decode()
    page = client.get(reverse("network-list")).content.decode()
    assert "Du är inte med i något nätverk än." in page
    assert "Nätverk N" not in page


def test_an_invited_organisations_user_sees_it_and_the_invitation(
    client_for, editor_b, network_n, org_b, coordinator_n
):
    from styra.web.network.services import invite

    invite(network_n, org_b, coordinator_n)
    client = client_for(editor_b)
    assert LINK in client.get(reverse("accounts-home")).content.decode()
    page = client.get(reverse("network-list")).content.decode()
    assert "Göteborg är inbjuden till Nätverk N" in page
    assert reverse("network-org-list", args=[org_b.pk]) in page
