"""Named permissions on an organisation's own data (``user.has_perm(name, organisation)``).

| permission | who |
|---|---|
| indicators.view_own_data | any logged-in user (own data feeds the analysis, which is open) |
| indicators.change_own_data | editors and admins of the organisation |

``change_own_data`` covers own indicators, uploads of their values and targets.
"""

import rules

from styra.web.accounts.rules import is_editor_of

rules.add_perm("indicators.view_own_data", rules.is_authenticated)
rules.add_perm("indicators.change_own_data", rules.is_authenticated & is_editor_of)
