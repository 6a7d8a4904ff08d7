"""Named permissions on an organisation's API tokens (``user.has_perm(name, organisation)``).

| permission | who |
|---|---|
| api.manage_tokens | admins of the organisation: list, create and revoke its tokens |

What a token itself may do is its scopes (``styra.web.api.auth``), not a rule.
"""

import rules

from styra.web.accounts.rules import is_admin_of

rules.add_perm("api.manage_tokens", rules.is_authenticated & is_admin_of)
