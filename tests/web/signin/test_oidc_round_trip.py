"""OIDC sign-in against a real provider on 127.0.0.1: Django's test client drives the
browser's part, Styra calls the provider's token, userinfo and JWKS endpoints over HTTP."""

from urllib.parse import urlparse

import pytest
import requests
from django.contrib.auth import get_user_model
from django.test import Client

from styra.web.accounts.models import Membership
from styra.web.signin.methods import SIGN_IN_METHOD

pytestmark = pytest.mark.django_db
User = get_user_model()


def sign_in(client: Client, provider, claims: dict, tamper_state: bool = False):
    """Start at Styra, pass the provider, come back to Styra's callback."""
    provider.claims = claims
    start = client.get("/oidc/authenticate/")
    assert start.status_code == 302 and start["Location"].startswith(provider.url("/authorize"))
    at_provider = requests.get(start["Location"], allow_redirects=False, timeout=10)
    assert at_provider.status_code == 302
    back = urlparse(at_provider.headers["Location"])
    assert back.path == "/oidc/callback/"
    query = back.query
    if tamper_state:
        query = query.replace("state=", "state=x")
    return client.get(f"{back.path}?{query}")


def claims(email: str, verified=True, sub="sub-1") -> dict:
    return {"sub": sub, "email": email, "email_verified": verified, "given_name": "Anna"}


def test_a_verified_address_signs_in_its_account(oidc_provider, editor_a):
    editor_a.email = "Editor.A@Stockholm.se"
    editor_a.save()
    client = Client()
    response = sign_in(client, oidc_provider, claims("editor.a@stockholm.SE"))
    assert response.status_code == 302 and response["Location"] == "/mina-organisationer/"
    assert client.session["_auth_user_id"] == str(editor_a.pk)
    assert client.session[SIGN_IN_METHOD] == "oidc"
    assert "Stockholm" in client.get("/mina-organisationer/").content.decode()


def test_a_new_address_gets_an_account_without_roles(oidc_provider):
    client = Client()
    response = sign_in(client, oidc_provider, claims("Ny.Person@Kommun.se"))
    user = User.objects.get(email="ny.person@kommun.se")
    assert client.session["_auth_user_id"] == str(user.pk)
    assert user.first_name == "Anna" and not user.has_usable_password()
    assert not Membership.objects.filter(user=user).exists()
    assert response["Location"] == "/konto/ingen-roll-an/"
    page = client.get(response["Location"]).content.decode()
    assert "Du har ingen roll ännu" in page and "ny.person@kommun.se" in page


def test_an_unverified_address_is_refused(oidc_provider, editor_a):
    client = Client()
    response = sign_in(client, oidc_provider, claims(editor_a.email, verified=False))
    assert response.status_code == 403
    assert "Inloggningen misslyckades" in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert not User.objects.exclude(pk=editor_a.pk).filter(email__iexact=editor_a.email).exists()


def test_a_wrong_state_is_refused(oidc_provider):
    client = Client()
    response = sign_in(client, oidc_provider, claims("ny@kommun.se"), tamper_state=True)
    assert response.status_code == 403
    assert "_auth_user_id" not in client.session
    assert not User.objects.filter(email="ny@kommun.se").exists()


def test_an_id_token_from_another_issuer_is_refused(oidc_provider, settings):
    settings.STYRA_OIDC_ISSUER = "https://login.example.org/annan"
    client = Client()
    response = sign_in(client, oidc_provider, claims("ny@kommun.se"))
    assert response.status_code == 403 and "_auth_user_id" not in client.session


def test_userinfo_about_another_subject_is_refused(oidc_provider, monkeypatch):
    original = oidc_provider.id_token
    monkeypatch.setattr(
        oidc_provider, "id_token", lambda asked, c: original(asked, {**c, "sub": "someone-else"})
    )
    client = Client()
    response = sign_in(client, oidc_provider, claims("ny@kommun.se"))
    assert response.status_code == 403 and "_auth_user_id" not in client.session


def test_switched_off_the_urls_are_not_there(settings):
    settings.STYRA_OIDC_ENABLED = False
    assert Client().get("/oidc/authenticate/").status_code == 404
    assert Client().get("/oidc/callback/?code=a&state=b").status_code == 404


def test_an_expired_id_token_is_refused(oidc_provider, monkeypatch):
    original = oidc_provider.id_token
    monkeypatch.setattr(
        oidc_provider, "id_token", lambda asked, c: original(asked, {**c, "exp": 1_000_000})
    )
    client = Client()
    response = sign_in(client, oidc_provider, claims("ny@kommun.se"))
    assert response.status_code == 403 and "_auth_user_id" not in client.session


def test_a_provider_that_does_not_answer_gives_the_refused_page(oidc_provider, settings):
    settings.OIDC_OP_TOKEN_ENDPOINT = "http://127.0.0.1:8619/token"  # nobody listens there
    client = Client()
    response = sign_in(client, oidc_provider, claims("ny@kommun.se"))
    assert response.status_code == 403 and "_auth_user_id" not in client.session
