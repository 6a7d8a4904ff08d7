"""Who reads which practice, the library's search, and saving a practice with its links.

A practice is readable by the users of its organisation (any role); if it is
shared with networks, also by the coordinators and the users of the members of
those networks, as long as the organisation is still a member; if public, by
every signed-in user. ``shared_practices(network)`` is what a network sees of its
members' practices (the network pages and report).
"""

from django.db import transaction
from django.db.models import Exists, OuterRef, Q, QuerySet

from styra.web.accounts.rules import roles_of
from styra.web.network.sharing import networks_of
from styra.web.organisations.models import Network

from .models import Attachment, Link, Practice, Visibility

TEXT_FIELDS = ("title", "action", "result", "lessons")
NetworkLink = Practice.networks.through


def shared_in(networks) -> Exists:
    """The practice is shared with one of ``networks`` that its organisation still belongs to."""
    return Exists(
        NetworkLink.objects.filter(
            practice=OuterRef("pk"),
            network__in=networks,
            network__members=OuterRef("organisation"),
        )
    )


def readable_practices(user) -> QuerySet[Practice]:
    """Every practice ``user`` may read (none for an anonymous user)."""
    if not user.is_authenticated:
        return Practice.objects.none()
    own = Q(organisation__in=list(roles_of(user)))
    public = Q(visibility=Visibility.PUBLIC)
    shared = Q(visibility=Visibility.NETWORKS) & Q(shared_in(networks_of(user).values("pk")))
    return Practice.objects.filter(own | public | shared)


def in_network(network: Network) -> Q:
    """Practices of ``network``'s members that it may read: shared with it, or public."""
    public = Q(visibility=Visibility.PUBLIC, organisation__in=network.members.values("pk"))
    shared = Q(visibility=Visibility.NETWORKS) & Q(shared_in([network.pk]))
    return public | shared


def shared_practices(network: Network) -> QuerySet[Practice]:
    """The practices ``network`` sees, newest first (for the network pages and report)."""
    return (
        Practice.objects.filter(in_network(network))
        .select_related("organisation")
        .prefetch_related("links")
        .order_by("-updated_at", "-pk")
    )


def linked_to(kind: str, codes) -> Exists:
    return Exists(Link.objects.filter(practice=OuterRef("pk"), kind=kind, code__in=codes))


def linked_to_goal(goal: int, kpi_ids=()) -> Q:
    """Linked to ``goal``, one of its targets, or one of ``kpi_ids`` (the goal's KPIs)."""
    target = Exists(
        Link.objects.filter(
            practice=OuterRef("pk"), kind=Link.Kind.TARGET, code__startswith=f"{goal}."
        )
    )
    return (
        Q(linked_to(Link.Kind.GOAL, [str(goal)]))
        | Q(target)
        | Q(linked_to(Link.Kind.KPI, list(kpi_ids)))
    )


def search(practices: QuerySet[Practice], query: str = "", **filters) -> QuerySet[Practice]:
    """``practices`` with every word of ``query`` in the title, action, result or lessons,
    and linked to the ``goal``, ``target`` and ``kpi`` given, shared with ``network``.

    The same lookups on SQLite and PostgreSQL (``icontains``).
    """
    for word in query.split():
        practices = practices.filter(
            Q.create([(f"{field}__icontains", word) for field in TEXT_FIELDS], connector=Q.OR)
        )
    if filters.get("goal"):
        practices = practices.filter(linked_to_goal(filters["goal"]))
    for kind in (Link.Kind.TARGET, Link.Kind.KPI):
        if filters.get(kind):
            practices = practices.filter(linked_to(kind, [filters[kind]]))
    if filters.get("network"):
        practices = practices.filter(in_network(filters["network"]))
    return practices.select_related("organisation").prefetch_related("links")


@transaction.atomic
def save_practice(practice: Practice, user, *, goals, targets, kpis, networks) -> Practice:
    """Save ``practice`` (new or changed) with its links and networks, by ``user``."""
    if practice.pk is None:
        practice.created_by = user
    practice.updated_by = user
    practice.save()
    practice.links.all().delete()
    rows = [(Link.Kind.GOAL, str(goal)) for goal in goals]
    rows += [(Link.Kind.TARGET, target) for target in targets]
    rows += [(Link.Kind.KPI, kpi_id) for kpi_id in kpis]
    Link.objects.bulk_create(Link(practice=practice, kind=k, code=c) for k, c in rows)
    shared = networks if practice.visibility == Visibility.NETWORKS else []
    practice.networks.set(shared)
    return practice


def add_attachment(practice: Practice, user, upload) -> Attachment:
    """Store ``upload`` (a checked form file) with ``practice``."""
    attachment = Attachment(
        practice=practice, filename=upload.name[:255], size=upload.size, uploaded_by=user
    )
    attachment.file.save(upload.name, upload, save=False)
    attachment.save()
    return attachment
