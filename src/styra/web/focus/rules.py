"""Named permissions on the focus analysis (``user.has_perm(name, organisation)``).

| permission | who |
|---|---|
| focus.view_focus | members of the organisation (any role) |
| focus.change_focus | editors and admins of the organisation |

Members read the documents (and download the files), passages, own goals, tags,
the result and its exports; editors upload and delete documents, review
suggestions, tag by hand and keep the own goals.

The uploaded steering documents are private to the organisation, like
everything else in the focus analysis (drafts of budgets are not public).
"""

import rules

from styra.web.accounts.rules import is_editor_of, is_member_of
from styra.web.network.models import Section
from styra.web.network.sharing import shared_section

rules.add_perm(
    "focus.view_focus",
    rules.is_authenticated & (is_member_of | shared_section(Section.FOCUS)),
)
rules.add_perm("focus.change_focus", rules.is_authenticated & is_editor_of)
