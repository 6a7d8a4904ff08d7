"""What each organisation has published, read through the API (no login).

The same published version the public site shows (``publishing.published``): the
snapshot an admin approved, never the live data. Nothing published, or a section
that is not, answers 404 — exactly like /offentligt/<id>/.
"""

from typing import Literal

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _
from ninja import Query, Router

from styra.web.public.models import LICENCE_URLS, Licence, Publication
from styra.web.public.publishing import published as published_version
from styra.web.public.sections import DECISION, FOLLOWUP, GOALS, KPIS, OVERVIEW, PLAN

from .errors import ERRORS, not_found
from .params import ID
from .reads import LICENCE_URL, SOURCE
from .schemas import PublishedOut, SectionOut

router = Router(tags=["Publicerat"])

COVERAGE = "coverage"  # published with the overview
Section = Literal["oversikt", "mal", "nyckeltal", "prioriteringar", "handlingsplan",
                  "uppfoljning", "coverage"]  # fmt: skip
PAGES = {  # the public page that shows each section (goal and KPI pages are one per item)
    OVERVIEW: "public-overview",
    DECISION: "public-decision",
    PLAN: "public-plan",
    FOLLOWUP: "public-followup",
    COVERAGE: "public-coverage",
}
assert set(PAGES) | {GOALS, KPIS} == set(Section.__args__)


def publication_or_404(kolada_id: str) -> Publication:
    found = published_version(kolada_id) if ID.fullmatch(kolada_id) else None
    if found is None:
        raise not_found(_("%(id)s har inte publicerat något.") % {"id": kolada_id[:10]}, "id")
    return found


def sections_of(publication: Publication) -> list[str]:
    """The published sections, the coverage with the overview."""
    codes = list(publication.sections)
    if OVERVIEW in codes:
        codes.append(COVERAGE)
    return codes


@router.get(
    "organisations/{id}/published",
    response={200: PublishedOut, **ERRORS},
    url_name="api-published",
    summary="What an organisation has published",
)
def publication(request: HttpRequest, id: str):
    """Which sections the organisation has published, when, from which data version, and
    under which licence; links to each section here and on the public site."""
    found = publication_or_404(id)
    content = found.content or {}
    return {
        "organisation": content.get("organisation") or organisation_part(found),
        "sections": sections_of(found),
        "published_at": found.decided_at,
        "data_version": found.data_version,
        "data_loaded_at": found.data_loaded_at,
        "year": (content.get("data") or {}).get("year"),
        "licence": licence_part(found),
        "kolada_licence": {"id": Licence.CC_BY.value, "url": LICENCE_URL},
        "source": SOURCE,
        "links": [link(request, id, code) for code in sections_of(found)],
    }


def organisation_part(found: Publication) -> dict:
    area = found.organisation
    return {"id": area.kolada_id, "name": area.name, "type": area.type}


def licence_part(found: Publication) -> dict:
    return {"id": found.licence, "url": LICENCE_URLS.get(found.licence, "")}


def link(request: HttpRequest, kolada_id: str, code: str) -> dict:
    api_url = reverse("api-v1:api-published-section", args=[kolada_id, code])
    page = PAGES.get(code)
    return {
        "section": code,
        "api": request.build_absolute_uri(api_url),
        "page": request.build_absolute_uri(reverse(page, args=[kolada_id])) if page else None,
    }


@router.get(
    "organisations/{id}/published/{section}",
    response={200: SectionOut, **ERRORS},
    url_name="api-published-section",
    summary="One published section",
)
def section(
    request: HttpRequest,
    id: str,
    section: Section,
    lang: Literal["sv", "en"] = Query("sv", description="The language of the texts."),
):
    """One published section's content, as the public page shows it (the shapes are in
    docs/public-site.md)."""
    found = publication_or_404(id)
    if section not in sections_of(found):
        raise not_found(
            _("%(id)s har inte publicerat %(section)s.") % {"id": id[:10], "section": section},
            "section",
        )
    content = found.content or {}
    return {
        "organisation": content.get("organisation") or organisation_part(found),
        "section": section,
        "lang": lang,
        "published_at": found.decided_at,
        "data_version": found.data_version,
        "licence": licence_part(found),
        "source": SOURCE,
        "content": ((content.get("text") or {}).get(lang) or {}).get(section),
    }
