"""The public site, /offentligt/…: no login, only what an admin approved.

Every page reads the published version's content alone (``pages.public_page``):
anything not published, or not in it, answers 404. See docs/public-site.md.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse

from . import charts
from .models import Publication
from .pages import (
    LANGUAGE_PARAMETER,
    Page,
    chosen_language,
    goal_pages,
    kpi_pages,
    page_language,
    public_headers,
    public_page,
    section_or_404,
    switch_language,
)
from .sections import DECISION, FOLLOWUP, GOALS, KPIS, OVERVIEW, PLAN
from .widgets import SIZES, iframe_html, widget_title


def index(request):
    """The organisations with a published version."""
    asked = chosen_language(request)
    if asked:
        return switch_language(request, asked)
    published = (
        Publication.objects.filter(state=Publication.State.PUBLISHED)
        .select_related("organisation")
        .order_by("organisation__name")
    )
    response = render(request, "public/index.html", {"publications": published})
    return public_headers(response)


@public_page(OVERVIEW)
def overview(request, publication, part):
    found = section_or_404(part, OVERVIEW)
    return Page(
        "public/overview.html",
        {
            "overview": found,
            "goal_links": goal_pages(publication),
            "chart_image": lambda: charts.goal_scores_image(publication, found),
            "chart_description": charts.goal_scores_description(found),
        },
    )


@public_page(GOALS)
def goal(request, publication, part, goal: int):
    found = section_or_404(part, GOALS).get(str(goal))
    if found is None:
        raise Http404("unknown goal")
    linked = kpi_pages(publication, part)
    kpis = [{**kpi, "linked": kpi["kpi_id"] in linked} for kpi in found.get("kpis", [])]
    return Page(
        "public/goal.html",
        {
            "goal": found,
            "kpis": kpis,
            "overview_link": publication.has(OVERVIEW),
            "colour_help": (part.get(OVERVIEW) or {}).get("colour_help"),
            "target_legend": (part.get(OVERVIEW) or {}).get("target_legend"),
            **embed(request, publication, "public-widget-goal", goal),
        },
    )


@public_page(KPIS)
def kpi(request, publication, part, kpi_id: str):
    found = section_or_404(part, KPIS).get(kpi_id)
    if found is None:
        raise Http404("unknown KPI")
    name = publication.content["organisation"]["name"]
    row = found["row"]
    return Page(
        "public/kpi.html",
        {
            "kpi": found,
            "row": row,
            "area_name": name,
            "has_gender": any(r.get("women") is not None for r in found.get("series", [])),
            "has_path": any(r.get("path") is not None for r in found.get("series", [])),
            "goal_link": goal_pages(publication) and str(row.get("goal")) in part.get(GOALS, {}),
            "chart_image": lambda: charts.kpi_image(publication, name, found),
            "chart_description": charts.kpi_description(found),
            **embed(request, publication, "public-widget-kpi", kpi_id),
        },
    )


@public_page(DECISION)
def decision(request, publication, part):
    return Page("public/decision.html", {"decision": part.get(DECISION)})


@public_page(PLAN)
def plan(request, publication, part):
    found = section_or_404(part, PLAN)
    return Page(
        "public/plan.html",
        {
            "plan": found,
            "kpi_links": kpi_pages(publication, part),
            "goal_links": goal_pages(publication),
            **embed(request, publication, "public-widget-plan"),
        },
    )


@public_page(FOLLOWUP)
def followup(request, publication, part):
    return Page("public/followup.html", {"followup": section_or_404(part, FOLLOWUP)})


@public_page(OVERVIEW)
def coverage(request, publication, part):
    return Page(
        "public/coverage.html",
        {"coverage": part.get("coverage") or {}, "goal_links": goal_pages(publication)},
    )


def embed(request, publication, widget_name: str, *args) -> dict:
    """The widget's URL, the copy-paste <iframe> and the oEmbed discovery link."""
    kolada_id = publication.content["organisation"]["id"]
    widget_url = request.build_absolute_uri(reverse(widget_name, args=[kolada_id, *args]))
    if page_language(request) != settings.LANGUAGE_CODE:  # the widget in the page's language
        widget_url += "?" + urlencode({LANGUAGE_PARAMETER: page_language(request)})
    width, height = SIZES[widget_name]
    title = widget_title(widget_name, [kolada_id, *args], publication)
    oembed = request.build_absolute_uri(reverse("public-oembed"))
    page_url = request.build_absolute_uri(request.path)
    return {
        "widget_url": widget_url,
        "iframe": iframe_html(widget_url, title, width, height),
        "oembed_url": f"{oembed}?{urlencode({'url': page_url, 'format': 'json'})}",
    }
