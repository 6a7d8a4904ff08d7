"""Predicates on a user's role in an organisation (the rules package).

The named permissions built from them live in each app's ``rules.py``,
e.g. ``organisations.change_commitments``. A user's roles are read once per
user object and cached on it.
"""

import rules

from .models import Membership, Role

RANK = {Role.VIEWER: 1, Role.CONTRIBUTOR: 2, Role.EDITOR: 3, Role.ADMIN: 4}


def roles_of(user) -> dict[str, str]:
    """``{kolada_id: role}`` for every organisation the user belongs to."""
    if not user.is_authenticated:
        return {}
    cached = getattr(user, "_styra_roles", None)
    if cached is None:
        cached = dict(Membership.objects.filter(user=user).values_list("organisation_id", "role"))
        user._styra_roles = cached
    return cached


def forget_roles(user) -> None:
    """Drop the cached roles after a membership changed."""
    if hasattr(user, "_styra_roles"):
        del user._styra_roles


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
