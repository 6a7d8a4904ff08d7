"""CORS: any site may read the API from a browser (GET, no cookies); nothing else is
allowed across origins, so a page elsewhere cannot write."""

import pytest

ORIGIN = "https://www.example.org"

pytestmark = pytest.mark.usefixtures("no_rate_limits")


def test_a_get_from_another_origin_is_allowed_without_credentials(client, db):
    response = client.get("/api/v1/sdg/goals", headers={"Origin": ORIGIN})
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response


@pytest.mark.parametrize("method", ["PUT", "POST"])
def test_a_preflight_for_a_write_is_not_allowed(client, db, method):
    response = client.options(
        "/api/v1/organisations/0180/own-indicators/E1/values",
        headers={
            "Origin": ORIGIN,
            "Access-Control-Request-Method": method,
            "Access-Control-Request-Headers": "authorization, content-type",
        },
    )
    allowed = response.get("Access-Control-Allow-Methods", "")
    assert method not in allowed.replace(" ", "").split(",")
    assert "Access-Control-Allow-Credentials" not in response


def test_pages_outside_the_api_get_no_cors_headers(client, db):
    response = client.get("/", headers={"Origin": ORIGIN})
    assert "Access-Control-Allow-Origin" not in response
