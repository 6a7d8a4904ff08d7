"""Invitations: sent by e-mail, accepted once, by a new or an existing user."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from styra.web.accounts.models import Invitation, Membership, Role, hash_token


def invite(client, email="ny.person@stockholm.se", role="editor"):
    response = client.post(
        reverse("accounts-member-invite", args=["0180"]), {"email": email, "role": role}
    )
    assert response.status_code == 302, response.content.decode()
    return re.search(r"http://testserver(/inbjudan/[^/\s]+/)", mail.outbox[-1].body).group(1)


@pytest.fixture
def link(client_for, admin_a):
    return invite(client_for(admin_a))


def test_invitation_is_emailed_in_swedish_and_only_its_hash_is_stored(link):
    message = mail.outbox[0]
    assert message.to == ["ny.person@stockholm.se"]
    assert "Stockholm" in message.subject
    assert "Redaktör" in message.body and "Anna Admin" in message.body
    token = link.split("/")[2]
    invitation = Invitation.objects.get()
    assert invitation.token_hash == hash_token(token) and token not in invitation.token_hash


def test_new_user_sets_username_and_password_and_joins(client, link):
    assert "Skapa ditt konto" in client.get(link).content.decode()
    response = client.post(
        link,
        {
            "username": "nyperson",
            "password1": "Ett-bra-lösen-2030",
            "password2": "Ett-bra-lösen-2030",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("organisations-detail", args=["0180"])
    membership = Membership.objects.get(user__username="nyperson")
    assert membership.role == Role.EDITOR
    assert membership.user.email == "ny.person@stockholm.se"
    assert client.get(reverse("accounts-home")).status_code == 200  # logged in


def test_weak_password_is_refused(client, link):
    response = client.post(link, {"username": "nyperson", "password1": "123", "password2": "123"})
    assert response.status_code == 400
    assert not Membership.objects.filter(user__username="nyperson").exists()


def test_logged_in_user_accepts(client_for, editor_b, link):
    client = client_for(editor_b)
    assert "Gå med i Stockholm" in client.get(link).content.decode()
    client.post(link)
    assert Membership.objects.get(user=editor_b, organisation="0180").role == Role.EDITOR
    assert client.session["styra_organisation"] == "0180"


def test_accepting_never_lowers_an_existing_role(client_for, admin_a, editor_a):
    link = invite(client_for(admin_a), email="e@example.se", role="viewer")
    client_for(editor_a).post(link)
    assert Membership.objects.get(user=editor_a).role == Role.EDITOR


def test_a_link_works_once(client, client_for, editor_b, link):
    client_for(editor_b).post(link)
    response = client.get(link)
    assert response.status_code == 404
    assert "Inbjudan gäller inte" in response.content.decode()


def test_an_expired_link_is_refused(client, link):
    Invitation.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    assert client.get(link).status_code == 404
    response = client.post(
        link, {"username": "x", "password1": "Ett-bra-2030!", "password2": "Ett-bra-2030!"}
    )
    assert response.status_code == 404
    assert not Membership.objects.filter(user__username="x").exists()


def test_an_unknown_link_is_refused(client, db):
    assert client.get("/inbjudan/inte-en-riktig-token/").status_code == 404


def test_a_new_invitation_replaces_the_open_one(client_for, admin_a, link):
    client = client_for(admin_a)
    second = invite(client)
    assert Invitation.objects.count() == 1
    assert client.get(link).status_code == 404 and client.get(second).status_code == 200


def test_an_invalid_address_is_shown_as_an_error(client_for, admin_a):
    response = client_for(admin_a).post(
        reverse("accounts-member-invite", args=["0180"]),
        {"email": "inte-en-adress", "role": "viewer"},
    )
    assert response.status_code == 400 and not mail.outbox
