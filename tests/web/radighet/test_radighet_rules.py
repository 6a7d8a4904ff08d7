"""The named permissions on rådighet, for each of the test users."""

import pytest
from django.contrib.auth.models import AnonymousUser

PERMS = {
    # permission: (admin_a, editor_a, viewer_a, editor_b) on organisation A
    "radighet.view_mandate": (True, True, True, True),
    "radighet.view_history": (True, True, True, False),
    "radighet.change_mandate": (True, True, False, False),
}


@pytest.mark.parametrize("perm", PERMS)
def test_permission_on_organisation_a(perm, org_a, admin_a, editor_a, viewer_a, editor_b):
    users = (admin_a, editor_a, viewer_a, editor_b)
    assert tuple(user.has_perm(perm, org_a) for user in users) == PERMS[perm]


@pytest.mark.parametrize("perm", PERMS)
def test_anonymous_has_no_permission(perm, org_a):
    assert not AnonymousUser().has_perm(perm, org_a)


def test_editor_of_b_changes_and_reads_the_history_of_b_only(org_a, org_b, editor_b):
    for perm in ("radighet.change_mandate", "radighet.view_history"):
        assert editor_b.has_perm(perm, org_b)
        assert not editor_b.has_perm(perm, org_a)
