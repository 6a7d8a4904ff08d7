"""Named permissions on the VLR (``user.has_perm(name, organisation)``).

| permission | who |
|---|---|
| vlr.view_review | members of the organisation (any role) |
| vlr.edit_review | editors and admins of the organisation: the narratives, freezing |

Like the nulägesanalys document, the VLR gathers private material (the
self-assessment, the plan, the samverkan register), so only members read it.
"""

import rules

from styra.web.accounts.rules import is_editor_of, is_member_of

rules.add_perm("vlr.view_review", rules.is_authenticated & is_member_of)
rules.add_perm("vlr.edit_review", rules.is_authenticated & is_editor_of)
