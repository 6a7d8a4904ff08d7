"""Named permissions of the practice library (``user.has_perm(name, obj)``).

| permission | object | who |
|---|---|---|
| practices.view_practices | organisation | its members (any role): its own list |
| practices.change_practices | organisation | its editors and admins: write, change, delete |
| practices.view_practice | practice | whoever may read it (``services.readable_practices``) |
| practices.change_practice | practice | the editors and admins of its organisation |
"""

import rules

from styra.web.accounts.rules import is_editor_of, is_member_of

from .models import Practice


@rules.predicate
def can_read(user, practice) -> bool:
    from .services import readable_practices

    if not isinstance(practice, Practice):
        return False
    return readable_practices(user).filter(pk=practice.pk).exists()


@rules.predicate
def edits_organisation_of(user, practice) -> bool:
    return isinstance(practice, Practice) and is_editor_of(user, practice.organisation)


rules.add_perm("practices.view_practices", rules.is_authenticated & is_member_of)
rules.add_perm("practices.change_practices", rules.is_authenticated & is_editor_of)
rules.add_perm("practices.view_practice", rules.is_authenticated & can_read)
rules.add_perm("practices.change_practice", rules.is_authenticated & edits_organisation_of)
