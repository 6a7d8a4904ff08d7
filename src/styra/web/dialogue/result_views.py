"""A dialogue's results: for the organisation's members the page (tables, charts drawn
on the server, free text that may be shown, proposals) and its CSV/Excel download; for
everyone, when the dialogue's results are public, the same numbers in the public frame.

Both pages draw their body from the cache (results.page_of), so a large dialogue costs
one cheap query per request until something changes.
"""

import hashlib

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language

from styra.web.common.access import organisation_or_404
from styra.web.common.downloads import download

from . import participate_views, services
from . import results as dialogue_results
from .services import NOT_OPEN, OPEN, state_of
from .staff_views import VIEW, base_context, dialogue_of


@login_required
def results(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    dialogue = dialogue_of(organisation, pk)
    file_url = "dialogue-results-file"
    context = base_context(request, organisation, dialogue) | {
        "page": dialogue_results.page_of(dialogue, dialogue_results.STAFF),
        "exports": {
            fmt: reverse(file_url, args=[organisation.pk, dialogue.pk, fmt])
            for fmt in ("csv", "xlsx")
        },
    }
    return render(request, "dialogue/staff/results.html", context)


@login_required
def results_file(request, kolada_id: str, pk: int, fmt: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    dialogue = dialogue_of(organisation, pk)
    found = dialogue_results.results_of(dialogue)
    table = dialogue_results.export_table(dialogue, found)
    return download(table, fmt, f"{dialogue.title}-resultat")


@participate_views.with_language
def public_results(request, kolada_id: str, pk: int):
    """The results for everyone (no login), only when the dialogue's results are public
    and it has opened; else 404. Only what the public may see: the texts and proposals
    shown, groups of at least 10 answers, no counts of waiting or hidden texts.

    The public frame shows nothing of the visitor's, so the whole page is kept, per state
    of the answers, state of the dialogue, language and the frame's navigation."""
    organisation = participate_views.organisation_or_404(kolada_id)
    dialogue = participate_views.dialogue_or_404(kolada_id, pk)
    state = state_of(dialogue)
    if not dialogue.results_public or state == NOT_OPEN:
        raise Http404
    version = services.results_version(dialogue)
    context = {
        **participate_views.frame(request, organisation),
        "dialogue": dialogue,
        "is_open": state == OPEN,
    }
    navigation = hashlib.sha256(repr(context["navigation"]).encode()).hexdigest()[:16]
    key = f"styra:dialogue:public-results:{dialogue.pk}:{version}:{state}:{navigation}"

    def build() -> str:
        page = dialogue_results.page_of(dialogue, dialogue_results.PUBLIC, version)
        return render_to_string("dialogue/public/results.html", context | {"page": page}, request)

    return HttpResponse(dialogue_results.kept(f"{key}:{get_language()}", build))
