"""Named permissions on an organisation (checked with ``user.has_perm(name, organisation)``).

| permission | who |
|---|---|
| organisations.view_organisation | any logged-in user (the overview is open data) |
| organisations.view_private | members of the organisation (any role) |
| organisations.change_commitments | editors and admins of the organisation |
| organisations.manage_members | admins of the organisation |
"""

import rules

from styra.web.accounts.rules import is_admin_of, is_editor_of, is_member_of

rules.add_perm("organisations.view_organisation", rules.is_authenticated)
rules.add_perm("organisations.view_private", rules.is_authenticated & is_member_of)
rules.add_perm("organisations.change_commitments", rules.is_authenticated & is_editor_of)
rules.add_perm("organisations.manage_members", rules.is_authenticated & is_admin_of)
