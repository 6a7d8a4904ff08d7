"""The organisation's API tokens page: only its admins list, create and revoke tokens;
a new token is shown once and only its hash is stored."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from styra.web.api.models import ApiToken, Scope, hash_token
from tests.web.api.token_fixtures import bearer, make_token

LIST = reverse("api-tokens", args=["0180"])
CREATE = reverse("api-token-create", args=["0180"])
TODAY = datetime.date(2025, 6, 10)


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr("styra.web.api.token_views.timezone.localdate", lambda: TODAY)


def form(**fields) -> dict:
    return {
        "name": "BI-verktyget",
        "scopes": [Scope.WRITE_OWN_VALUES, Scope.READ_PRIVATE],
        "expires_on": "2025-09-08",
    } | fields


@pytest.mark.parametrize("who", ["editor_a", "viewer_a", "contributor_a", "editor_b"])
def test_only_admins_of_the_organisation_manage_tokens(who, request, client_for, org_a, admin_a):
    row, _token = make_token(org_a)
    client = client_for(request.getfixturevalue(who))
    revoke = reverse("api-token-revoke", args=["0180", row.pk])
    assert client.get(LIST).status_code == 403
    assert client.post(CREATE, form()).status_code == 403
    assert client.post(revoke).status_code == 403
    assert ApiToken.objects.count() == 1
    assert ApiToken.objects.get().revoked_at is None
    assert client_for(None).get(LIST).status_code == 302  # to the login


def test_a_new_token_is_shown_once_and_stored_hashed(client_for, admin_a):
    client = client_for(admin_a)
    response = client.post(CREATE, form())
    assert response.status_code == 200
    secret = response.context["secret"]
    assert secret.startswith("styra_") and len(secret) > 40
    assert secret in response.content.decode()
    assert response["Cache-Control"].startswith("max-age=0")
    token = ApiToken.objects.get()
    assert token.token_hash == hash_token(secret)
    assert (token.prefix, token.name, token.created_by) == (secret[:12], "BI-verktyget", admin_a)
    assert token.scopes == [Scope.READ_PRIVATE, Scope.WRITE_OWN_VALUES]
    assert timezone.localtime(token.expires_at) == timezone.make_aware(
        datetime.datetime(2025, 9, 8)
    )
    # Never again: the list shows the prefix only.
    page = client.get(LIST).content.decode()
    assert secret not in page
    assert token.prefix in page and "BI-verktyget" in page


def test_the_form_suggests_90_days(client_for, admin_a):
    page = client_for(admin_a).get(LIST)
    assert page.status_code == 200
    assert 'value="2025-09-08"' in page.content.decode()


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"name": ""}, "name"),
        ({"scopes": []}, "scopes"),
        ({"scopes": ["write_everything"]}, "scopes"),
        ({"expires_on": ""}, "expires_on"),
        ({"expires_on": "2025-06-10"}, "expires_on"),  # today: already over
        ({"expires_on": "2026-06-11"}, "expires_on"),  # more than a year
    ],
)
def test_a_bad_form_answers_400_with_the_field_error(client_for, admin_a, fields, field):
    response = client_for(admin_a).post(CREATE, form(**fields))
    assert response.status_code == 400
    assert list(response.context["form"].errors) == [field]
    assert not ApiToken.objects.exists()


def test_a_year_is_the_longest(client_for, admin_a):
    assert client_for(admin_a).post(CREATE, form(expires_on="2026-06-10")).status_code == 200


def test_revoking_stops_the_token_at_once(client_for, admin_a, org_a):
    row, token = make_token(org_a, Scope.READ_PRIVATE)
    url = "/api/v1/organisations/0180/own-indicators"
    assert client_for(None).get(url, headers=bearer(token)).status_code == 200
    response = client_for(admin_a).post(reverse("api-token-revoke", args=["0180", row.pk]))
    assert response.status_code == 302
    row.refresh_from_db()
    assert (row.revoked_by, row.revoked_at is not None) == (admin_a, True)
    answer = client_for(None).get(url, headers=bearer(token))
    assert answer.status_code == 401
    assert "återkallats" in answer.json()["detail"]
    assert "Återkallad" in client_for(admin_a).get(LIST).content.decode()


def test_a_token_of_b_cannot_be_revoked_from_a(client_for, admin_a, org_b):
    row, _token = make_token(org_b)
    response = client_for(admin_a).post(reverse("api-token-revoke", args=["0180", row.pk]))
    assert response.status_code == 404
    row.refresh_from_db()
    assert row.revoked_at is None


def test_revoking_is_post_only(client_for, admin_a, org_a):
    row, _token = make_token(org_a)
    url = reverse("api-token-revoke", args=["0180", row.pk])
    assert client_for(admin_a).get(url).status_code == 405
    row.refresh_from_db()
    assert row.revoked_at is None
