"""The login page offers only the sign-in methods switched on; an SSO user can log out
(after SAML also at the IdP, when it has single logout)."""

import pytest
from django.test import Client

from tests.web.factories import PASSWORD

from .saml_idp import IDP, TestIdP
from .test_oidc_round_trip import claims, sign_in
from .test_saml_round_trip import ANNA, start

pytestmark = pytest.mark.django_db


def buttons(client: Client) -> str:
    page = client.get("/konto/logga-in/").content.decode()
    assert 'name="password"' in page  # local accounts stay possible
    return page


def test_no_buttons_while_both_are_off(settings):
    settings.STYRA_OIDC_ENABLED = settings.STYRA_SAML_ENABLED = False
    assert "Logga in med" not in buttons(Client())


def test_a_button_for_each_method_switched_on(settings):
    settings.STYRA_OIDC_ENABLED, settings.STYRA_OIDC_LABEL = True, "Microsoft Entra ID"
    settings.STYRA_SAML_ENABLED = False
    page = buttons(Client())
    assert 'href="/oidc/authenticate/"' in page and "Logga in med Microsoft Entra ID" in page
    assert "/saml2/login/" not in page
    settings.STYRA_SAML_ENABLED, settings.STYRA_SAML_LABEL = True, "Skolfederation"
    page = buttons(Client())
    assert "Logga in med Microsoft Entra ID" in page and "Logga in med Skolfederation" in page


def test_the_next_page_goes_along(settings):
    settings.STYRA_OIDC_ENABLED = True
    page = Client().get("/konto/logga-in/?next=/omraden/0180/").content.decode()
    assert 'href="/oidc/authenticate/?next=/omraden/0180/"' in page


def test_an_oidc_user_logs_out(oidc_provider, editor_a):
    client = Client()
    sign_in(client, oidc_provider, claims(editor_a.email))
    assert "_auth_user_id" in client.session
    response = client.post("/konto/logga-ut/")
    assert response.status_code == 302 and response["Location"] == "/"
    assert "_auth_user_id" not in client.session
    assert client.get("/mina-organisationer/").status_code == 302  # to the login


def test_a_saml_user_logs_out_at_the_idp_too(saml_idp):
    client = Client()
    client.post("/saml2/acs/", saml_idp.answer(start(client, saml_idp), ANNA))
    assert "_auth_user_id" in client.session
    response = client.post("/konto/logga-ut/")
    assert response.status_code == 302 and response["Location"].startswith(f"{IDP}/slo?")
    assert "_auth_user_id" not in client.session
    logout_request = saml_idp.logout_request(response["Location"]).message
    assert logout_request.name_id.text == "a1b2c3"


def test_without_single_logout_at_the_idp_the_logout_is_local(settings, tmp_path):
    idp = TestIdP(tmp_path, single_logout=False)
    settings.STYRA_SAML_ENABLED = True
    settings.STYRA_SAML_IDP_METADATA_FILE = str(idp.metadata_file)
    client = Client()
    client.post("/saml2/acs/", idp.answer(start(client, idp), ANNA))
    assert "_auth_user_id" in client.session
    response = client.post("/konto/logga-ut/")
    assert response.status_code == 302 and response["Location"] == "/"
    assert "_auth_user_id" not in client.session


def test_a_local_login_leaves_the_method_unset(editor_a):
    client = Client()
    response = client.post(
        "/konto/logga-in/", {"username": editor_a.username, "password": PASSWORD}
    )
    assert response.status_code == 302, response.content.decode()[:500]
    assert "_auth_user_id" in client.session
    assert "styra_sign_in_method" not in client.session


def test_the_no_role_page_is_for_signed_in_people_without_roles(client_for, editor_a):
    assert Client().get("/konto/ingen-roll-an/")["Location"].startswith("/konto/logga-in/")
    member = client_for(editor_a).get("/konto/ingen-roll-an/")
    assert member.status_code == 302 and member["Location"] == "/mina-organisationer/"


def test_an_account_without_a_password_is_offered_no_password_pages(client_for, editor_a):
    """An account made by the kommun's sign-in has no password to change and no local
    login to protect with a second step; a local account has both links."""
    local = client_for(editor_a).get("/mina-organisationer/").content.decode()
    assert "/konto/tvastegsverifiering/" in local and "Byt lösenord" in local
    editor_a.set_unusable_password()
    editor_a.save()
    sso = client_for(editor_a).get("/mina-organisationer/").content.decode()
    assert "/konto/tvastegsverifiering/" not in sso and "Byt lösenord" not in sso
    assert "/konto/mina-uppgifter/" in sso
