"""Named permissions on the handlingsplan (``user.has_perm(name, object)``).

| permission | object | who |
|---|---|---|
| actionplan.view_plan | organisation | members (any role) |
| actionplan.change_plan | organisation | editors, admins: create, change, delete, import |
| actionplan.log_progress | action | editors, admins; contributors responsible for it |
"""

import rules

from styra.web.accounts.rules import is_contributor_of, is_editor_of, is_member_of
from styra.web.network.models import Section
from styra.web.network.sharing import shared_section


@rules.predicate
def is_editor_of_its_organisation(user, action) -> bool:
    return action is not None and is_editor_of(user, action.organisation)


@rules.predicate
def is_responsible_contributor(user, action) -> bool:
    if action is None or not is_contributor_of(user, action.organisation):
        return False
    return action.responsible.filter(pk=user.pk).exists()


rules.add_perm(
    "actionplan.view_plan",
    rules.is_authenticated & (is_member_of | shared_section(Section.ACTIONPLAN)),
)
rules.add_perm("actionplan.change_plan", rules.is_authenticated & is_editor_of)
rules.add_perm(
    "actionplan.log_progress",
    rules.is_authenticated & (is_editor_of_its_organisation | is_responsible_contributor),
)
