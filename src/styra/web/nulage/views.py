"""The nulägesanalys pages: the 17 goals, one goal, one KPI, search, and their exports.

Any logged-in user may read the analysis of any kommun or region (the Kolada data
is open, rules.py); the organisation's own indicators, target values and rådighet
join it only for its members. The comparison is chosen in the URL (comparison.py).
"""

import hashlib
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from styra.analysis import KpiResult
from styra.analysis.area import RANK_BY_COMPARISON
from styra.analysis.settings import DEFAULT_SETTINGS
from styra.sdg import load_catalog
from styra.search import MAX_QUERY_CHARS, parse_query
from styra.tables import ExportTable, write_csv, write_xlsx
from styra.web.accounts.context_processors import SESSION_KEY
from styra.web.accounts.rules import roles_of
from styra.web.common.access import organisation_or_404
from styra.web.indicators.models import Kpi, OwnIndicator
from styra.web.organisations.models import Network, Organisation
from styra.web.radighet.services import goal_mandate, kpi_mandate  # rådighet (1c)

from . import charts, rows, searchable
from .comparison import ALL as ALL_KIND
from .comparison import (
    RANK_PARAM,
    Comparison,
    ComparisonError,
    choices_for,
    resolve,
    resolve_reference,
    resolve_year,
    with_ranking,
)
from .data import Snapshot, snapshot
from .presentation import COLOUR_HELP, OUTLOOK_TEXT, TREND_SYMBOL, number
from .services import CACHE_SECONDS, analyse, kpi_series

VIEW = "nulage.view_analysis"
OWN_DATA = "indicators.view_own_data"  # members: own indicators, targets and rådighet
ASKED = ("jamfor", "natverk", "omraden", "ar", RANK_PARAM)  # the comparison form's fields
PERSONAL_SECONDS = 3600
FORMATS = {
    "csv": ("text/csv; charset=utf-8", write_csv),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", write_xlsx),
}


def area_or_404(request, kolada_id: str, snap: Snapshot) -> Organisation:
    """The kommun or region (from the snapshot: no query), if the user may see it."""
    return organisation_or_404(request, kolada_id, VIEW, known=snap.organisations)


@dataclass(frozen=True)
class Page:
    """What every analysis page is about: the area, the data, the comparison and the year."""

    area: Organisation
    snap: Snapshot
    comparison: Comparison
    year: int
    can_edit: bool
    own: bool  # the organisation's own material joins the analysis (its members)
    problems: tuple[str, ...] = ()  # a comparison or year asked for that cannot be used
    asked: tuple[tuple[str, str], ...] = ()  # what was asked, to show it again in the form

    @property
    def query(self) -> str:
        """The comparison and year as a query string for links onward ("" if default)."""
        params = list(self.comparison.params)
        if self.year != self.snap.latest_year:
            params.append(("ar", str(self.year)))
        return f"?{urlencode(params)}" if params else ""

    def cache_key(self, name: str, *extra) -> str:
        parts = (self.snap.cache_prefix, self.area.pk, self.year, self.comparison.key)
        parts += (get_language(), int(self.can_edit), int(self.own), *extra)
        return ":".join(["styra:page", name, *map(str, parts)])


def prepared(request, kolada_id: str) -> Page:
    """Area, data snapshot, comparison and year. A comparison or a year that cannot be
    used is named on the page, next to what was asked, and all of the type or the
    latest year shown instead (and so said)."""
    snap = snapshot()
    area = area_or_404(request, kolada_id, snap)
    if not snap.latest_year:
        raise Http404(_("Inga värden är inlästa ännu (kör styra load)."))
    problems = []
    try:
        comparison = resolve_reference(request.GET, area, snap)
    except ComparisonError as error:
        problems.append(_("%(problem)s Visar jämförelsen med alla.") % {"problem": error})
        comparison = resolve({}, area, snap)
    try:
        comparison = with_ranking(request.GET, comparison)
    except ComparisonError as error:
        problems.append(str(error))
    try:
        year = resolve_year(request.GET.get("ar"), snap)
    except ComparisonError as error:
        problems.append(
            _("%(problem)s Visar %(year)s.") % {"problem": error, "year": snap.latest_year}
        )
        year = snap.latest_year
    can_edit = request.user.has_perm("organisations.change_commitments", area)
    own = request.user.has_perm(OWN_DATA, area)
    asked = tuple((k, request.GET[k][:200]) for k in ASKED if k in request.GET) if problems else ()
    return Page(area, snap, comparison, year, can_edit, own, tuple(problems), asked)


def page_context(page: Page) -> dict:
    params = dict(page.comparison.params) | dict(page.asked)
    data_year = page.snap.latest_year
    return {
        "area": page.area,
        "comparison": page.comparison,
        "comparison_choices": choices_for(page.area),
        "chosen_kind": params.get("jamfor", page.comparison.kind),
        "networks": list(Network.objects.filter(members=page.area).order_by("name")),
        "chosen_network": params.get("natverk", ""),
        "custom_ids": params.get("omraden", ""),
        "asked_year": params.get("ar", page.year),
        "rank_in_comparison": page.comparison.ranking == RANK_BY_COMPARISON,
        "problems": page.problems,
        "year": page.year,
        "first_year": (page.snap.years or (0, 0))[0],
        "latest_year": data_year,
        "data_year": data_year,
        "data_is_old": today().year - data_year > DEFAULT_SETTINGS.data_age_warning,
        "max_value_age": DEFAULT_SETTINGS.max_value_age,
        "can_edit": page.can_edit,
        "is_member": page.own,
        "query_suffix": page.query,
    }


def today():
    """Today's date, read here in the shell (the analysis core never reads the clock)."""
    return timezone.localdate()


def export_links(page: Page, name: str, args: list) -> dict[str, str]:
    return {fmt: reverse(name, args=[*args, fmt]) + page.query for fmt in FORMATS}


def render_page(request, page: Page, name: str, build, *extra) -> HttpResponse:
    """Two caches, both keyed by the data versions, so a change shows at once.

    The body is rendered once per comparison, year, language and editing
    right. The whole page (with the user's header) is kept per user, path and
    CSRF cookie, unless a message is waiting; a hit costs no rendering at all.
    ``build()`` gives the body's context, with ``page_title`` and ``charts``
    (whether the page draws charts, so the frame loads Vega).
    """
    asked = repr((page.problems, page.asked)).encode() if page.problems else b""
    key = page.cache_key(name, *extra, today().year, hashlib.sha256(asked).hexdigest()[:16])
    personal = personal_key(request, key)
    html = cache.get(personal) if personal else None
    if html is not None:
        return HttpResponse(html)
    cached = cache.get(key)
    if cached is None:
        context = page_context(page) | build()
        cached = {
            "title": context["page_title"],
            "charts": context.get("charts", False),
            "body": render_to_string(f"nulage/{name}.html", context),
        }
        cache.set(key, cached, CACHE_SECONDS)
    response = render(request, "nulage/frame.html", {"page": cached, "area": page.area})
    if personal:
        cache.set(personal, response.content.decode(), PERSONAL_SECONDS)
    return response


def personal_key(request, key: str) -> str | None:
    """The key of the user's whole page, or None when it must be rendered afresh.

    It covers all the header shows (name, memberships and roles, the current
    organisation, the path in the language form) and the CSRF cookie the
    page's forms are bound to; pages with a waiting message are never kept.
    """
    csrf = request.COOKIES.get(settings.CSRF_COOKIE_NAME)
    if not csrf or len(messages.get_messages(request)):
        return None
    user = request.user
    header = (
        user.pk,
        user.get_username(),
        user.get_full_name(),
        request.session.get(SESSION_KEY, ""),
        tuple(sorted(roles_of(user).items())),
        request.get_full_path(),
        csrf,
    )
    digest = hashlib.sha256(repr(header).encode()).hexdigest()[:32]
    return f"{key}:user:{digest}"


def download(table: ExportTable, fmt: str, name: str) -> HttpResponse:
    if fmt not in FORMATS:
        raise Http404
    content_type, write = FORMATS[fmt]
    response = HttpResponse(write(table), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{slugify(name)}.{fmt}"'
    return response


@login_required
def overview(request, kolada_id: str):
    page = prepared(request, kolada_id)
    area = page.area

    def build() -> dict:
        analysis = analyse(area, page.comparison, page.year, page.snap, page.own)
        goal_rows = rows.goal_rows(analysis, baseline_of(page))
        description = _("Poäng per mål för %(area)s %(year)s, störst utmaning överst.") % {
            "area": area.name,
            "year": page.year,
        }
        return {
            "page_title": _("%(name)s – de 17 målen") % {"name": area.name},
            "charts": True,
            "analysis": analysis,
            "goal_rows": goal_rows,
            "index": number(analysis.overall_index, 0),
            "chart": charts.goal_scores(goal_rows, description, _("Poäng (0–100)")),
            "chart_description": description,
            "exports": export_links(page, "nulage-overview-export", [area.pk]),
        }

    return render_page(request, page, "overview", build)


def baseline_of(page: Page):
    """The analysis compared with all of the type, when another comparison is chosen."""
    if page.comparison.kind == ALL_KIND:
        return None
    return analyse(page.area, resolve({}, page.area, page.snap), page.year, page.snap, page.own)


@login_required
def overview_export(request, kolada_id: str, fmt: str):
    page = prepared(request, kolada_id)
    analysis = analyse(page.area, page.comparison, page.year, page.snap, page.own)
    table = rows.goals_table(analysis, page.comparison.label)
    return download(table, fmt, f"styra-{page.area.name}-{page.year}-mal")


def goal_number(goal: int) -> int:
    if not 1 <= goal <= 17:
        raise Http404
    return goal


@login_required
def goal_detail(request, kolada_id: str, goal: int):
    page = prepared(request, kolada_id)
    goal = goal_number(goal)
    area = page.area

    def build() -> dict:
        analysis = analyse(area, page.comparison, page.year, page.snap, page.own)
        catalog = load_catalog()
        touched = touched_targets(analysis.kpis_of_goal(goal), page.snap.catalog)
        title = rows.goal_title(goal)
        return {
            "page_title": _("Mål %(n)s: %(title)s – %(name)s")
            % {"n": goal, "title": title, "name": area.name},
            "goal": catalog.goal(goal),
            "goal_title": title,
            "result": next(g for g in analysis.goals if g.goal == goal),
            "goal_row": next(r for r in rows.goal_rows(analysis) if r["goal"] == goal),
            "kpi_rows": rows.kpi_rows(analysis, goal),
            "colour_help": COLOUR_HELP,
            "trend_symbol": TREND_SYMBOL,
            "targets": [catalog.target(t) for t in touched],
            "goal_targets": catalog.targets_of_goal(goal),
            "exports": export_links(page, "nulage-goal-export", [area.pk, goal]),
            "mandate": goal_mandate(area, goal, own=page.own),
        }

    return render_page(request, page, "goal", build, goal)


def touched_targets(kpis, curated) -> list[str]:
    """The SDG targets the goal's KPIs measure (curated mapping and own indicators)."""
    ids = {k.kpi_id for k in kpis}
    found: set[str] = set()
    for row in curated.filter(curated["kpi_id"].is_in(list(ids))).iter_rows(named=True):
        found |= set(row.get("targets") or ())
    own = [int(i.removeprefix("egen-")) for i in ids if i.startswith("egen-")]
    for indicator in OwnIndicator.objects.filter(pk__in=own):
        found |= set(indicator.target_ids)
    catalog = load_catalog()
    known = {t.target_id for t in catalog.targets}
    return list(catalog.sort_targets(found & known))


@login_required
def goal_export(request, kolada_id: str, goal: int, fmt: str):
    page = prepared(request, kolada_id)
    analysis = analyse(page.area, page.comparison, page.year, page.snap, page.own)
    table = rows.kpis_table(analysis, goal_number(goal), page.comparison.label)
    return download(table, fmt, f"styra-{page.area.name}-{page.year}-mal-{goal}")


def find_kpi(analysis, kpi_id: str) -> KpiResult:
    for kpi in analysis.kpis:
        if kpi.kpi_id == kpi_id:
            return kpi
    raise Http404(_("Nyckeltalet finns inte i analysen för %(area)s.") % {"area": analysis.title})


def kpi_about(kpi_id: str) -> dict:
    """Description and source of a Kolada KPI or an own indicator."""
    if kpi_id.startswith("egen-"):
        own = OwnIndicator.objects.filter(pk=kpi_id.removeprefix("egen-")).first()
        if own is None:
            return {}
        return {"description": own.description, "source": own.organisation.name, "own": own}
    kolada = Kpi.objects.filter(pk=kpi_id).first()
    if kolada is None:
        return {"source": "Kolada (RKA)"}
    return {
        "description": kolada.description,
        "source": "Kolada (RKA)",
        "operating_area": kolada.operating_area,
        "kolada": kolada,
    }


def kpi_tables(area, snap, series) -> tuple[list[dict], list[dict]]:
    """The distribution (all areas now, lowest first) and the peers, with area names."""
    titles = dict(snap.areas.select("area_id", "title").iter_rows())
    distribution = [
        {"area": titles.get(a, a), "value": v, "highlight": a == area.pk}
        for a, v in series.distribution
    ]
    peers = [
        {**vars(peer), "name": titles.get(peer.area_id, peer.area_id)}
        for peer in (series.peers.peers if series.peers else ())
    ]
    return distribution, peers


@login_required
def kpi_detail(request, kolada_id: str, kpi_id: str):
    page = prepared(request, kolada_id)
    return render_page(request, page, "kpi", lambda: kpi_context(page, kpi_id), kpi_id)


def kpi_context(page: Page, kpi_id: str) -> dict:
    area, comparison, year = page.area, page.comparison, page.year
    analysis = analyse(area, comparison, year, page.snap, page.own)
    kpi = find_kpi(analysis, kpi_id)
    series = kpi_series(area, comparison, year, kpi_id, kpi.polarity, page.snap, page.own)
    dist, peer_rows = kpi_tables(area, page.snap, series)
    names = {
        "area": area.name,
        "median": _("Median, %(comparison)s") % {"comparison": comparison.label},
        "riket": _("Riket"),
    }
    line_description = _("%(kpi)s i %(area)s år för år, med medianen och riket.") % {
        "kpi": kpi.title,
        "area": area.name,
    }
    dist_description = _("Alla %(n)s områdens värden %(year)s; %(area)s markerad.") % {
        "n": len(dist),
        "year": series.distribution_year,
        "area": area.name,
    }
    gender_description = _("Kvinnor och män i %(area)s år för år.") % {"area": area.name}
    split = bool(series.women and series.men)
    return {
        "page_title": f"{kpi.title} – {area.name}",
        "charts": True,
        "kpi": kpi,
        "row": rows.kpi_row(kpi),
        "about": kpi_about(kpi_id),
        "goal_title": rows.goal_title(kpi.goal),
        "series_rows": rows.series_rows(series),
        "names": names,
        "line_chart": charts.time_series(
            [(names["area"], series.area), (names["median"], series.median)]
            + [(names["riket"], series.riket)],
            line_description,
            kpi.unit,
        ),
        "line_description": line_description,
        "distribution": dist,
        "distribution_year": series.distribution_year,
        "distribution_chart": charts.distribution(dist, dist_description, kpi.unit, area.name)
        if dist
        else None,
        "distribution_description": dist_description,
        "rank": rank_of(series.distribution, area.pk, kpi.polarity),
        "gender_chart": charts.time_series(
            [(_("Kvinnor"), series.women), (_("Män"), series.men)], gender_description, kpi.unit
        )
        if split
        else None,
        "gender_description": gender_description,
        "peers": series.peers,
        "peer_rows": peer_rows,
        "outlook_text": OUTLOOK_TEXT,
        "exports": export_links(page, "nulage-kpi-export", [area.pk, kpi_id]),
        "distribution_exports": export_links(
            page, "nulage-kpi-table-export", [area.pk, kpi_id, DISTRIBUTION]
        ),
        "peer_exports": export_links(page, "nulage-kpi-table-export", [area.pk, kpi_id, PEERS]),
        "kpi_mandate": kpi_mandate(area, kpi_id, own=page.own),
    }


def rank_of(distribution, area_id: str, polarity: int) -> int | None:
    """1 = best among the areas with a value (by polarity); None if neutral or no value."""
    ordered = [a for a, _value in distribution]  # ascending by value
    if not polarity or area_id not in ordered:
        return None
    position = ordered.index(area_id)
    return len(ordered) - position if polarity > 0 else position + 1


DISTRIBUTION, PEERS = "alla-omraden", "lar-av-andra"


@login_required
def kpi_export(request, kolada_id: str, kpi_id: str, fmt: str, table: str = ""):
    """The KPI page's tables: year by year (default), all areas now, or the peers."""
    page = prepared(request, kolada_id)
    area, comparison, year, snap = page.area, page.comparison, page.year, page.snap
    analysis = analyse(area, comparison, year, snap, page.own)
    kpi = find_kpi(analysis, kpi_id)
    series = kpi_series(area, comparison, year, kpi_id, kpi.polarity, snap, page.own)
    dist, peers = kpi_tables(area, snap, series)
    if table == DISTRIBUTION:
        export = rows.distribution_table(analysis, kpi, dist, series.distribution_year)
    elif table == PEERS:
        export = rows.peers_table(analysis, kpi, peers, comparison.label)
    elif not table:
        export = rows.series_table(analysis, kpi, series, comparison.label)
    else:
        raise Http404
    return download(export, fmt, f"styra-{area.name}-{kpi_id}{'-' + table if table else ''}")


@login_required
def search(request):
    """KPIs, goals, targets, areas and the content of the user's own organisations, by word
    forms (styra.search); the documents and the results' links come from searchable.py."""
    typed = request.GET.get("q")
    query = parse_query(typed or "")
    current = request.session.get(SESSION_KEY)
    mine = [m.organisation for m in request.user.memberships.select_related("organisation")]
    home = next((o for o in mine if o.pk == current), mine[0] if mine else None)
    groups = searchable.find(query, request.user, home, get_language()) if query.terms else []
    context = {
        "query": query,
        "groups": groups,
        "total": sum(group.count for group in groups),
        "problem": searchable.problem_of(typed, query),
        "max_chars": MAX_QUERY_CHARS,
        "home_area": home,
    }
    return render(request, "nulage/search.html", context)
