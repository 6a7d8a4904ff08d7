"""Named permissions on follow-up cycles (``user.has_perm(name, object)``).

| permission | object | who |
|---|---|---|
| followup.view_cycles | organisation | members (any role) |
| followup.manage_cycles | organisation | editors, admins: create, change, open, close |
| followup.report | action | editors, admins; contributors responsible for it |
"""

import rules

from styra.web.accounts.rules import is_editor_of, is_member_of
from styra.web.actionplan.rules import is_editor_of_its_organisation, is_responsible_contributor
from styra.web.network.models import Section
from styra.web.network.sharing import shared_section

rules.add_perm(
    "followup.view_cycles",
    rules.is_authenticated & (is_member_of | shared_section(Section.FOLLOWUP)),
)
rules.add_perm("followup.manage_cycles", rules.is_authenticated & is_editor_of)
rules.add_perm(
    "followup.report",
    rules.is_authenticated & (is_editor_of_its_organisation | is_responsible_contributor),
)
