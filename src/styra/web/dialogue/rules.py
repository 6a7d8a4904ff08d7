"""Named permissions on the medborgardialog's staff pages (``user.has_perm(name, organisation)``).

| permission | who |
|---|---|
| dialogue.view_dialogue | members of the organisation (any role): the dialogues, moderation |
| dialogue.view_results | members; users of a network it shared its dialogue results with |
| dialogue.change_dialogue | editors and admins: dialogues, questions, paper answers, moderation |

Taking part needs no permission (the participants' pages, public_urls.py): anyone
may answer an open dialogue; unpublished results stay with the members and the
networks they are shared with (the results page and its download, read-only).
"""

import rules

from styra.web.accounts.rules import is_editor_of, is_member_of
from styra.web.network.models import Section
from styra.web.network.sharing import shared_section

rules.add_perm("dialogue.view_dialogue", rules.is_authenticated & is_member_of)
rules.add_perm(
    "dialogue.view_results",
    rules.is_authenticated & (is_member_of | shared_section(Section.DIALOGUE)),
)
rules.add_perm("dialogue.change_dialogue", rules.is_authenticated & is_editor_of)
