"""Named permissions on interaction matrices (``user.has_perm(name, owner)``).

The owner is the organisation or the network the matrices belong to.

| permission | organisation | network |
|---|---|---|
| priorities.view_interactions | members (any role) | coordinators, users of its members |
| priorities.change_interactions | editors and admins | the coordinators |

Changing covers creating, editing, importing and deleting matrices and their cells.
"""

import rules

from styra.web.accounts.rules import is_editor_of, is_member_of
from styra.web.network.models import Section
from styra.web.network.rules import is_coordinator_of, is_in_network
from styra.web.network.sharing import shared_section
from styra.web.organisations.models import Organisation


@rules.predicate
def is_organisation(user, owner) -> bool:
    return isinstance(owner, Organisation)


can_view = (
    is_coordinator_of
    | is_in_network
    | (is_organisation & (is_member_of | shared_section(Section.INTERACTIONS)))
)
can_change = is_coordinator_of | (is_organisation & is_editor_of)

rules.add_perm("priorities.view_interactions", rules.is_authenticated & can_view)
rules.add_perm("priorities.change_interactions", rules.is_authenticated & can_change)
