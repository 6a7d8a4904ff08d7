"""The named organisation permissions, for each of the test users."""

import pytest

PERMS = {
    # permission: (admin_a, editor_a, viewer_a, editor_b) on organisation A
    "organisations.view_organisation": (True, True, True, True),
    "organisations.view_private": (True, True, True, False),
    "organisations.change_commitments": (True, True, False, False),
    "organisations.manage_members": (True, False, False, False),
}


@pytest.mark.parametrize("perm", PERMS)
def test_permission_on_organisation_a(perm, org_a, admin_a, editor_a, viewer_a, editor_b):
    users = (admin_a, editor_a, viewer_a, editor_b)
    assert tuple(user.has_perm(perm, org_a) for user in users) == PERMS[perm]


@pytest.mark.parametrize("perm", PERMS)
def test_anonymous_has_no_permission(perm, org_a):
    from django.contrib.auth.models import AnonymousUser

    assert not AnonymousUser().has_perm(perm, org_a)


def test_editor_of_b_may_edit_b_only(org_a, org_b, editor_b):
    assert editor_b.has_perm("organisations.change_commitments", org_b)
    assert not editor_b.has_perm("organisations.change_commitments", org_a)


def test_superuser_may_do_everything(org_a, django_user_model):
    root = django_user_model.objects.create_superuser("root", "root@example.se", "x")
    assert all(root.has_perm(perm, org_a) for perm in PERMS)
