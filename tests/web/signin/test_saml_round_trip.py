"""SAML sign-in with an IdP built from pysaml2: a signed assertion signs in; a wrong
signature, an expired assertion and another audience are each refused."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from styra.web.accounts.models import Membership
from styra.web.signin.methods import SIGN_IN_METHOD

pytestmark = pytest.mark.django_db
User = get_user_model()
ANNA = {"mail": ["Anna.Berg@Kommun.se"], "givenName": ["Anna"], "sn": ["Berg"]}


def start(client: Client, saml_idp, lifetime_minutes: int = 15) -> str:
    """Styra's metadata to the IdP, then the browser to the IdP with an AuthnRequest."""
    metadata = client.get("/saml2/metadata/")
    assert metadata.status_code == 200
    saml_idp.trust(metadata.content, lifetime_minutes)
    login = client.get("/saml2/login/")
    assert login.status_code == 302 and "SAMLRequest=" in login["Location"]
    return login["Location"]


def refused(client: Client, response, caplog, reason: str) -> bool:
    """Refused with the plain page, nobody signed in, for ``reason`` (in the log)."""
    return (
        response.status_code == 403
        and "Inloggningen misslyckades" in response.content.decode()
        and "_auth_user_id" not in client.session
        and reason in caplog.text
    )


def test_a_signed_assertion_signs_in_its_account(saml_idp, editor_a):
    editor_a.email = "anna.berg@kommun.se"
    editor_a.save()
    client = Client()
    post = saml_idp.answer(start(client, saml_idp), ANNA)
    response = client.post("/saml2/acs/", post)
    assert response.status_code == 302 and response["Location"] == "/mina-organisationer/"
    assert client.session["_auth_user_id"] == str(editor_a.pk)
    assert client.session[SIGN_IN_METHOD] == "saml"


def test_a_new_address_gets_an_account_without_roles(saml_idp):
    client = Client()
    response = client.post("/saml2/acs/", saml_idp.answer(start(client, saml_idp), ANNA))
    user = User.objects.get(email="anna.berg@kommun.se")
    assert (user.first_name, user.last_name) == ("Anna", "Berg")
    assert not Membership.objects.filter(user=user).exists()
    assert response["Location"] == "/konto/ingen-roll-an/"
    assert "Du har ingen roll ännu" in client.get(response["Location"]).content.decode()


def test_a_wrong_signature_is_refused(saml_idp, caplog):
    client = Client()
    redirect = start(client, saml_idp)
    post = saml_idp.answer(redirect, ANNA, tamper=lambda xml: xml.replace("Anna.Berg", "Eva.Berg"))
    assert refused(client, client.post("/saml2/acs/", post), caplog, "SignatureError")
    assert not User.objects.exists()


def test_an_expired_assertion_is_refused(saml_idp, caplog):
    client = Client()
    redirect = start(client, saml_idp, lifetime_minutes=-10)
    response = client.post("/saml2/acs/", saml_idp.answer(redirect, ANNA))
    assert refused(client, response, caplog, "Condition not OK")
    assert not User.objects.exists()


def test_an_assertion_for_another_audience_is_refused(saml_idp, caplog):
    client = Client()
    redirect = start(client, saml_idp)
    post = saml_idp.answer(redirect, ANNA, audience="https://annan-tjanst.example.org/sp")
    assert refused(client, client.post("/saml2/acs/", post), caplog, "AudienceRestrictions")
    assert not User.objects.exists()


def test_an_assertion_without_an_address_is_refused(saml_idp, caplog):
    client = Client()
    redirect = start(client, saml_idp)
    response = client.post("/saml2/acs/", saml_idp.answer(redirect, {"sn": ["Berg"]}))
    assert refused(client, response, caplog, "No user could be authenticated")


def test_an_answer_to_no_request_of_this_browser_is_refused(saml_idp, caplog):
    post = saml_idp.answer(start(Client(), saml_idp), ANNA)
    other = Client()
    assert refused(other, other.post("/saml2/acs/", post), caplog, "UnsolicitedResponse")


def test_switched_off_the_urls_are_not_there(settings):
    settings.STYRA_SAML_ENABLED = False
    assert Client().get("/saml2/login/").status_code == 404
    assert Client().get("/saml2/metadata/").status_code == 404
    assert Client().post("/saml2/acs/", {"SAMLResponse": "x"}).status_code == 404
