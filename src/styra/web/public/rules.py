"""Named permissions on publishing (``user.has_perm(name, organisation)``).

| permission | who |
|---|---|
| public.view_publishing | members of the organisation (any role): the publishing page |
| public.prepare_publication | editors and admins: choose the sections, send for approval |
| public.approve_publication | admins: approve or reject, unpublish |

The public pages themselves need no permission: they show only what an admin
approved, and answer 404 for anything else.
"""

import rules

from styra.web.accounts.rules import is_admin_of, is_editor_of, is_member_of

rules.add_perm("public.view_publishing", rules.is_authenticated & is_member_of)
rules.add_perm("public.prepare_publication", rules.is_authenticated & is_editor_of)
rules.add_perm("public.approve_publication", rules.is_authenticated & is_admin_of)
