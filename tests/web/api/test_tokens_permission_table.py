"""Who may call the API's private endpoints of organisation A: only A's own token with
the endpoint's scope. A logged-in session — even A's editor or admin — is not a token."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from styra.web.actionplan.models import Action, ProgressEntry
from styra.web.api.models import Scope
from styra.web.indicators.models import OwnValue
from tests.web.api.token_fixtures import bearer, make_token
from tests.web.factories import own_indicator

pytestmark = pytest.mark.usefixtures("no_rate_limits")

VALUES = [{"year": 2024, "gender": "T", "value": 12.5}]
PROGRESS = {"date": "2025-01-15", "percent": 40, "note": "Halvvägs"}

# endpoint: (method, path under /api/v1/organisations/0180/, body, scope, success)
ENDPOINTS = {
    "read": ("get", "own-indicators", None, Scope.READ_PRIVATE, 200),
    "values": ("put", "own-indicators/E1/values", VALUES, Scope.WRITE_OWN_VALUES, 200),
    "progress": ("post", "actions/S1/progress", PROGRESS, Scope.WRITE_PROGRESS, 201),
}
# caller: the status on each endpoint of A
TABLE = {
    "anonymous": 401,
    "viewer_a session": 401,
    "editor_a session": 401,
    "admin_a session": 401,
    "editor_b session": 401,
    "token of A": "success",
    "token of B": 403,
    "revoked token of A": 401,
    "expired token of A": 401,
    "unknown token": 401,
    "token of A without the scope": 403,
}


@pytest.fixture
def material_a(org_a):
    own_indicator(org_a, values={2023: 10.0})
    Action.objects.create(organisation=org_a, level="strategy", code="S1", title="Fler cyklar")


def caller(name: str, scope: str, request, client_for, org_a, org_b):
    """The client and headers of ``name``."""
    if name.endswith(" session"):
        return client_for(request.getfixturevalue(name.removesuffix(" session"))), {}
    client = client_for(None)
    now = timezone.now()
    tokens = {
        "token of A": lambda: make_token(org_a, scope),
        "token of B": lambda: make_token(org_b),  # every scope, but of B
        "revoked token of A": lambda: make_token(org_a, revoked_at=now),
        "expired token of A": lambda: make_token(org_a, expires_at=now - timedelta(seconds=1)),
        "token of A without the scope": lambda: make_token(
            org_a, *[s for s in Scope.values if s != scope]
        ),
    }
    if name == "anonymous":
        return client, {}
    if name == "unknown token":
        return client, bearer("styra_" + "x" * 43)
    return client, bearer(tokens[name]()[1])


def call(client, method: str, path: str, body, headers):
    url = f"/api/v1/organisations/0180/{path}"
    if body is None:
        return getattr(client, method)(url, headers=headers)
    return getattr(client, method)(
        url, json.dumps(body), content_type="application/json", headers=headers
    )


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("who", TABLE)
def test_permission_table(who, endpoint, request, client_for, org_a, org_b, material_a):
    method, path, body, scope, success = ENDPOINTS[endpoint]
    client, headers = caller(who, scope, request, client_for, org_a, org_b)
    response = call(client, method, path, body, headers)
    expected = success if TABLE[who] == "success" else TABLE[who]
    assert response.status_code == expected, response.content
    assert response["Content-Type"] == "application/json; charset=utf-8"
    answer = response.json()
    if expected == success:
        return
    assert answer["detail"]
    # Nothing refused was written.
    assert OwnValue.objects.filter(year=2024).count() == 0
    assert ProgressEntry.objects.count() == 0


def test_a_missing_scope_is_named(client_for, org_a, material_a):
    _row, token = make_token(org_a, Scope.READ_PRIVATE)
    response = call(client_for(None), "put", "own-indicators/E1/values", VALUES, bearer(token))
    assert response.status_code == 403
    assert "write_own_values" in response.json()["detail"]


def test_a_token_of_b_reads_nothing_of_a(client_for, org_a, org_b, material_a):
    _row, token = make_token(org_b, Scope.READ_PRIVATE)
    response = call(client_for(None), "get", "own-indicators", None, bearer(token))
    assert response.status_code == 403
    assert "Cykelresor" not in response.content.decode()
    # Its own organisation (with nothing of its own yet) answers.
    own = client_for(None).get("/api/v1/organisations/1480/own-indicators", headers=bearer(token))
    assert (own.status_code, own.json()) == (200, [])


def test_a_session_with_its_csrf_token_still_cannot_write(client_for, editor_a, material_a):
    client = client_for(editor_a)
    client.get("/omraden/0180/organisation/")  # as a browser: the CSRF cookie is set
    csrf = client.cookies.get("csrftoken")
    headers = {"X-CSRFToken": csrf.value} if csrf else {}
    response = call(client, "put", "own-indicators/E1/values", VALUES, headers)
    assert response.status_code == 401
    assert OwnValue.objects.filter(year=2024).count() == 0
