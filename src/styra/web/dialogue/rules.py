"""Named permissions on the medborgardialog's staff pages (``user.has_perm(name, organisation)``).

| permission | who |
|---|---|
| dialogue.view_dialogue | members of the organisation (any role): the dialogues, their results |
| dialogue.change_dialogue | editors and admins: dialogues, questions, paper answers, moderation |

Taking part needs no permission (the participants' pages, public_urls.py): anyone
may answer an open dialogue; unpublished results stay with the members.
"""

import rules

from styra.web.accounts.rules import is_editor_of, is_member_of

rules.add_perm("dialogue.view_dialogue", rules.is_authenticated & is_member_of)
rules.add_perm("dialogue.change_dialogue", rules.is_authenticated & is_editor_of)
