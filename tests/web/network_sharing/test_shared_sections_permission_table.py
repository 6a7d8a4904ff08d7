"""Each shared section's view permissions, for every kind of user, shared and unshared.

A shares a section with network N (members A and B, a coordinator in no organisation);
A is also in network M with C. Reading needs the section shared with one's own network:
B's editor and N's coordinator read it while it is shared and lose it at once when it is
unshared; C's editor (network M only) never reads it; a user of no organisation and an
anonymous user never. Changing stays with A's editors whatever is shared.
"""

import pytest
from django.contrib.auth.models import AnonymousUser

from styra.web.network.models import Section, SectionShare
from tests.web.factories import make_user
from tests.web.network_sharing.conftest import share

# Each section's reading permissions (on the organisation) and a changing one that stays.
PERMS_OF = {
    Section.NULAGE: (["reports.view_versions"], "reports.freeze_document"),
    Section.FOCUS: (["focus.view_focus"], "focus.change_focus"),
    Section.RADIGHET: (
        ["radighet.view_mandate", "radighet.view_history"],
        "radighet.change_mandate",
    ),
    Section.SAMVERKAN: (["samverkan.view_register"], "samverkan.change_register"),
    Section.MATURITY: (["maturity.view_assessment"], "maturity.answer_assessment"),
    Section.PRIORITIES: (
        ["priorities.view_prioritisation", "priorities.view_decisions"],
        "priorities.record_decision",
    ),
    Section.ACTIONPLAN: (["actionplan.view_plan"], "actionplan.change_plan"),
    Section.INTERACTIONS: (["priorities.view_interactions"], "priorities.change_interactions"),
    Section.DIALOGUE: (["dialogue.view_results"], "dialogue.change_dialogue"),
    Section.FOLLOWUP: (["followup.view_cycles"], "followup.manage_cycles"),
}
# What stays with A's members whatever A shares.
MEMBERS_ONLY = [
    "reports.view_document",
    "dialogue.view_dialogue",
    "maturity.answer_assessment",
    "priorities.take_part_in_workshop",
    "organisations.view_organisation",
]


def fresh(user):
    """The user as the next request sees it (the shares are read once per user object)."""
    return type(user).objects.get(pk=user.pk) if user.is_authenticated else user


@pytest.fixture
def users(editor_b, coordinator, editor_c, network_n, network_m) -> dict:
    return {
        "member of N": editor_b,
        "coordinator of N": coordinator,
        "member of M only": editor_c,
        "no organisation": make_user("ingen"),
        "anonymous": AnonymousUser(),
    }


READS_WHEN_SHARED = {
    "member of N": True,
    "coordinator of N": True,
    "member of M only": False,
    "no organisation": False,
    "anonymous": False,
}


@pytest.mark.parametrize("section", list(PERMS_OF))
def test_shared_then_unshared(section, users, org_a, network_n, viewer_a):
    reading, changing = PERMS_OF[section]
    for perm in reading:
        assert {who: fresh(u).has_perm(perm, org_a) for who, u in users.items()} == dict.fromkeys(
            users, False
        ), f"{perm} before sharing"
    share(org_a, network_n, section)
    for perm in reading:
        seen = {who: fresh(u).has_perm(perm, org_a) for who, u in users.items()}
        assert seen == READS_WHEN_SHARED, perm
        assert viewer_a.has_perm(perm, org_a)
    assert not any(fresh(u).has_perm(changing, org_a) for u in users.values())
    SectionShare.objects.filter(organisation=org_a).delete()
    for perm in reading:
        assert not any(fresh(u).has_perm(perm, org_a) for u in users.values()), perm


def test_sharing_one_section_opens_no_other(users, org_a, network_n):
    share(org_a, network_n, Section.FOCUS)
    peer = fresh(users["member of N"])
    others = [
        perm for s, (reading, _c) in PERMS_OF.items() if s != Section.FOCUS for perm in reading
    ]
    assert [perm for perm in others if peer.has_perm(perm, org_a)] == []


def test_sharing_everything_keeps_the_members_pages(users, org_a, network_n):
    share(org_a, network_n)
    for user in users.values():
        assert [perm for perm in MEMBERS_ONLY if fresh(user).has_perm(perm, org_a)] == []


def test_a_share_with_m_is_not_seen_in_n(users, org_a, network_m):
    share(org_a, network_m, Section.FOCUS)
    assert fresh(users["member of M only"]).has_perm("focus.view_focus", org_a)
    assert not fresh(users["member of N"]).has_perm("focus.view_focus", org_a)
    assert not fresh(users["coordinator of N"]).has_perm("focus.view_focus", org_a)


def test_a_member_that_left_shares_nothing(users, org_a, network_n):
    share(org_a, network_n, Section.FOCUS)
    network_n.members.remove(org_a)
    assert not fresh(users["member of N"]).has_perm("focus.view_focus", org_a)
