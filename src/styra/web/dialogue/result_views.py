"""A dialogue's results: for the organisation's members the page (tables, charts drawn
on the server, free text that may be shown, proposals) and its CSV/Excel download; for
everyone, when the dialogue's results are public, the same numbers in the public frame.

Both pages draw their body from the cache (results.page_of) and find the dialogue and
the state of its answers in one query (services.dialogue_with_version), so a large
dialogue costs what a small one does. The public page is kept whole, with an ETag: a
browser that has it gets a 304. The staff's page is kept whole per user, as the analysis
pages are (``nulage.pagecache.personal_key``), so a kept one costs three queries
(session, user with roles, dialogue) and no rendering.
"""

import hashlib

from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.cache import get_conditional_response
from django.utils.http import quote_etag
from django.utils.translation import get_language

from styra.web.common.access import organisation_or_404
from styra.web.common.downloads import download
from styra.web.nulage.pagecache import PERSONAL_SECONDS, personal_key
from styra.web.organisations.models import Organisation
from styra.web.public.pages import public_headers

from . import participate_views, services
from . import results as dialogue_results
from .services import NOT_OPEN, OPEN, state_of
from .staff_views import (
    VIEW,
    base_context,
    dialogue_of,
    drawn_organisation,
    member_organisation_or_404,
)

# Members, and the users of a network the results are shared with (read-only).
RESULTS = "dialogue.view_results"


def with_version_or_404(organisation: Organisation, pk: int):
    """The organisation's dialogue ``pk`` (its organisation set: no query for it) and the
    state of its answers; else 404."""
    found = services.dialogue_with_version(organisation.pk, pk)
    if found is None:
        raise Http404
    dialogue, version = found
    dialogue.organisation = organisation
    return dialogue, version


def refuse_unopened(request, organisation, dialogue) -> None:
    """A network peer reads the results of a dialogue that has opened, never a draft's."""
    if state_of(dialogue) == NOT_OPEN and not request.user.has_perm(VIEW, organisation):
        raise Http404


@login_required
def results(request, kolada_id: str, pk: int):
    organisation = member_organisation_or_404(request, kolada_id, RESULTS)
    dialogue, version = with_version_or_404(organisation, pk)
    refuse_unopened(request, organisation, dialogue)
    personal = personal_key(request, staff_page_key(dialogue, version))
    kept = cache.get(personal) if personal else None
    if kept is not None:
        return HttpResponse(kept)
    organisation = drawn_organisation(request, organisation)
    dialogue.organisation = organisation
    file_url = "dialogue-results-file"
    context = base_context(request, organisation, dialogue) | {
        "can_view_dialogue": request.user.has_perm(VIEW, organisation),
        "page": dialogue_results.page_of(dialogue, dialogue_results.STAFF, version),
        "exports": {
            fmt: reverse(file_url, args=[organisation.pk, dialogue.pk, fmt])
            for fmt in ("csv", "xlsx")
        },
    }
    response = render(request, "dialogue/staff/results.html", context)
    if personal:
        cache.set(personal, response.content.decode(), PERSONAL_SECONDS)
    return response


def staff_page_key(dialogue, version: str) -> str:
    """What the staff's results page shows besides its header: the answers' state, the
    dialogue's state and duplicates (counted without moving the version), the language
    and the code. With the header's inputs (``personal_key``) it keys the whole page."""
    parts = (dialogue.pk, version, state_of(dialogue), dialogue.duplicates, get_language())
    return ":".join(
        map(str, ("styra:dialogue:results-staff", *parts, dialogue_results.code_version()))
    )


@login_required
def results_file(request, kolada_id: str, pk: int, fmt: str):
    organisation = organisation_or_404(request, kolada_id, RESULTS)
    dialogue = dialogue_of(organisation, pk)
    refuse_unopened(request, organisation, dialogue)
    found = dialogue_results.results_of(dialogue)
    table = dialogue_results.export_table(dialogue, found)
    return download(table, fmt, f"{dialogue.title}-resultat")


@participate_views.with_language
def public_results(request, kolada_id: str, pk: int):
    """The results for everyone (no login), only when the dialogue's results are public
    and it has opened; else 404. Only what the public may see: the texts and proposals
    shown, groups of at least 10 answers, no counts of waiting or hidden texts.

    The public frame shows nothing of the visitor's, so the whole page is kept, per state
    of the answers, state of the dialogue, language and the frame's navigation; its ETag
    names the same, so a browser that has the page gets a 304 (``public_headers``: it
    asks again every time, as for every public page)."""
    organisation = Organisation(kolada_id=kolada_id)
    if organisation.is_riket:
        raise Http404
    dialogue, version = with_version_or_404(organisation, pk)
    organisation.name = dialogue.organisation_name
    state = state_of(dialogue)
    if not dialogue.results_public or state == NOT_OPEN:
        raise Http404
    context = {
        **participate_views.frame(request, organisation),
        "dialogue": dialogue,
        "is_open": state == OPEN,
    }
    navigation = hashlib.sha256(repr(context["navigation"]).encode()).hexdigest()[:16]
    key = f"{dialogue.pk}:{version}:{state}:{navigation}:{get_language()}"
    etag = quote_etag(hashlib.sha256(key.encode()).hexdigest()[:32])

    def build() -> str:
        page = dialogue_results.page_of(dialogue, dialogue_results.PUBLIC, version)
        return render_to_string("dialogue/public/results.html", context | {"page": page}, request)

    response = get_conditional_response(request, etag=etag)
    if response is None:
        response = HttpResponse(
            dialogue_results.kept(f"styra:dialogue:public-results:{key}", build)
        )
    response["ETag"] = etag
    return public_headers(response)
