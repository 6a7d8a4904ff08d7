"""Sign-ins, failed sign-ins and sign-outs are logged with time, user, method and
client address. A failed attempt with a username that names nobody keeps only a keyed
hash of it (it may be a mistyped password). The organisation's admins see its members'
events on the sign-ins page; a single sign-on is recorded as "oidc" or "saml"."""

from django.contrib.auth.signals import user_logged_in
from django.contrib.sessions.backends.db import SessionStore
from django.test import RequestFactory
from django.urls import reverse

from styra.web.audit.models import SignInEvent, SignInKind
from styra.web.audit.signins import hashed_username
from tests.web.factories import PASSWORD

LOGIN = reverse("accounts-login")


def events() -> list[tuple[str, int | None, str, str]]:
    return [
        (event.kind, event.user_id, event.username, event.method)
        for event in SignInEvent.objects.order_by("pk")
    ]


def test_sign_in_failure_and_sign_out(client, editor_a):
    client.post(LOGIN, {"username": editor_a.username, "password": "fel"})
    client.post(LOGIN, {"username": "Rätt-hemligt-lösen", "password": "x"})
    client.post(LOGIN, {"username": editor_a.username, "password": PASSWORD})
    client.post(reverse("accounts-logout"))

    assert events() == [
        (SignInKind.FAILED, editor_a.pk, "erik_redaktor", "lösenord"),
        (SignInKind.FAILED, None, hashed_username("Rätt-hemligt-lösen"), "lösenord"),
        (SignInKind.SIGNED_IN, editor_a.pk, "erik_redaktor", "lösenord"),
        (SignInKind.SIGNED_OUT, editor_a.pk, "erik_redaktor", "lösenord"),
    ]
    assert "Rätt" not in SignInEvent.objects.all()[2].username  # the hash, not the text
    assert SignInEvent.objects.first().remote_addr == "127.0.0.1"


def test_single_sign_on_method_is_recorded(editor_a, client):
    request = RequestFactory().get("/")
    request.session = SessionStore()
    request.session["styra_sign_in_method"] = "oidc"
    editor_a.backend = "styra.web.signin.backends.OIDCBackend"
    user_logged_in.send(sender=type(editor_a), request=request, user=editor_a)
    assert events() == [(SignInKind.SIGNED_IN, editor_a.pk, "erik_redaktor", "oidc")]


def test_admins_see_their_members_sign_ins_only(client_for, client, admin_a, editor_a, editor_b):
    client.post(LOGIN, {"username": editor_a.username, "password": "fel"})
    client.post(LOGIN, {"username": editor_b.username, "password": "fel"})
    page = client_for(admin_a).get(reverse("audit-sign-ins", args=["0180"]))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Erik Ek" in html and "Misslyckad inloggning" in html
    assert "Bo Berg" not in html and "bo_redaktor" not in html
