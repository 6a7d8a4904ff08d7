""" "Lär av andra" on a goal page: where the area has a big challenge on the goal, the peers
of its comparison set that improved most on the goal's KPIs (M10, ``styra.analysis.learning``)
and their practices linked to the goal, its targets or its KPIs that the user may read.

The peers are worked out once per data version, area, comparison, year and goal and
kept in the cache; each request then costs one query for the readable practices
(none when the goal is no big challenge or nobody improved).
"""

from django.core.cache import cache
from django.template.loader import render_to_string

from styra.analysis.learning import peers_on_goal
from styra.analysis.settings import DEFAULT_SETTINGS
from styra.web.nulage.pages import Page
from styra.web.nulage.services import CACHE_SECONDS, analyse

from .services import linked_to_goal, readable_practices

SHOWN_PEERS = 5
PRACTICES_PER_PEER = 3


def goal_peers(page: Page, goal: int) -> dict | None:
    """The goal's peers as the template shows them (cached); None: no big challenge."""
    key = page.cache_key("practices-peers", goal)
    found = cache.get(key)
    if found is None:
        found = {"peers": compute_goal_peers(page, goal)}
        cache.set(key, found, CACHE_SECONDS)
    return found["peers"]


def compute_goal_peers(page: Page, goal: int) -> dict | None:
    analysis = analyse(page.area, page.comparison, page.year, page.snap, page.own)
    result = next(g for g in analysis.goals if g.goal == goal)
    if not result.major_challenge:
        return None
    kpis = {k.kpi_id: k for k in analysis.kpis_of_goal(goal)}
    found = peers_on_goal(
        page.snap.values,
        [(k.kpi_id, k.polarity) for k in kpis.values()],
        page.comparison.reference,
        page.year,
        DEFAULT_SETTINGS,
        page.area.pk,
    )
    names = dict(page.snap.areas.select("area_id", "title").iter_rows())
    peers = [
        {
            "area_id": peer.area_id,
            "name": names.get(peer.area_id, peer.area_id),
            "improvements": [
                vars(i) | {"title": kpis[i.kpi_id].title, "unit": kpis[i.kpi_id].unit}
                for i in peer.improvements
            ],
        }
        for peer in found.peers[:SHOWN_PEERS]
    ]
    return {
        "peers": peers,
        "kpi_ids": list(kpis),
        "reference": page.comparison.label,
        "cannot_be_judged": [kpis[k].title for k in found.cannot_be_judged],
    }


def practices_of_peers(user, peers: dict, goal: int) -> dict[str, list]:
    """``{area_id: [practice, …]}``: the peers' practices on the goal the user may read."""
    area_ids = [peer["area_id"] for peer in peers["peers"]]
    if not area_ids:
        return {}
    practices = (
        readable_practices(user)
        .filter(linked_to_goal(goal, peers["kpi_ids"]), organisation__in=area_ids)
        .order_by("-updated_at", "-pk")
        .only("pk", "title", "organisation_id", "updated_at")
    )
    found: dict[str, list] = {}
    for practice in practices:
        shown = found.setdefault(practice.organisation_id, [])
        if len(shown) < PRACTICES_PER_PEER:
            shown.append(practice)
    return found


def learn_from_others(request, page: Page, goal: int) -> str:
    """The goal page's "Lär av andra" section for this user ("" when there is none)."""
    peers = goal_peers(page, goal)
    if peers is None:
        return ""
    practices = practices_of_peers(request.user, peers, goal)
    rows = [peer | {"practices": practices.get(peer["area_id"], [])} for peer in peers["peers"]]
    context = {"area": page.area, "goal": goal, "learning": peers, "rows": rows}
    return render_to_string("practices/_learn_from_others.html", context)
