"""Named permissions on an organisation's rådighet (``user.has_perm(name, organisation)``).

| permission | who |
|---|---|
| radighet.view_mandate | members of the organisation (any role) |
| radighet.view_history | members of the organisation (any role) |
| radighet.change_mandate | editors and admins of the organisation |

``view_mandate`` covers the levels in force, whether each is Styra's default or
the organisation's own, and the motivation for an own level: the organisation's
judgement, private to its members (in the open nulägesanalys others see Styra's
default levels). Who changed a level and when is the history, also for members.
Changing a level or going back to the default takes ``change_mandate``.
"""

import rules

from styra.web.accounts.rules import is_editor_of, is_member_of
from styra.web.network.models import Section
from styra.web.network.sharing import shared_section

readers = rules.is_authenticated & (is_member_of | shared_section(Section.RADIGHET))
rules.add_perm("radighet.view_mandate", readers)
rules.add_perm("radighet.view_history", readers)
rules.add_perm("radighet.change_mandate", rules.is_authenticated & is_editor_of)
