"""The named permissions: members read the focus analysis, editors and admins change it."""

import pytest

from styra.web.accounts.models import Role
from tests.web.conftest import make_member


@pytest.mark.parametrize(
    ("role", "view", "change"),
    [
        (Role.ADMIN, True, True),
        (Role.EDITOR, True, True),
        (Role.CONTRIBUTOR, True, False),
        (Role.VIEWER, True, False),
    ],
)
def test_roles_in_the_organisation(org_a, role, view, change):
    user = make_member(f"user_{role}", org_a, role)
    assert user.has_perm("focus.view_focus", org_a) is view
    assert user.has_perm("focus.change_focus", org_a) is change


def test_members_of_another_organisation_have_neither(org_a, editor_b):
    assert not editor_b.has_perm("focus.view_focus", org_a)
    assert not editor_b.has_perm("focus.change_focus", org_a)


def test_a_contributor_may_read_but_not_upload(client_for, org_a, document_a):
    contributor = make_member("cecilia_bidrar", org_a, Role.CONTRIBUTOR)
    client = client_for(contributor)
    assert client.get(f"/organisationer/0180/fokus/dokument/{document_a.pk}/").status_code == 200
    assert client.get("/organisationer/0180/fokus/dokument/ladda-upp/").status_code == 403
