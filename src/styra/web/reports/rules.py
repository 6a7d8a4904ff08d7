"""Named permissions on the nulägesanalys document (``user.has_perm(name, organisation)``).

| permission | who |
|---|---|
| reports.view_document | members of the organisation (any role) |
| reports.view_versions | members; users of a network it shared its nulägesanalys with |
| reports.freeze_document | editors and admins of the organisation |

The document gathers private material (the self-assessment, the samverkan
register's actors, the steering documents), so only members read the live
document and its files. The frozen versions, their PDF and Word files and the
comparison are what the organisation stands by: a member may share them with
a network (network.sharing, docs/network-sharing.md). Freezing a version takes
an editor.
"""

import rules

from styra.web.accounts.rules import is_editor_of, is_member_of
from styra.web.network.models import Section
from styra.web.network.sharing import shared_section

rules.add_perm("reports.view_document", rules.is_authenticated & is_member_of)
rules.add_perm(
    "reports.view_versions",
    rules.is_authenticated & (is_member_of | shared_section(Section.NULAGE)),
)
rules.add_perm("reports.freeze_document", rules.is_authenticated & is_editor_of)
