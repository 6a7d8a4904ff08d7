"""Named permissions on interaction matrices (``user.has_perm(name, owner)``).

The owner is the organisation or the network the matrices belong to.

| permission | organisation | network |
|---|---|---|
| priorities.view_interactions | members (any role) | coordinator, users of its members |
| priorities.change_interactions | editors and admins | the coordinator |

Changing covers creating, editing, importing and deleting matrices and their cells.
"""

import rules

from styra.web.accounts.rules import is_editor_of, is_member_of, roles_of
from styra.web.organisations.models import Network, Organisation


@rules.predicate
def is_coordinator_of(user, owner) -> bool:
    return isinstance(owner, Network) and owner.coordinator_id == user.pk


@rules.predicate
def is_in_network(user, owner) -> bool:
    """A user of one of the network's member organisations."""
    if not isinstance(owner, Network):
        return False
    return owner.members.filter(pk__in=list(roles_of(user))).exists()


@rules.predicate
def is_organisation(user, owner) -> bool:
    return isinstance(owner, Organisation)


can_view = is_coordinator_of | is_in_network | (is_organisation & is_member_of)
can_change = is_coordinator_of | (is_organisation & is_editor_of)

rules.add_perm("priorities.view_interactions", rules.is_authenticated & can_view)
rules.add_perm("priorities.change_interactions", rules.is_authenticated & can_change)
