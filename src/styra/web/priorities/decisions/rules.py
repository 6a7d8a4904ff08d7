"""Named permissions on an organisation's prioritisation (``user.has_perm(name, organisation)``).

| permission | who |
|---|---|
| priorities.view_prioritisation | members of the organisation (any role) |
| priorities.change_weights | editors and admins of the organisation |
| priorities.take_part_in_workshop | members of the organisation (any role) |
| priorities.run_workshop | editors and admins of the organisation |
| priorities.view_decisions | members of the organisation (any role) |
| priorities.record_decision | editors and admins of the organisation |

Viewing covers the ranking with any weights a member tries on the page, the
workshops and the decisions with their documents. Changing the weights covers
saving the organisation's weights and its strategic weight per goal. Running a
workshop is creating it and opening or closing it.
"""

import rules

from styra.web.accounts.rules import is_editor_of, is_member_of
from styra.web.network.models import Section
from styra.web.network.sharing import shared_section

members = rules.is_authenticated & is_member_of
editors = rules.is_authenticated & is_editor_of
# Also the users of a network the organisation shared its priorities with (read-only).
readers = rules.is_authenticated & (is_member_of | shared_section(Section.PRIORITIES))

rules.add_perm("priorities.view_prioritisation", readers)
rules.add_perm("priorities.change_weights", editors)
rules.add_perm("priorities.take_part_in_workshop", members)
rules.add_perm("priorities.run_workshop", editors)
rules.add_perm("priorities.view_decisions", readers)
rules.add_perm("priorities.record_decision", editors)
