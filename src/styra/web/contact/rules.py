"""Named permissions on the messages of the contact form (``user.has_perm(name, organisation)``).

| permission | who |
|---|---|
| contact.view_messages | editors and admins: read the messages sent to the organisation |
| contact.delete_messages | editors and admins: delete a message |

The messages hold a visitor's name and e-mail address, so viewers and contributors do
not see them. Sending a message needs no permission: the form is on the public site
of an organisation that has published something (docs/contact.md).
"""

import rules

from styra.web.accounts.rules import is_editor_of

rules.add_perm("contact.view_messages", rules.is_authenticated & is_editor_of)
rules.add_perm("contact.delete_messages", rules.is_authenticated & is_editor_of)
