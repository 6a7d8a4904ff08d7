"""The follow-up rules for editor, admin, contributor and viewer of A and editor of B."""

import pytest
from django.contrib.auth.models import AnonymousUser

PERMS = {
    # permission: (admin_a, editor_a, contributor_a, viewer_a, editor_b) on organisation A
    "followup.view_cycles": (True, True, True, True, False),
    "followup.manage_cycles": (True, True, False, False, False),
}


@pytest.mark.parametrize("perm", PERMS)
def test_permission_on_organisation_a(
    perm, org_a, admin_a, editor_a, contributor_a, viewer_a, editor_b
):
    users = (admin_a, editor_a, contributor_a, viewer_a, editor_b)
    assert tuple(user.has_perm(perm, org_a) for user in users) == PERMS[perm]


def test_report_on_an_action(
    plan, admin_a, editor_a, contributor_a, viewer_a, editor_b, other_contributor
):
    own, others = plan["x"], plan["z"]
    assert [u.has_perm("followup.report", own) for u in (admin_a, editor_a, contributor_a)] == [
        True
    ] * 3
    assert not viewer_a.has_perm("followup.report", own)
    assert not editor_b.has_perm("followup.report", own)
    assert not contributor_a.has_perm("followup.report", others)
    assert other_contributor.has_perm("followup.report", others)
    assert not AnonymousUser().has_perm("followup.report", own)


def test_a_responsible_viewer_may_not_report(plan, viewer_a):
    plan["x"].responsible.add(viewer_a)
    assert not viewer_a.has_perm("followup.report", plan["x"])


def test_nobody_outside_a_reads_or_manages(org_a, editor_b):
    assert not any(editor_b.has_perm(perm, org_a) for perm in PERMS)
    assert not any(AnonymousUser().has_perm(perm, org_a) for perm in PERMS)
