"""Named permissions on an organisation (checked with ``user.has_perm(name, organisation)``).

| permission | who |
|---|---|
| organisations.view_organisation | members of the organisation (any role) |
| organisations.change_commitments | editors and admins of the organisation |
| organisations.manage_members | admins of the organisation |

An organisation's material is private to its members by default: its page and
commitments, and (through each app's view rule) its own indicators, rådighet,
focus, samverkan, self-assessment, priorities, action plan and reports. What
any logged-in user may read is the Kolada-based analysis of any area
(``nulage.view_analysis``), without the organisation's own material.
"""

import rules

from styra.web.accounts.rules import is_admin_of, is_editor_of, is_member_of

rules.add_perm("organisations.view_organisation", rules.is_authenticated & is_member_of)
rules.add_perm("organisations.change_commitments", rules.is_authenticated & is_editor_of)
rules.add_perm("organisations.manage_members", rules.is_authenticated & is_admin_of)
