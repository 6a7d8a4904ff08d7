"""Every maturity URL with editor of A, viewer of A and editor of B (refused, nothing leaked)."""

import pytest
from django.urls import reverse

from styra.web.maturity.models import Answer, Response, Round

from .conftest import SECRET_COMMENT, SECRET_TITLE, answer, answer_data

# (url name, needs a round, method, expected status for editor_a, viewer_a)
VIEWS = [
    ("maturity-list", False, "get", 200, 200),
    ("maturity-create", False, "get", 200, 403),
    ("maturity-create", False, "post", 302, 403),
    ("maturity-results", True, "get", 200, 200),
    ("maturity-answer", True, "get", 200, 200),
    ("maturity-answer", True, "post", 302, 302),
    ("maturity-close", True, "post", 302, 403),
    ("maturity-reopen", True, "post", 302, 403),
]
IDS = [f"{name}-{method}" for name, _, method, *_ in VIEWS]


def url_for(name, needs_round, round, kolada_id="0180"):
    args = [kolada_id, round.pk] if needs_round else [kolada_id]
    return reverse(name, args=args)


def data_for(name):
    if name == "maturity-create":
        return {"title": "Hösten 2025", "opened_on": "2025-09-01"}
    if name == "maturity-answer":
        return answer_data(2)
    return {}


def call(client, method, url, name):
    return client.post(url, data_for(name)) if method == "post" else client.get(url)


@pytest.fixture
def answered_a(round_a, admin_a):
    answer(round_a, admin_a, 3, comment=SECRET_COMMENT)
    return round_a


def assert_nothing_of_a(response):
    text = response.content.decode()
    assert SECRET_TITLE not in text and SECRET_COMMENT not in text


@pytest.mark.parametrize(("name", "needs_round", "method", "editor", "viewer"), VIEWS, ids=IDS)
def test_members_of_a(
    client_for, editor_a, viewer_a, answered_a, name, needs_round, method, editor, viewer
):
    for user, expected in ((editor_a, editor), (viewer_a, viewer)):
        url = url_for(name, needs_round, answered_a)
        response = call(client_for(user), method, url, name)
        assert response.status_code == expected, (user, url)


@pytest.mark.parametrize(("name", "needs_round", "method", "editor", "viewer"), VIEWS, ids=IDS)
def test_editor_of_b_is_refused_and_sees_nothing_of_a(
    client_for, editor_b, answered_a, name, needs_round, method, editor, viewer
):
    before = (Round.objects.count(), Response.objects.count(), Answer.objects.count())
    answered_a.refresh_from_db()
    closed_before = answered_a.closed
    response = call(client_for(editor_b), method, url_for(name, needs_round, answered_a), name)
    assert response.status_code == 403
    assert_nothing_of_a(response)
    assert (Round.objects.count(), Response.objects.count(), Answer.objects.count()) == before
    answered_a.refresh_from_db()
    assert answered_a.closed == closed_before


@pytest.mark.parametrize(
    ("name", "method"),
    [
        ("maturity-results", "get"),
        ("maturity-answer", "get"),
        ("maturity-answer", "post"),
        ("maturity-close", "post"),
        ("maturity-reopen", "post"),
    ],
)
def test_a_round_of_a_under_the_address_of_b_is_404(
    client_for, editor_b, answered_a, round_b, name, method
):
    url = url_for(name, True, answered_a, kolada_id="1480")
    response = call(client_for(editor_b), method, url, name)
    assert response.status_code == 404
    assert_nothing_of_a(response)
    assert not Response.objects.filter(respondent=editor_b).exists()


@pytest.mark.parametrize(("name", "needs_round", "method", "editor", "viewer"), VIEWS, ids=IDS)
def test_anonymous_is_sent_to_login(
    client_for, answered_a, name, needs_round, method, editor, viewer
):
    response = call(client_for(None), method, url_for(name, needs_round, answered_a), name)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts-login"))


def test_unknown_organisation_and_round_are_404(client_for, editor_a, round_a):
    client = client_for(editor_a)
    assert client.get("/omraden/9999/sjalvskattning/").status_code == 404
    assert client.get(f"/omraden/0180/sjalvskattning/{round_a.pk + 99}/").status_code == 404


@pytest.mark.parametrize("name", ["maturity-close", "maturity-reopen"])
def test_close_and_reopen_only_by_post(client_for, editor_a, round_a, name):
    assert client_for(editor_a).get(url_for(name, True, round_a)).status_code == 405


def test_the_organisation_page_links_members_only(client_for, editor_a, viewer_a, editor_b):
    link = 'href="/omraden/0180/sjalvskattning/"'
    for user in (editor_a, viewer_a):
        assert link in client_for(user).get("/omraden/0180/organisation/").content.decode()
    assert link not in client_for(editor_b).get("/omraden/0180/organisation/").content.decode()
