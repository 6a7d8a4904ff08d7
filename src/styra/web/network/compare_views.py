"""The network's comparison pages (compare.py): members × the 17 goals, one KPI over the
years as small multiples, and the goals' export. Open to whoever may see the network
(``network.view_network``): the coordinators and the users of its members.

The page body is rendered once per data version, member list, language and KPI; the
whole page is kept per user as the analysis pages keep theirs (nulage.pagecache). A
page kept for a user is keyed by all the permission reads (the network's members and
coordinators, the user's roles and staff flags), so a hit needs no permission check:
it was made after one with the same facts. That keeps a hit to four plain queries.
"""

import hashlib

from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from styra.web.common.downloads import FORMATS, download
from styra.web.nulage.data import Snapshot, snapshot
from styra.web.nulage.pagecache import PERSONAL_SECONDS, personal_key
from styra.web.nulage.services import CACHE_SECONDS
from styra.web.organisations.models import Network

from . import compare

VIEW = "network.view_network"
MEMBERS = Network.members.through._meta.db_table
COORDINATORS = Network.coordinators.through._meta.db_table
FACTS_SQL = (  # fixed table names; the id is a parameter
    f"SELECT 'n', name FROM {Network._meta.db_table} WHERE id = %s "
    f"UNION ALL SELECT 'm', organisation_id FROM {MEMBERS} WHERE network_id = %s "
    f"UNION ALL SELECT 'c', CAST(user_id AS VARCHAR(20)) FROM {COORDINATORS} WHERE network_id = %s"
)


def network_facts(network_id: int) -> tuple:
    """``(name, member ids, coordinator ids)`` of the network in one plain query; 404 if
    there is none. What the pages' cache keys and the permission rule read."""
    with connection.cursor() as cursor:
        cursor.execute(FACTS_SQL, [network_id] * 3)
        rows = cursor.fetchall()
    names = [value for kind, value in rows if kind == "n"]
    if not names:
        raise Http404
    members = tuple(sorted(value for kind, value in rows if kind == "m"))
    return names[0], members, tuple(sorted(value for kind, value in rows if kind == "c"))


def network_or_404(request, network_id: int) -> Network:
    """The network of the URL (404), if the user may see it (403)."""
    network = get_object_or_404(Network, pk=network_id)
    if not request.user.has_perm(VIEW, network):
        raise PermissionDenied
    return network


def data_or_404() -> Snapshot:
    snap = snapshot()
    if not snap.latest_year:
        raise Http404(_("Inga värden är inlästa ännu (kör styra load)."))
    return snap


def render_cached(request, network_id: int, name: str, build, *extra) -> HttpResponse:
    """The page ``network/compare_<name>.html`` if the user may see the network: its body
    per data version, network, language and ``extra``; the whole page per user.

    ``build(network, snap)`` gives the body's context, with ``page_title``.
    """
    facts = network_facts(network_id)
    snap = data_or_404()
    digest = hashlib.sha256(repr(facts).encode()).hexdigest()[:16]
    parts = (name, snap.version, network_id, digest, get_language(), *extra)
    key = ":".join(["styra:network-compare", *map(str, parts)])
    user = request.user
    flags = "".join(str(int(f)) for f in (user.is_active, user.is_staff, user.is_superuser))
    personal = personal_key(request, f"{key}:{flags}") if user.is_authenticated else None
    html = cache.get(personal) if personal else None
    if html is not None:
        return HttpResponse(html)
    network = network_or_404(request, network_id)
    cached = cache.get(key)
    if cached is None:
        context = {"network": network, "year": snap.latest_year} | build(network, snap)
        cached = {
            "title": context["page_title"],
            "body": render_to_string(f"network/compare_{name}.html", context),
        }
        cache.set(key, cached, CACHE_SECONDS)
    response = render(request, "nulage/frame.html", {"page": cached})
    if personal:
        cache.set(personal, response.content.decode(), PERSONAL_SECONDS)
    return response


@login_required
def compare_goals(request, network_id: int):
    def build(network: Network, snap: Snapshot) -> dict:
        groups = compare.member_groups(network, snap)
        year = snap.latest_year
        return {
            "page_title": _("%(name)s – jämför medlemmarna") % {"name": network.name},
            "tables": [
                {"group": group, "rows": compare.goal_rows(group, year, snap)} for group in groups
            ],
            "comparison_lines": compare.comparison_lines(groups, year),
            "kpis_by_goal": compare.kpis_by_goal(snap, [g.area_type for g in groups]),
            "exports": {
                fmt: reverse("network-compare-export", args=[network.pk, fmt]) for fmt in FORMATS
            },
        }

    return render_cached(request, network_id, "goals", build)


@login_required
def compare_export(request, network_id: int, fmt: str):
    network = network_or_404(request, network_id)
    snap = data_or_404()
    groups = compare.member_groups(network, snap)
    table = compare.goals_table(network, groups, snap.latest_year, snap)
    return download(table, fmt, f"styra-{network.name}-{snap.latest_year}-jamforelse")


@login_required
def compare_kpi(request, network_id: int, kpi_id: str):
    def build(network: Network, snap: Snapshot) -> dict:
        kpi = compare.catalog_row(snap, kpi_id)
        if kpi is None:
            raise Http404
        groups = compare.member_groups(network, snap)
        shown = compare.kpi_groups(groups, kpi)
        return {
            "page_title": _("%(kpi)s – %(name)s") % {"kpi": kpi["title"], "name": network.name},
            "kpi": kpi,
            "panels": [compare.kpi_panels(group, kpi, snap) for group in shown],
            "left_out": [group for group in groups if group not in shown],
            "kpis_by_goal": compare.kpis_by_goal(snap, [g.area_type for g in groups]),
        }

    return render_cached(request, network_id, "kpi", build, kpi_id)
