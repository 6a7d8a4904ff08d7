"""What a user may read of other organisations because a member shared it with a network.

A section shared with network N is readable, read-only, by N's coordinators and
by the users of N's member organisations, as long as the sharing organisation is
still a member. A user of network M never sees what is shared only with N. Each
app's view permission adds ``shared_section(<section>)`` to its members
(e.g. ``focus.view_focus``), so the same pages serve both, with the changing
buttons behind the app's change permission.
"""

import rules
from django.db.models import F, Q

from styra.web.accounts.rules import roles_of
from styra.web.organisations.models import Network

from .models import SectionShare


def networks_of(user):
    """The networks the user coordinates or belongs to through a member organisation."""
    if not user.is_authenticated:
        return Network.objects.none()
    return Network.objects.filter(
        Q(coordinators=user.pk) | Q(members__in=list(roles_of(user)))
    ).distinct()


def readable_shares(user) -> frozenset[tuple[str, str]]:
    """``{(kolada_id, section)}`` shared with the user's networks; read once per user object."""
    if not user.is_authenticated:
        return frozenset()
    found = getattr(user, "_styra_shares", None)
    if found is None:
        rows = SectionShare.objects.filter(
            network__in=networks_of(user), network__members=F("organisation")
        ).values_list("organisation_id", "section")
        found = frozenset(rows)
        user._styra_shares = found
    return found


def shared_section(section: str):
    """A rules predicate: the organisation shared ``section`` with one of the user's networks."""

    def check(user, organisation) -> bool:
        if organisation is None or not hasattr(organisation, "pk"):
            return False
        return (organisation.pk, section) in readable_shares(user)

    check.__name__ = f"shared_{section}"
    return rules.predicate(check)
