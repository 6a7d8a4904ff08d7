"""Named permissions on an organisation's own data (``user.has_perm(name, organisation)``).

| permission | who |
|---|---|
| indicators.view_own_data | members of the organisation (any role) |
| indicators.change_own_data | editors and admins of the organisation |

Own data is own indicators (titles, values) and target values. Members see them,
also in the organisation's nulägesanalys; others see that analysis without them.
``change_own_data`` covers own indicators, uploads of their values and targets.
"""

import rules

from styra.web.accounts.rules import is_editor_of, is_member_of

rules.add_perm("indicators.view_own_data", rules.is_authenticated & is_member_of)
rules.add_perm("indicators.change_own_data", rules.is_authenticated & is_editor_of)
