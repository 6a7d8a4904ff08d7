"""Named permissions on the nulägesanalys document (``user.has_perm(name, organisation)``).

| permission | who |
|---|---|
| reports.view_document | members of the organisation (any role) |
| reports.freeze_document | editors and admins of the organisation |

The document gathers private material (the self-assessment, the samverkan
register's actors, the steering documents), so only members read it: the
live document, the frozen versions, their PDF and Word files and the
comparison. Freezing a version takes an editor.
"""

import rules

from styra.web.accounts.rules import is_editor_of, is_member_of

rules.add_perm("reports.view_document", rules.is_authenticated & is_member_of)
rules.add_perm("reports.freeze_document", rules.is_authenticated & is_editor_of)
