"""Every named permission on an organisation, for each kind of user, in one table.

The users are those of tests/web/conftest.py: admin, editor, contributor and viewer of
organisation A, and editor of B. The table says what each may do in A; organisation B
is the mirror image (B's editor has there what A's editor has in A, A's members what
B's editor has in A). Only the Kolada-based analysis is open to every logged-in user;
everything else of an organisation is private to its members. Anonymous users may do
nothing, superusers everything.

Permissions on other objects stay with their apps: logging progress on an action
(actionplan), interaction matrices of a network (priorities/interactions), a network's
own pages (tests/web/network/shell), a network's meetings (tests/web/meetings), a
kollegial granskning's reviewers (tests/web/consultation/test_peer_review.py). What a
member shares with a network, peers read (tests/web/network_sharing).
"""

import pytest
from django.contrib.auth.models import AnonymousUser

PERMS = {
    # permission: (admin_a, editor_a, contributor_a, viewer_a, editor_b) on organisation A
    "nulage.view_analysis": (True, True, True, True, True),
    "organisations.view_organisation": (True, True, True, True, False),
    "organisations.change_commitments": (True, True, False, False, False),
    "organisations.manage_members": (True, False, False, False, False),
    "indicators.view_own_data": (True, True, True, True, False),
    "indicators.change_own_data": (True, True, False, False, False),
    "radighet.view_mandate": (True, True, True, True, False),
    "radighet.view_history": (True, True, True, True, False),
    "radighet.change_mandate": (True, True, False, False, False),
    "samverkan.view_register": (True, True, True, True, False),
    "samverkan.change_register": (True, True, False, False, False),
    "maturity.view_assessment": (True, True, True, True, False),
    "maturity.answer_assessment": (True, True, True, True, False),
    "maturity.manage_rounds": (True, True, False, False, False),
    "focus.view_focus": (True, True, True, True, False),
    "focus.change_focus": (True, True, False, False, False),
    "priorities.view_prioritisation": (True, True, True, True, False),
    "priorities.take_part_in_workshop": (True, True, True, True, False),
    "priorities.view_decisions": (True, True, True, True, False),
    "priorities.change_weights": (True, True, False, False, False),
    "priorities.run_workshop": (True, True, False, False, False),
    "priorities.record_decision": (True, True, False, False, False),
    "priorities.view_interactions": (True, True, True, True, False),
    "priorities.change_interactions": (True, True, False, False, False),
    "actionplan.view_plan": (True, True, True, True, False),
    "actionplan.change_plan": (True, True, False, False, False),
    "changes.view_changes": (True, True, True, True, False),
    "public.view_publishing": (True, True, True, True, False),
    "public.prepare_publication": (True, True, False, False, False),
    "public.approve_publication": (True, False, False, False, False),
    "api.manage_tokens": (True, False, False, False, False),
    "audit.view_log": (True, False, False, False, False),
    "contact.view_messages": (True, True, False, False, False),
    "contact.delete_messages": (True, True, False, False, False),
    "consultation.view_rounds": (True, True, True, True, False),
    "consultation.comment": (True, True, True, True, False),
    "consultation.manage_rounds": (True, True, False, False, False),
    "meetings.view_tasks": (True, True, True, True, False),
    "meetings.mark_task": (True, True, True, False, False),
    "dialogue.view_dialogue": (True, True, True, True, False),
    "dialogue.change_dialogue": (True, True, False, False, False),
    "dialogue.view_results": (True, True, True, True, False),
    "reports.view_versions": (True, True, True, True, False),
    "practices.view_practices": (True, True, True, True, False),
    "practices.change_practices": (True, True, False, False, False),
    "network.answer_invitation": (True, False, False, False, False),
    "network.share_sections": (True, True, False, False, False),
    # the platform's admins only (staff, superuser): tests/web/personal
    "personal.manage_persons": (False, False, False, False, False),
}


@pytest.mark.parametrize("perm", PERMS)
def test_permission_on_organisation_a(
    perm, org_a, admin_a, editor_a, contributor_a, viewer_a, editor_b
):
    users = (admin_a, editor_a, contributor_a, viewer_a, editor_b)
    assert tuple(user.has_perm(perm, org_a) for user in users) == PERMS[perm]


@pytest.mark.parametrize("perm", PERMS)
def test_organisation_b_is_the_mirror_image(perm, org_b, editor_a, viewer_a, editor_b):
    """Nobody keeps a right in another organisation that an outsider lacks: the editor
    of B changes B only, and A's members read only what is open to everyone."""
    _, editor, _, _, outsider = PERMS[perm]
    assert editor_b.has_perm(perm, org_b) is editor
    assert editor_a.has_perm(perm, org_b) is outsider
    assert viewer_a.has_perm(perm, org_b) is outsider


@pytest.mark.parametrize("perm", PERMS)
def test_anonymous_has_no_permission(perm, org_a):
    assert not AnonymousUser().has_perm(perm, org_a)


def test_superuser_may_do_everything(org_a, django_user_model):
    root = django_user_model.objects.create_superuser("root", "root@example.se", "x")
    assert all(root.has_perm(perm, org_a) for perm in PERMS)
