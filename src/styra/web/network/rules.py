"""Named permissions of the network (``user.has_perm(name, obj)``).

| permission | object | who |
|---|---|---|
| network.create_network | – | platform admins (staff) |
| network.view_network | network | its coordinators, users of its members, platform admins |
| network.manage_network | network | coordinators, platform admins: invite, coordinators, meetings |
| network.answer_invitation | organisation | the organisation's admins: join or decline a network |
| network.share_sections | organisation | the organisation's editors and admins: share or unshare |

Reading a member's shared section is each app's view permission (network.sharing).
"""

import rules

from styra.web.accounts.rules import is_admin_of, is_editor_of, roles_of
from styra.web.organisations.models import Network


@rules.predicate
def is_platform_admin(user) -> bool:
    return user.is_active and (user.is_staff or user.is_superuser)


@rules.predicate
def is_coordinator_of(user, network) -> bool:
    if not isinstance(network, Network):
        return False
    return network.coordinators.filter(pk=user.pk).exists()


@rules.predicate
def is_in_network(user, network) -> bool:
    """A user of one of the network's member organisations."""
    if not isinstance(network, Network):
        return False
    return network.members.filter(pk__in=list(roles_of(user))).exists()


rules.add_perm("network.create_network", rules.is_authenticated & is_platform_admin)
rules.add_perm(
    "network.view_network",
    rules.is_authenticated & (is_platform_admin | is_coordinator_of | is_in_network),
)
rules.add_perm(
    "network.manage_network", rules.is_authenticated & (is_platform_admin | is_coordinator_of)
)
rules.add_perm("network.answer_invitation", rules.is_authenticated & is_admin_of)
rules.add_perm("network.share_sections", rules.is_authenticated & is_editor_of)
