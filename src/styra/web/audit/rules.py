"""Named permissions on the audit log (``user.has_perm(name, organisation)``).

| permission | who |
|---|---|
| audit.view_log | the organisation's admins (and superusers): who changed what, sign-ins |

The log names people and shows every field before and after, so only admins read it.
"""

import rules

from styra.web.accounts.rules import is_admin_of

rules.add_perm("audit.view_log", rules.is_authenticated & is_admin_of)
