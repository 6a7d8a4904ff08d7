"""The user's organisations and the current one, for the header's area switcher."""

from .services import memberships_of

SESSION_KEY = "styra_organisation"


def current_membership(request, memberships):
    """The membership whose organisation the session names, else the first."""
    wanted = request.session.get(SESSION_KEY)
    for membership in memberships:
        if membership.organisation_id == wanted:
            return membership
    return memberships[0] if memberships else None


def organisations(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    memberships = memberships_of(user)
    current = current_membership(request, memberships)
    return {
        "my_memberships": memberships,
        "current_organisation": current.organisation if current else None,
    }
