"""Named permissions of the maturity self-assessment (``user.has_perm(name, organisation)``).

The assessment is private to the organisation: only its members see the
rounds and the results, and the results show aggregates only (each
respondent sees their own answers, no one else's).

| permission | who |
|---|---|
| maturity.view_assessment | members of the organisation (any role) |
| maturity.answer_assessment | members of the organisation (any role), while a round is open |
| maturity.manage_rounds | editors and admins of the organisation: create, close, reopen |
"""

import rules

from styra.web.accounts.rules import is_editor_of, is_member_of
from styra.web.network.models import Section
from styra.web.network.sharing import shared_section

rules.add_perm(
    "maturity.view_assessment",
    rules.is_authenticated & (is_member_of | shared_section(Section.MATURITY)),
)
rules.add_perm("maturity.answer_assessment", rules.is_authenticated & is_member_of)
rules.add_perm("maturity.manage_rounds", rules.is_authenticated & is_editor_of)
