"""Widgets: small self-contained public pages another site may put in an <iframe>,
and the oEmbed endpoint that hands out their <iframe>.

- ``goal``: the goal card (challenge in words, score, why, KPIs with values);
  ``kpi``: the KPI's table and chart; ``plan``: the handlingsplan in numbers (actions
  per status, mean progress). Each links "Läs mer" to its full public page.
- Only these pages may be framed: no ``X-Frame-Options``, and
  ``Content-Security-Policy: frame-ancestors`` from
  ``settings.STYRA_WIDGET_FRAME_ANCESTORS``; by default (``*``) no frame-ancestors
  at all, since ``*`` would still refuse a page opened from a file; every other
  page keeps ``DENY`` / ``'none'``.
- ``?lang=en`` shows a widget in English (a framed page gets no language cookie).
- ``oembed``: ``?url=<a public goal/KPI/plan page or its widget>&format=json``
  (``maxwidth``, ``maxheight``) → type "rich" with the <iframe>; ``format=xml`` 501.
"""

from functools import wraps
from urllib.parse import urlparse

from django.conf import settings
from django.http import Http404, JsonResponse
from django.urls import Resolver404, resolve, reverse
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt

from . import charts
from .models import Publication
from .pages import Page, public_headers, public_page, publication_or_404, section_or_404, texts
from .sections import GOALS, KPIS, PLAN

SIZES = {  # the <iframe>'s width and height in px
    "public-widget-goal": (480, 420),
    "public-widget-kpi": (680, 640),
    "public-widget-plan": (480, 360),
}
FULL_PAGE = {
    "public-widget-goal": "public-goal",
    "public-widget-kpi": "public-kpi",
    "public-widget-plan": "public-plan",
}
WIDGET_OF = {
    **{name: name for name in SIZES},
    **{page: widget for widget, page in FULL_PAGE.items()},
}
SECTION_OF = {"public-widget-goal": GOALS, "public-widget-kpi": KPIS, "public-widget-plan": PLAN}
STATUS_ORDER = ("planned", "ongoing", "delayed", "done", "cancelled")


def frameable(view):
    """Other sites may frame this page (and only pages wrapped in this)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        ancestors = list(getattr(settings, "STYRA_WIDGET_FRAME_ANCESTORS", ["*"]))
        # django-csp's csp_replace; None drops the directive: any page may frame it.
        response._csp_replace = {"frame-ancestors": None if "*" in ancestors else ancestors}
        return response

    return xframe_options_exempt(wrapped)


def full_url(request, widget_name: str, kolada_id: str, *args) -> str:
    return request.build_absolute_uri(reverse(FULL_PAGE[widget_name], args=[kolada_id, *args]))


@frameable
@public_page(GOALS, widget=True)
def goal(request, publication, part, goal: int):
    found = section_or_404(part, GOALS).get(str(goal))
    if found is None:
        raise Http404("unknown goal")
    kolada_id = publication.content["organisation"]["id"]
    return Page(
        "public/widget_goal.html",
        {"goal": found, "more_url": full_url(request, "public-widget-goal", kolada_id, goal)},
    )


@frameable
@public_page(KPIS, widget=True)
def kpi(request, publication, part, kpi_id: str):
    found = section_or_404(part, KPIS).get(kpi_id)
    if found is None:
        raise Http404("unknown KPI")
    organisation = publication.content["organisation"]
    return Page(
        "public/widget_kpi.html",
        {
            "kpi": found,
            "row": found["row"],
            "area_name": organisation["name"],
            "chart_image": lambda: charts.kpi_image(publication, organisation["name"], found),
            "chart_description": charts.kpi_description(found),
            "more_url": full_url(request, "public-widget-kpi", organisation["id"], kpi_id),
        },
    )


@frameable
@public_page(PLAN, widget=True)
def plan(request, publication, part):
    found = section_or_404(part, PLAN)
    kolada_id = publication.content["organisation"]["id"]
    return Page(
        "public/widget_plan.html",
        {
            "plan": found,
            "counts": status_counts(found),
            "more_url": full_url(request, "public-widget-plan", kolada_id),
        },
    )


def plan_actions(plan: dict) -> list[dict]:
    actions = [action for group in plan.get("goals", []) for action in group.get("actions", [])]
    return actions + list(plan.get("without_goal", []))


def status_counts(plan: dict) -> list[dict]:
    """How many actions have each status, in the plan's order of statuses."""
    counts: dict[str, dict] = {}
    for action in plan_actions(plan):
        status = action.get("status") or ""
        if status:
            entry = counts.setdefault(status, {"status": status, "text": "", "n": 0})
            entry["text"] = action.get("status_text") or status
            entry["n"] += 1
    rank = {status: i for i, status in enumerate(STATUS_ORDER)}
    return sorted(counts.values(), key=lambda c: rank.get(c["status"], len(rank)))


def iframe_html(url: str, title: str, width: int, height: int) -> str:
    """The copy-paste snippet (and oEmbed's ``html``)."""
    return format_html(
        '<iframe src="{}" title="{}" width="{}" height="{}" loading="lazy"></iframe>',
        url,
        title,
        width,
        height,
    )


def oembed(request):
    """oEmbed (https://oembed.com) for public goal, KPI and plan pages and their widgets."""
    url = request.GET.get("url", "").strip()
    if not url:
        return bad_parameter("url", _("Ange adressen till en offentlig sida (url)."))
    if request.GET.get("format", "json") != "json":
        return JsonResponse(
            {"error": _("Bara format=json finns."), "parameter": "format"}, status=501
        )
    limits = {}
    for name in ("maxwidth", "maxheight"):
        value = request.GET.get(name)
        if value is None or value == "":
            continue
        if not value.isdigit() or int(value) < 1:
            return bad_parameter(name, _("Ange ett positivt heltal (pixlar)."))
        limits[name] = int(value)
    widget_name, args, publication = widget_of(request, url)
    default_width, default_height = SIZES[widget_name]
    width = min(default_width, limits.get("maxwidth", default_width))
    height = min(default_height, limits.get("maxheight", default_height))
    widget_url = request.build_absolute_uri(reverse(widget_name, args=args))
    title = widget_title(widget_name, args, publication)
    response = JsonResponse(
        {
            "version": "1.0",
            "type": "rich",
            "title": title,
            "html": iframe_html(widget_url, title, width, height),
            "width": width,
            "height": height,
            "provider_name": "Styra",
            "provider_url": request.build_absolute_uri("/offentligt/"),
            "cache_age": 300,
        }
    )
    return public_headers(response)


def bad_parameter(name: str, message: str) -> JsonResponse:
    return JsonResponse({"error": message, "parameter": name}, status=400)


def widget_of(request, url: str) -> tuple[str, list, Publication]:
    """The widget for a public page's or widget's URL on this site; 404 for anything else
    (another site, another page, an unpublished organisation, section, goal or KPI)."""
    parsed = urlparse(url)
    own_hosts = {request.get_host(), urlparse(settings.STYRA_SITE_URL).netloc}
    if parsed.netloc and parsed.netloc not in own_hosts:
        raise Http404("not a page of this site")
    try:
        match = resolve(parsed.path or "/")
    except Resolver404:
        raise Http404("no such page") from None
    widget_name = WIDGET_OF.get(match.url_name)
    if widget_name is None:
        raise Http404("no widget for this page")
    kwargs = dict(match.kwargs)
    kolada_id = kwargs.pop("kolada_id")
    publication = publication_or_404(kolada_id, SECTION_OF[widget_name])
    args = list(kwargs.values())
    if args and str(args[0]) not in texts(publication, "sv").get(SECTION_OF[widget_name], {}):
        raise Http404("unknown goal or KPI")
    return widget_name, [kolada_id, *args], publication


def widget_title(widget_name: str, args: list, publication: Publication) -> str:
    """The <iframe>'s title, naming the organisation and what the widget shows."""
    name = publication.content["organisation"]["name"]
    part = texts(publication, get_language())
    if widget_name == "public-widget-goal":
        goal = part[GOALS][str(args[1])]
        return _("%(name)s: mål %(goal)s, %(title)s") % {
            "name": name,
            "goal": args[1],
            "title": goal["title"],
        }
    if widget_name == "public-widget-kpi":
        return f"{name}: {part[KPIS][args[1]]['row']['title']}"
    return _("%(name)s: handlingsplanen") % {"name": name}
