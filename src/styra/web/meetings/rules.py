"""Named permissions on a network's meetings (``user.has_perm(name, obj)``).

| permission | object | who |
|---|---|---|
| network.view_network | network | read the meetings: coordinators, members' users, admins |
| network.manage_network | network | plan and change meetings and tasks: coordinators, admins |
| meetings.view_tasks | organisation | read its tasks: its members (any role) |
| meetings.mark_task | organisation | mark its part of a task done: contributors and up |

The network's own permissions are in ``styra.web.network.rules``; a task is marked
for the organisation of the URL, which must be the task's (or, for a task for all
members, one of the network's members).
"""

import rules

from styra.web.accounts.rules import is_contributor_of, is_member_of

rules.add_perm("meetings.view_tasks", rules.is_authenticated & is_member_of)
rules.add_perm("meetings.mark_task", rules.is_authenticated & is_contributor_of)
