"""Only the organisation's admins read its log: A's admin sees A's entries, A's editor
is refused, B's admin sees nothing of A (in B's log) and is refused A's, an anonymous
visitor is sent to sign in. The same holds for the sign-ins page and the exports."""

import pytest
from django.urls import reverse

from styra.web.accounts.models import Role
from styra.web.samverkan.models import Actor
from tests.web.factories import make_member

PAGES = [
    ("audit-log", []),
    ("audit-log-export", ["csv"]),
    ("audit-sign-ins", []),
    ("audit-sign-ins-export", ["xlsx"]),
]


@pytest.fixture
def admin_b(org_b):
    return make_member("britt_admin", org_b, Role.ADMIN)


@pytest.fixture
def actor_a(org_a):
    return Actor.objects.create(
        organisation=org_a, name="Hemligt Bolag A", kind="internal", category="bolag"
    )


@pytest.mark.parametrize(("name", "args"), PAGES)
def test_who_may_open(name, args, client_for, admin_a, editor_a, admin_b, actor_a):
    url = reverse(name, args=["0180", *args])
    assert client_for(admin_a).get(url).status_code == 200
    assert client_for(editor_a).get(url).status_code == 403
    assert client_for(admin_b).get(url).status_code == 403
    anonymous = client_for(None).get(url)
    assert anonymous.status_code == 302 and reverse("accounts-login") in anonymous["Location"]


def test_b_admin_sees_nothing_of_a(client_for, admin_a, admin_b, actor_a):
    assert (
        "Hemligt Bolag A"
        in client_for(admin_a).get(reverse("audit-log", args=["0180"])).content.decode()
    )
    own = client_for(admin_b).get(reverse("audit-log", args=["1480"]))
    assert own.status_code == 200
    assert "Hemligt Bolag A" not in own.content.decode()
    assert all(entry["object"] != "Hemligt Bolag A" for entry in own.context["changes"])


def test_the_organisation_page_links_the_log_for_admins_only(client_for, admin_a, editor_a):
    link = reverse("audit-log", args=["0180"])
    page = reverse("organisations-detail", args=["0180"])
    assert link in client_for(admin_a).get(page).content.decode()
    assert link not in client_for(editor_a).get(page).content.decode()
