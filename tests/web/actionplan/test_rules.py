"""Logging progress on an action, for each kind of user (``actionplan.view_plan`` and
``actionplan.change_plan`` on the organisation: tests/web/test_permission_table.py)."""

from django.contrib.auth.models import AnonymousUser

from styra.web.accounts.models import Role
from tests.web.factories import make_member


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


def test_anonymous_may_not_log(plan_a):
    assert not AnonymousUser().has_perm("actionplan.log_progress", plan_a["x"])
