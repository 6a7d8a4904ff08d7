"""Named permissions on an organisation's remissrundor (``user.has_perm(name, organisation)``).

| permission | who |
|---|---|
| consultation.view_rounds | members (any role): the rounds, their comments, summaries |
| consultation.comment | members (any role): comment and reply while a round is open |
| consultation.manage_rounds | editors and admins: open, change, close, invite, revoke, statuses |

An invitee without an account has no permission on the organisation: the personal
link lets them into their own round only (``styra.web.consultation.links``).
"""

import rules

from styra.web.accounts.rules import is_editor_of, is_member_of

rules.add_perm("consultation.view_rounds", rules.is_authenticated & is_member_of)
rules.add_perm("consultation.comment", rules.is_authenticated & is_member_of)
rules.add_perm("consultation.manage_rounds", rules.is_authenticated & is_editor_of)
