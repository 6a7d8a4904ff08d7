"""The named permissions of the handlingsplan, for each kind of user."""

import pytest
from django.contrib.auth.models import AnonymousUser

from styra.web.accounts.models import Role
from tests.web.conftest import make_member

ORGANISATION_PERMS = {
    # permission: (admin_a, editor_a, contributor_a, viewer_a, editor_b) on organisation A
    "actionplan.view_plan": (True, True, True, True, False),
    "actionplan.change_plan": (True, True, False, False, False),
}


@pytest.mark.parametrize("perm", ORGANISATION_PERMS)
def test_permission_on_organisation_a(
    perm, org_a, admin_a, editor_a, contributor_a, viewer_a, editor_b
):
    users = (admin_a, editor_a, contributor_a, viewer_a, editor_b)
    assert tuple(user.has_perm(perm, org_a) for user in users) == ORGANISATION_PERMS[perm]


def test_log_progress_editors_and_the_responsible_contributor(
    plan_a, admin_a, editor_a, contributor_a, viewer_a, editor_b
):
    x, y = plan_a["x"], plan_a["y"]
    log = "actionplan.log_progress"
    assert admin_a.has_perm(log, x) and admin_a.has_perm(log, y)
    assert editor_a.has_perm(log, x) and editor_a.has_perm(log, y)
    assert contributor_a.has_perm(log, x)
    assert not contributor_a.has_perm(log, y)
    assert not viewer_a.has_perm(log, x)
    assert not editor_b.has_perm(log, x)


def test_a_responsible_viewer_may_not_log(plan_a, org_a):
    reader = make_member("rut_lasare", org_a, Role.VIEWER)
    plan_a["x"].responsible.add(reader)
    assert not reader.has_perm("actionplan.log_progress", plan_a["x"])


def test_responsibility_in_a_does_not_carry_to_b(plan_a, org_b, contributor_a, action_b):
    action_b.responsible.add(contributor_a)  # not a member of B
    assert not contributor_a.has_perm("actionplan.log_progress", action_b)


@pytest.mark.parametrize("perm", ORGANISATION_PERMS)
def test_anonymous_has_no_permission(perm, org_a):
    assert not AnonymousUser().has_perm(perm, org_a)


def test_anonymous_may_not_log(plan_a):
    assert not AnonymousUser().has_perm("actionplan.log_progress", plan_a["x"])
