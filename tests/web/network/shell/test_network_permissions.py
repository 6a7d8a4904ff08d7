"""The network's named permissions on a network, for each kind of user (styra.web.network.rules)."""

import pytest
from django.contrib.auth.models import AnonymousUser

USERS = ("coordinator_n", "viewer_a", "editor_b", "outsider", "platform_admin")
PERMS = {
    # permission: (coordinator of N, user of N's member A, user of M's member B,
    #              user of no organisation, platform admin) on network N
    "network.view_network": (True, True, False, False, True),
    "network.manage_network": (True, False, False, False, True),
}


@pytest.mark.parametrize("perm", PERMS)
def test_permission_on_network_n(perm, request, network_n, network_m):
    users = [request.getfixturevalue(name) for name in USERS]
    assert tuple(user.has_perm(perm, network_n) for user in users) == PERMS[perm]
    assert not AnonymousUser().has_perm(perm, network_n)


def test_only_platform_admins_create_networks(request, network_n):
    users = [request.getfixturevalue(name) for name in USERS]
    assert [user.has_perm("network.create_network") for user in users] == [
        False,
        False,
        False,
        False,
        True,
    ]
