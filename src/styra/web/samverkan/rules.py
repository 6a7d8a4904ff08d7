"""Named permissions on the samverkan register (``user.has_perm(name, organisation)``).

| permission | who |
|---|---|
| samverkan.view_register | members of the organisation (any role): the register is internal |
| samverkan.change_register | editors and admins of the organisation |

The register is the actors, their roles per goal and target, the matrix and
its exports, and the suggestions.
"""

import rules

from styra.web.accounts.rules import is_editor_of, is_member_of
from styra.web.network.models import Section
from styra.web.network.sharing import shared_section

rules.add_perm(
    "samverkan.view_register",
    rules.is_authenticated & (is_member_of | shared_section(Section.SAMVERKAN)),
)
rules.add_perm("samverkan.change_register", rules.is_authenticated & is_editor_of)
