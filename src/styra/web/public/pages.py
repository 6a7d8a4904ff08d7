"""What every public page shares: the published version or 404, the language, the
conditional GET and the cache.

A public view is ``@public_page(section)``: it gets the published ``Publication`` and
the language's part of its content, and returns a ``Page`` (template and context).
The context is cheap to build (dict look-ups in the content); anything costly (a chart)
goes in as a callable, which the template calls only when the page is rendered.

- 404 when nothing is published, when ``section`` is not among the published ones,
  and when the view raises it (an unknown goal or KPI).
- ``ETag`` is the publication's etag with the language; ``Last-Modified`` its
  ``changed_at``; a matching conditional GET answers 304.
- The rendered page is kept in Django's cache under the etag, language, host and path:
  a newly approved version has a new etag, so it is served at once; an unpublished
  one is no longer found (``publishing.forget``), so it answers 404 at once.
- ``Cache-Control: public, no-cache`` and ``Vary: Cookie`` (the language is the
  cookie's): browsers and proxies may keep a page but ask again each time, so a
  withdrawn page is gone at once and an unchanged one costs a 304. ``?lang=en`` on a
  page sets the language cookie and redirects to the page without it: a plain link,
  no form, so no CSRF token in a cached page.
"""

from dataclasses import dataclass, field
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date, quote_etag

from styra.web.dialogue.participation import has_public_dialogue

from .models import LICENCE_URLS, Publication
from .publishing import published
from .sections import DECISION, FOLLOWUP, GOALS, KPIS, OVERVIEW, PLAN

PAGE_SECONDS = 24 * 3600  # the rendered page in Django's cache (the etag changes on publish)
LANGUAGE_PARAMETER = "lang"


@dataclass
class Page:
    template: str
    context: dict = field(default_factory=dict)


def publication_or_404(kolada_id: str, section: str | None = None) -> Publication:
    """The published version; 404 when there is none or ``section`` is not in it."""
    publication = published(kolada_id)
    if publication is None or not publication.content:
        raise Http404("nothing published")
    if section is not None and not publication.has(section):
        raise Http404("section not published")
    return publication


def chosen_language(request) -> str | None:
    """The language asked for with ``?lang=`` (None: none, or not one of ours)."""
    asked = request.GET.get(LANGUAGE_PARAMETER)
    return asked if asked in dict(settings.LANGUAGES) else None


def page_language(request) -> str:
    return translation.get_language() or settings.LANGUAGE_CODE


def texts(publication: Publication, language: str) -> dict:
    """The content's part in ``language`` (Swedish if that language is missing)."""
    text = publication.content.get("text", {})
    return text.get(language) or text.get(settings.LANGUAGE_CODE) or {}


def section_or_404(part: dict, code: str):
    found = part.get(code)
    if found is None:
        raise Http404(f"no {code} in the content")
    return found


def etag_of(publication: Publication, language: str) -> str:
    return quote_etag(f"{publication.etag}-{language}")


def page_key(publication: Publication, language: str, request) -> str:
    return f"styra:public:page:{publication.etag}:{language}:{request.get_host()}:{request.path}"


def switch_language(request, language: str) -> HttpResponse:
    """Remember the language in Django's language cookie and show the page without ``?lang``."""
    response = HttpResponseRedirect(request.path)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE or "Lax",
    )
    return response


def public_page(section: str | None, widget: bool = False):
    """The view gets (request, publication, part, **url kwargs) and returns a Page.

    ``widget``: ``?lang=`` renders that language directly (a framed page gets no
    cookie), instead of setting the cookie and redirecting.
    """

    def decorate(view):
        @wraps(view)
        def wrapped(request, kolada_id: str, **kwargs):
            asked = chosen_language(request)
            if asked and not widget:
                return switch_language(request, asked)
            with translation.override(asked or page_language(request)):
                return answer(request, view, kolada_id, section, kwargs)

        return wrapped

    return decorate


def answer(request, view, kolada_id, section, kwargs) -> HttpResponse:
    publication = publication_or_404(kolada_id, section)
    language = page_language(request)
    page = view(request, publication, texts(publication, language), **kwargs)
    # The navigation's "Dialog" link comes and goes with the dialogues' dates: in the etag
    # and the cache key, so a page never shows a stale link.
    dialogue = has_public_dialogue(kolada_id)
    etag = etag_of(publication, language + ("-dialog" if dialogue else ""))
    last_modified = int(publication.changed_at.timestamp())
    response = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if response is None:
        key = page_key(publication, language, request) + (":dialog" if dialogue else "")
        body = cache.get(key)
        if body is None:
            context = {**frame_context(request, publication, language), **page.context}
            body = render_to_string(page.template, context, request=request)
            cache.set(key, body, PAGE_SECONDS)
        response = HttpResponse(body)
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    public_headers(response)
    return response


def public_headers(response: HttpResponse) -> HttpResponse:
    patch_cache_control(response, public=True, no_cache=True)
    patch_vary_headers(response, ["Cookie"])
    return response


def frame_context(request, publication: Publication, language: str) -> dict:
    """What the public frame shows on every page: the organisation, the navigation over
    the published sections, when it was published and from which data, the licences."""
    content = publication.content
    organisation = content["organisation"]
    kolada_id = organisation["id"]
    return {
        "publication": publication,
        "organisation": organisation,
        "kolada_id": kolada_id,
        "sections": publication.sections,
        "navigation": navigation(kolada_id, publication.sections, request.path),
        "data_version": publication.data_version,
        "data_loaded_at": publication.data_loaded_at,
        "published_at": publication.decided_at,
        "licence": publication.get_licence_display(),
        "licence_url": LICENCE_URLS.get(publication.licence, ""),
        "language": language,
        "other_language": "en" if language == "sv" else "sv",
    }


def navigation(kolada_id: str, sections, current_path: str) -> list[dict]:
    """Links to the published sections (the coverage page goes with the overview)."""
    labels = {
        OVERVIEW: translation.gettext("De 17 målen"),
        DECISION: translation.gettext("Prioriteringar"),
        PLAN: translation.gettext("Handlingsplan"),
        FOLLOWUP: translation.gettext("Uppföljning"),
        "coverage": translation.gettext("Täckning"),
    }
    names = {
        OVERVIEW: "public-overview",
        DECISION: "public-decision",
        PLAN: "public-plan",
        FOLLOWUP: "public-followup",
        "coverage": "public-coverage",
    }
    shown = [code for code in (OVERVIEW, DECISION, PLAN, FOLLOWUP) if code in sections]
    if OVERVIEW in sections:
        shown.append("coverage")
    links = []
    for code in shown:
        url = reverse(names[code], args=[kolada_id])
        links.append({"url": url, "label": labels[code], "current": url == current_path})
    if has_public_dialogue(kolada_id):  # medborgardialog: open, or closed with public results
        url = reverse("dialogue-public", args=[kolada_id])
        current = current_path.startswith(url)
        links.append({"url": url, "label": translation.gettext("Dialog"), "current": current})
    return links


def goal_pages(publication: Publication) -> bool:
    return publication.has(GOALS)


def kpi_pages(publication: Publication, part: dict) -> set[str]:
    """The KPIs with a public page (none when the KPI pages are not published)."""
    return set(part.get(KPIS) or {}) if publication.has(KPIS) else set()
