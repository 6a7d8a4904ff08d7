"""The header: the organisation the page is about, the user's organisations for the
switcher and the steps of the working model."""

from styra.web.organisations.models import Organisation

from .services import memberships_of
from .steps import VIEW_ORGANISATION, steps_for

SESSION_KEY = "styra_organisation"


def current_membership(request, memberships):
    """The membership whose organisation the session names, else the first."""
    wanted = request.session.get(SESSION_KEY)
    for membership in memberships:
        if membership.organisation_id == wanted:
            return membership
    return memberships[0] if memberships else None


def page_organisation(request, memberships) -> Organisation | None:
    """The organisation the URL names by its Kolada id (``/omraden/<id>/…``)."""
    match = request.resolver_match
    kolada_id = match.kwargs.get("kolada_id") if match else None
    if not kolada_id:
        return None
    for membership in memberships:
        if membership.organisation_id == kolada_id:
            return membership.organisation
    return Organisation.objects.filter(pk=kolada_id).first()


def organisations(request):
    """The page's organisation in the header; the user's own only on pages of none."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    memberships = memberships_of(user)
    own = current_membership(request, memberships)
    shown = page_organisation(request, memberships) or (own.organisation if own else None)
    member_of_shown = any(m.organisation_id == getattr(shown, "pk", None) for m in memberships)
    return {
        "my_memberships": memberships,
        "current_organisation": shown,
        "switcher_choice": shown.pk if member_of_shown else (own.organisation_id if own else ""),
        "can_open_current": shown is not None and user.has_perm(VIEW_ORGANISATION, shown),
        "organisation_steps": steps_for(request, shown),
    }
