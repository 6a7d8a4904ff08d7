""" "Godkänn alla": accept every open suggestion of one passage, or of a whole document, in
one POST. Editors and admins only. Rejected suggestions and manual tags stay as they are.

The editor stays where they were: with HTMX the passage's section (or the document's
list of passages) is swapped in place and styra.js moves keyboard focus to its heading;
without JavaScript the browser returns to the same page of the document, at the passage
(``#avsnitt-<id>``) or at the list (``#avsnitt-lista``).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from styra.web.common.access import organisation_or_404, owned_or_404

from . import services
from .document_views import passage_or_404, render_passages
from .models import Document, Tag
from .presentation import PageState
from .tag_views import answer, is_htmx

CHANGE = "focus.change_focus"
LIST_ANCHOR = "avsnitt-lista"


def accepted_message(count: int) -> str:
    if not count:
        return _("Det fanns inga förslag kvar att godkänna.")
    return ngettext("%(n)s förslag är godkänt.", "%(n)s förslag är godkända.", count) % {"n": count}


@login_required
@require_POST
def passage_accept_all(request, kolada_id: str, pk: int):
    """Accept all open suggestions of one passage."""
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    passage = passage_or_404(organisation, pk)
    count = services.accept_all(Tag.objects.filter(passage=passage), request.user)
    return answer(request, organisation, passage, accepted_message(count))


@login_required
@require_POST
def document_accept_all(request, kolada_id: str, pk: int):
    """Accept all open suggestions of every passage of a document."""
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    document = owned_or_404(Document, organisation, pk)
    count = services.accept_all(Tag.objects.filter(passage__document=document), request.user)
    message = accepted_message(count)
    state = PageState.of(request.POST)
    if is_htmx(request):
        return render_passages(request, organisation, document, state, message)
    messages.success(request, message)
    url = reverse("focus-document", args=[organisation.pk, document.pk]) + state.query
    return redirect(f"{url}#{LIST_ANCHOR}")
