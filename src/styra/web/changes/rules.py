"""Named permission on "Vad har hänt sedan sist?" (``user.has_perm(name, organisation)``).

| permission | who |
|---|---|
| changes.view_changes | members of the organisation (any role) |
| changes.refresh_data | the platform's staff (`is_staff`, superuser): "Data från Kolada" |

The page and its exports show the organisation's analysis with its own indicators
and targets, so only its members see them; the digest goes to editors and admins. A
Kolada sync replaces every organisation's data, so only the platform's staff start one.
"""

import rules

from styra.web.accounts.rules import is_member_of

rules.add_perm("changes.view_changes", rules.is_authenticated & is_member_of)
rules.add_perm("changes.refresh_data", rules.is_active & (rules.is_staff | rules.is_superuser))
