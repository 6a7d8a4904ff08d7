"""STYRA_REQUIRE_2FA: organisation and platform admins without a device set it up before
anything else; editors, viewers and SSO sessions go on as before."""

import pytest
from django.contrib.auth import get_user_model

from tests.web.factories import PASSWORD

from .helpers import log_in_with_password

HOME = "/mina-organisationer/"
SETTINGS = "/konto/tvastegsverifiering/"


@pytest.fixture
def required(settings):
    settings.STYRA_REQUIRE_2FA = True


@pytest.fixture
def platform_admin(db):
    return get_user_model().objects.create_user(
        "plattform", "p@example.se", PASSWORD, is_staff=True
    )


def test_an_organisation_admin_is_sent_to_set_up(required, client, admin_a, org_a):
    log_in_with_password(client, admin_a)
    response = client.get(HOME)
    assert response.status_code == 302
    assert response["Location"].startswith(SETTINGS)
    org_page = client.get(f"/omraden/{org_a.pk}/")
    assert org_page["Location"].startswith(SETTINGS)
    page = client.get(SETTINGS).content.decode()
    assert "kräver tvåstegsverifiering" in page
    assert client.get("/konto/tvastegsverifiering/sla-pa/").status_code == 200


def test_a_platform_admin_is_sent_to_set_up(required, client, platform_admin):
    log_in_with_password(client, platform_admin)
    assert client.get("/admin/")["Location"].startswith(SETTINGS)


@pytest.mark.parametrize("member", ["editor_a", "viewer_a", "contributor_a"])
def test_others_are_not_forced(required, client, member, request):
    log_in_with_password(client, request.getfixturevalue(member))
    assert client.get(HOME).status_code == 200


def test_off_by_default(client, admin_a):
    log_in_with_password(client, admin_a)
    assert client.get(HOME).status_code == 200


@pytest.mark.parametrize("method", ["oidc", "saml"])
def test_sso_admins_are_exempt(required, client_for, admin_a, method):
    client = client_for(admin_a)
    assert client.get(HOME).status_code == 302
    session = client.session
    session["styra_sign_in_method"] = method
    session.save()
    assert client.get(HOME).status_code == 200
