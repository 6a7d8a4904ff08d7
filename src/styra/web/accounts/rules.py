"""Predicates on a user's role in an organisation (the rules package).

The named permissions built from them live in each app's ``rules.py``,
e.g. ``organisations.change_commitments``. A user's roles are read once per
user object and cached on it.
"""

import rules

from .models import Role
from .services import memberships_of

RANK = {Role.VIEWER: 1, Role.CONTRIBUTOR: 2, Role.EDITOR: 3, Role.ADMIN: 4}


def roles_of(user) -> dict[str, str]:
    """``{kolada_id: role}`` for every organisation the user belongs to.

    Read with the memberships the header shows (one query per request).
    """
    return {m.organisation_id: m.role for m in memberships_of(user)}


def forget_roles(user) -> None:
    """Drop the cached memberships and roles after a membership changed."""
    if hasattr(user, "_styra_memberships"):
        del user._styra_memberships


def _has_role_at_least(minimum: str):
    def check(user, organisation) -> bool:
        if organisation is None:
            return False
        role = roles_of(user).get(organisation.pk)
        return role is not None and RANK[role] >= RANK[minimum]

    check.__name__ = f"is_{minimum}_of"
    return rules.predicate(check)


is_member_of = _has_role_at_least(Role.VIEWER)
is_contributor_of = _has_role_at_least(Role.CONTRIBUTOR)
is_editor_of = _has_role_at_least(Role.EDITOR)
is_admin_of = _has_role_at_least(Role.ADMIN)
