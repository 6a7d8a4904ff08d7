"""Predicates on a user's role in an organisation (the rules package).

The named permissions built from them live in each app's ``rules.py``,
e.g. ``organisations.change_commitments``. A user's roles are read once per
user object and cached on it.
"""

import rules
from django.db import connection

from .models import Membership, Role

ROLES_SQL = f"SELECT organisation_id, role FROM {Membership._meta.db_table} WHERE user_id = %s"

RANK = {Role.VIEWER: 1, Role.CONTRIBUTOR: 2, Role.EDITOR: 3, Role.ADMIN: 4}


def roles_of(user) -> dict[str, str]:
    """``{kolada_id: role}`` for every organisation the user belongs to.

    Read once per user object (so once per request), from the memberships when
    the header has read them, else in one plain query: a cached page asks for the
    roles on every request, and building an ORM query would cost more than the
    query itself.
    """
    if not user.is_authenticated:
        return {}
    roles = getattr(user, "_styra_roles", None)
    if roles is None:
        loaded = getattr(user, "_styra_memberships", None)
        if loaded is not None:
            roles = {m.organisation_id: m.role for m in loaded}
        else:
            with connection.cursor() as cursor:
                cursor.execute(ROLES_SQL, [user.pk])
                roles = dict(cursor.fetchall())
        user._styra_roles = roles
    return roles


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
