"""The members page: the admin of A invites, changes roles and removes; nobody else may."""

import pytest
from django.urls import reverse

from styra.web.accounts.models import Invitation, Membership, Role


def url(name, *args):
    return reverse(name, args=["0180", *args])


def test_admin_sees_members_and_roles(client_for, admin_a, editor_a, viewer_a):
    response = client_for(admin_a).get(url("accounts-members"))
    text = response.content.decode()
    assert response.status_code == 200
    assert "erik_redaktor@example.se" in text and "vera_lasare@example.se" in text


@pytest.mark.parametrize("who", ["editor_a", "viewer_a", "editor_b"])
def test_others_are_refused_every_members_view(request, client_for, admin_a, viewer_a, who):
    client = client_for(request.getfixturevalue(who))
    membership = Membership.objects.get(user=viewer_a)
    invitation = Invitation.objects.create(
        organisation_id="0180", email="x@example.se", token_hash="h"
    )
    attempts = [
        client.get(url("accounts-members")),
        client.post(url("accounts-member-invite"), {"email": "ny@example.se", "role": "admin"}),
        client.post(
            url("accounts-member-role", membership.pk), {f"m{membership.pk}-role": "admin"}
        ),
        client.post(url("accounts-member-remove", membership.pk)),
        client.post(url("accounts-invitation-revoke", invitation.pk)),
    ]
    for response in attempts:
        assert response.status_code == 403
        assert "vera_lasare" not in response.content.decode()
        assert "anna_admin" not in response.content.decode()
    membership.refresh_from_db()
    assert membership.role == Role.VIEWER
    assert Invitation.objects.count() == 1


def test_admin_of_b_cannot_touch_a_membership_through_b(client_for, org_b, viewer_a):
    from tests.web.factories import make_member

    admin_b = make_member("bea_admin", org_b, Role.ADMIN)
    membership = Membership.objects.get(user=viewer_a)
    client = client_for(admin_b)
    assert (
        client.post(reverse("accounts-member-remove", args=["1480", membership.pk])).status_code
        == 404
    )
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_admin_changes_a_role(client_for, admin_a, viewer_a):
    membership = Membership.objects.get(user=viewer_a)
    client_for(admin_a).post(
        url("accounts-member-role", membership.pk), {f"m{membership.pk}-role": "editor"}
    )
    membership.refresh_from_db()
    assert membership.role == Role.EDITOR


def test_admin_removes_a_member(client_for, admin_a, viewer_a):
    membership = Membership.objects.get(user=viewer_a)
    client_for(admin_a).post(url("accounts-member-remove", membership.pk))
    assert not Membership.objects.filter(pk=membership.pk).exists()


def test_the_last_admin_cannot_be_removed_or_demoted(client_for, admin_a):
    membership = Membership.objects.get(user=admin_a)
    client = client_for(admin_a)
    response = client.post(url("accounts-member-remove", membership.pk), follow=True)
    assert "sista administratören" in response.content.decode()
    response = client.post(
        url("accounts-member-role", membership.pk),
        {f"m{membership.pk}-role": "viewer"},
        follow=True,
    )
    assert "minst en administratör" in response.content.decode()
    membership.refresh_from_db()
    assert membership.role == Role.ADMIN


def test_an_admin_may_leave_when_another_admin_remains(client_for, admin_a, org_a):
    from tests.web.factories import make_member

    make_member("adam_admin", org_a, Role.ADMIN)
    membership = Membership.objects.get(user=admin_a)
    client_for(admin_a).post(url("accounts-member-remove", membership.pk))
    assert not Membership.objects.filter(pk=membership.pk).exists()


def test_admin_revokes_an_invitation(client_for, admin_a):
    invitation = Invitation.objects.create(
        organisation_id="0180", email="x@example.se", token_hash="h"
    )
    client_for(admin_a).post(url("accounts-invitation-revoke", invitation.pk))
    assert not Invitation.objects.exists()
