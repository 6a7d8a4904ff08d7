"""The public site and the API's public reads answer everyone alike: anonymous, A's viewer
and editor, B's editor, A's token and B's token all see A's published version, and all
get 404 for what A has not published (a section taken off, or everything withdrawn).
Being a member or holding a token never shows more than the public version."""

import pytest
from django.test import Client

from styra.web.public import publishing
from tests.web.api.token_fixtures import bearer, make_token
from tests.web.public.public_content import fresh_cache, publish  # noqa: F401

CALLERS = ("anonymous", "viewer_a", "editor_a", "editor_b", "token of A", "token of B")
PUBLIC_PAGES = (
    "/offentligt/0180/",
    "/offentligt/0180/mal/11/",
    "/offentligt/0180/nyckeltal/N07806/",
    "/offentligt/0180/handlingsplan/",
    "/offentligt/0180/widget/handlingsplan/",
    "/offentligt/0180/data/",
    "/offentligt/0180/data/plan.csv",
    "/api/v1/organisations/0180/published",
    "/api/v1/organisations/0180/published/handlingsplan",
)
PLAN_PAGES = {p for p in PUBLIC_PAGES if "handlingsplan" in p or "plan.csv" in p}


def client_of(name: str, request, client_for, org_a, org_b) -> tuple[Client, dict]:
    if name == "anonymous":
        return Client(), {}
    if name.startswith("token of"):
        _row, token = make_token(org_a if name.endswith("A") else org_b)
        return Client(), bearer(token)
    return client_for(request.getfixturevalue(name)), {}


@pytest.mark.parametrize("name", CALLERS)
def test_everyone_sees_the_published_version_and_nothing_else(
    name, request, client_for, org_a, org_b, admin_a, django_capture_on_commit_callbacks
):
    publication = publish(org_a, marker="offentlig")
    client, headers = client_of(name, request, client_for, org_a, org_b)
    for path in PUBLIC_PAGES:
        response = client.get(path, headers=headers)
        assert response.status_code == 200, (name, path)
    assert client.get("/offentligt/1480/", headers=headers).status_code == 404  # B: nothing

    with django_capture_on_commit_callbacks(execute=True):
        publishing.unpublish_section(publication, "handlingsplan", admin_a)
    for path in PUBLIC_PAGES:
        expected = 404 if path in PLAN_PAGES else 200
        assert client.get(path, headers=headers).status_code == expected, (name, path)

    publication.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        publishing.withdraw(publication, admin_a)
    for path in PUBLIC_PAGES:
        assert client.get(path, headers=headers).status_code == 404, (name, path)
