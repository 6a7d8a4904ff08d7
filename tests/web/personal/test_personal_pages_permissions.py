"""Who may use the personal-data pages: anyone signed in downloads their own data
("Mina uppgifter"); only the platform's admins (staff, superuser) find, export and
erase another person; anonymous visitors are sent to the login. Erasing asks for the
e-mail again and shows the counts."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.web.personal.material import make_person, traces_of

QUERY = "?email=petra%40example.se"
ADMIN_PAGES = [
    ("get", reverse("personal-persons") + QUERY),
    ("get", reverse("personal-person-export") + QUERY),
    ("get", reverse("personal-person-erase") + QUERY),
    ("post", reverse("personal-person-erase")),
]


@pytest.fixture
def petra(org_a, admin_a):
    person = make_person("Petra", "Persson", "petra@example.se")
    traces_of(person, org_a, admin_a)
    return person


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_user("plattform", "p@example.se", is_staff=True)


def erase_form(confirm: str) -> dict:
    return {"email": "petra@example.se", "name": "", "confirm": confirm}


def test_everyone_signed_in_downloads_their_own_data(client_for, petra, editor_a):
    client = client_for(petra)
    assert client.get(reverse("personal-mine")).status_code == 200
    response = client.get(reverse("personal-mine-export"))
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["person"]["email"] == "petra@example.se"
    assert "erik_redaktor@example.se" not in response.content.decode()
    other = client_for(editor_a).get(reverse("personal-mine-export"))
    assert b"petra@example.se" not in other.content


def test_anonymous_visitors_go_to_the_login(client_for, petra):
    for url in (reverse("personal-mine"), reverse("personal-mine-export")):
        assert client_for(None).get(url).status_code == 302
    for method, url in ADMIN_PAGES:
        assert getattr(client_for(None), method)(url).status_code == 302


@pytest.mark.parametrize("member", ["admin_a", "editor_a", "viewer_a"])
def test_organisation_members_may_not_manage_persons(client_for, petra, member, request):
    client = client_for(request.getfixturevalue(member))
    for method, url in ADMIN_PAGES:
        data = erase_form("petra@example.se") if method == "post" else None
        assert getattr(client, method)(url, data).status_code == 403, url
    assert get_user_model().objects.get(pk=petra.pk).is_active


def test_a_platform_admin_finds_exports_and_erases(client_for, petra, staff):
    client = client_for(staff)
    found = client.get(reverse("personal-persons") + QUERY)
    assert found.status_code == 200 and b"accounts.Membership" in found.content
    exported = client.get(reverse("personal-person-export") + QUERY)
    assert json.loads(exported.content)["rows"]["auth.User"][0]["pk"] == petra.pk
    confirm = client.get(reverse("personal-person-erase") + QUERY)
    assert confirm.status_code == 200 and b"organisations.BodyMember" in confirm.content
    wrong = client.post(reverse("personal-person-erase"), erase_form("olle@example.se"))
    assert wrong.status_code == 400
    assert get_user_model().objects.get(pk=petra.pk).is_active
    done = client.post(reverse("personal-person-erase"), erase_form("PETRA@example.se"))
    assert done.status_code == 200 and b"auth.User" in done.content
    assert not get_user_model().objects.get(pk=petra.pk).is_active


def test_the_permission_is_for_platform_admins_only(petra, staff, admin_a, django_user_model):
    root = django_user_model.objects.create_superuser("root", "root@example.se", "x")
    assert staff.has_perm("personal.manage_persons") and root.has_perm("personal.manage_persons")
    assert not admin_a.has_perm("personal.manage_persons")
    assert not petra.has_perm("personal.manage_persons")
