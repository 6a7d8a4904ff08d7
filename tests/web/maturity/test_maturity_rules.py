"""The named maturity permissions for each of the test users."""

import pytest
from django.contrib.auth.models import AnonymousUser

from styra.web.accounts.models import Role
from tests.web.conftest import make_member

PERMS = {
    # permission: (admin_a, editor_a, contributor_a, viewer_a, editor_b) on organisation A
    "maturity.view_assessment": (True, True, True, True, False),
    "maturity.answer_assessment": (True, True, True, True, False),
    "maturity.manage_rounds": (True, True, False, False, False),
}


@pytest.mark.parametrize("perm", PERMS)
def test_permission_on_organisation_a(perm, org_a, admin_a, editor_a, viewer_a, editor_b):
    contributor_a = make_member("cilla_bidrag", org_a, Role.CONTRIBUTOR)
    users = (admin_a, editor_a, contributor_a, viewer_a, editor_b)
    assert tuple(user.has_perm(perm, org_a) for user in users) == PERMS[perm]


@pytest.mark.parametrize("perm", PERMS)
def test_anonymous_and_missing_organisation_have_no_permission(perm, org_a, editor_a):
    assert not AnonymousUser().has_perm(perm, org_a)
    assert not editor_a.has_perm(perm, None)


def test_editor_of_b_manages_b_only(org_a, org_b, editor_b):
    assert editor_b.has_perm("maturity.manage_rounds", org_b)
    assert not editor_b.has_perm("maturity.manage_rounds", org_a)
