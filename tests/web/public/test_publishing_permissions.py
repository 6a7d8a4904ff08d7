"""Who may do what on the publishing pages of organisation A: anonymous users are sent to
log in; every member sees the page; editors (and admins) prepare; only admins approve,
reject and unpublish; an editor of B gets nothing of A's (403, or 404 for an object)."""

import pytest
from django.urls import reverse

from styra.web.public import publishing
from styra.web.public.models import Publication
from tests.web.pages import text_of
from tests.web.public.public_content import fresh_cache  # noqa: F401

State = Publication.State
PREPARE_DATA = {"sections": ["handlingsplan"], "licence": "CC-BY-4.0"}


def url(name: str, *args) -> str:
    return reverse(name, args=["0180", *args])


@pytest.fixture
def waiting(org_a, editor_a):
    return publishing.prepare(org_a, editor_a, ["handlingsplan"], "CC-BY-4.0")


@pytest.fixture
def live(org_a, editor_a, admin_a):
    """A published version (the plan, empty), with nothing waiting."""
    return publishing.approve(
        publishing.prepare(org_a, editor_a, ["handlingsplan", "prioriteringar"], "CC-BY-4.0"),
        admin_a,
    )


def test_anonymous_is_sent_to_login(client, waiting):
    login = reverse("accounts-login")
    for name, args, method in (
        ("publishing", [], "get"),
        ("publishing-prepare", [], "get"),
        ("publishing-prepare", [], "post"),
        ("publishing-approve", [waiting.pk], "post"),
        ("publishing-reject", [waiting.pk], "post"),
        ("publishing-withdraw", [], "post"),
    ):
        response = getattr(client, method)(url(name, *args))
        assert response.status_code == 302 and response["Location"].startswith(login), name
    assert Publication.objects.get().state == State.PREPARED


@pytest.mark.parametrize("member", ["viewer_a", "contributor_a"])
def test_a_viewer_sees_the_page_but_can_neither_prepare_nor_approve(
    member, request, client_for, waiting
):
    client = client_for(request.getfixturevalue(member))
    page = client.get(url("publishing"))
    assert page.status_code == 200
    text = text_of(page)
    assert "Väntar på godkännande" in text and "Handlingsplanen med framdriften" in text
    assert url("publishing-prepare") not in text
    assert url("publishing-approve", waiting.pk) not in text
    assert client.get(url("publishing-prepare")).status_code == 403
    assert client.post(url("publishing-prepare"), PREPARE_DATA).status_code == 403
    assert client.post(url("publishing-approve", waiting.pk)).status_code == 403
    assert client.post(url("publishing-reject", waiting.pk)).status_code == 403
    assert Publication.objects.get().state == State.PREPARED


def test_a_viewer_cannot_unpublish(client_for, viewer_a, live):
    client = client_for(viewer_a)
    assert client.post(url("publishing-withdraw")).status_code == 403
    assert client.post(url("publishing-withdraw"), {"section": "handlingsplan"}).status_code == 403
    live.refresh_from_db()
    assert live.state == State.PUBLISHED and live.sections == ["prioriteringar", "handlingsplan"]


def test_an_editor_prepares_but_cannot_approve_or_unpublish(client_for, editor_a, live):
    client = client_for(editor_a)
    text = text_of(client.get(url("publishing")))
    assert url("publishing-prepare") in text and url("publishing-withdraw") not in text
    assert client.post(url("publishing-prepare"), PREPARE_DATA).status_code == 302
    waiting = Publication.objects.get(state=State.PREPARED)
    assert url("publishing-approve", waiting.pk) not in text_of(client.get(url("publishing")))
    assert client.post(url("publishing-approve", waiting.pk)).status_code == 403
    assert client.post(url("publishing-reject", waiting.pk)).status_code == 403
    assert client.post(url("publishing-withdraw")).status_code == 403
    waiting.refresh_from_db()
    live.refresh_from_db()
    assert (waiting.state, live.state) == (State.PREPARED, State.PUBLISHED)


def test_an_admin_approves_rejects_and_unpublishes(client_for, org_a, editor_a, admin_a, waiting):
    client = client_for(admin_a)
    text = text_of(client.get(url("publishing")))
    assert url("publishing-approve", waiting.pk) in text
    assert url("publishing-reject", waiting.pk) in text
    assert client.post(url("publishing-approve", waiting.pk)).status_code == 302
    assert url("publishing-withdraw") in text_of(client.get(url("publishing")))
    assert client.post(url("publishing-withdraw")).status_code == 302
    other = publishing.prepare(org_a, editor_a, ["prioriteringar"], "CC-BY-4.0")
    assert client.post(url("publishing-reject", other.pk)).status_code == 302
    states = dict(Publication.objects.values_list("pk", "state"))
    assert states == {waiting.pk: State.WITHDRAWN, other.pk: State.REJECTED}


def test_an_editor_of_b_gets_nothing_of_a(client_for, editor_b, waiting):
    client = client_for(editor_b)
    assert client.get(url("publishing")).status_code == 403
    assert client.get(url("publishing-prepare")).status_code == 403
    assert client.post(url("publishing-prepare"), PREPARE_DATA).status_code == 403
    assert client.post(url("publishing-approve", waiting.pk)).status_code == 403
    assert client.post(url("publishing-withdraw")).status_code == 403
    assert Publication.objects.get().state == State.PREPARED


def test_a_publication_of_a_is_not_found_under_b(client_for, org_b, editor_b, waiting):
    """B's admin cannot approve A's publication through B's URLs."""
    from styra.web.accounts.models import Role
    from tests.web.factories import make_member

    admin_b = make_member("britt_admin", org_b, Role.ADMIN)
    client = client_for(admin_b)
    b_url = reverse("publishing-approve", args=["1480", waiting.pk])
    assert client.post(b_url).status_code == 404
    assert client.post(reverse("publishing-reject", args=["1480", waiting.pk])).status_code == 404
    assert Publication.objects.get().state == State.PREPARED


def test_approve_reject_and_withdraw_take_only_post(client_for, admin_a, waiting):
    client = client_for(admin_a)
    for name, args in (
        ("publishing-approve", [waiting.pk]),
        ("publishing-reject", [waiting.pk]),
        ("publishing-withdraw", []),
    ):
        assert client.get(url(name, *args)).status_code == 405
