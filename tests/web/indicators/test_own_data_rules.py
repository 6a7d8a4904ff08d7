"""The named permissions on own data, for each of the test users."""

import pytest
from django.contrib.auth.models import AnonymousUser

PERMS = {
    # permission: (admin_a, editor_a, viewer_a, editor_b) on organisation A
    "indicators.view_own_data": (True, True, True, True),
    "indicators.change_own_data": (True, True, False, False),
}


@pytest.mark.parametrize("perm", PERMS)
def test_permission_on_organisation_a(perm, org_a, admin_a, editor_a, viewer_a, editor_b):
    users = (admin_a, editor_a, viewer_a, editor_b)
    assert tuple(user.has_perm(perm, org_a) for user in users) == PERMS[perm]


@pytest.mark.parametrize("perm", PERMS)
def test_anonymous_has_no_permission(perm, org_a):
    assert not AnonymousUser().has_perm(perm, org_a)


def test_editor_of_b_changes_b_only(org_a, org_b, editor_b):
    assert editor_b.has_perm("indicators.change_own_data", org_b)
    assert not editor_b.has_perm("indicators.change_own_data", org_a)
