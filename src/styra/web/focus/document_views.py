"""Steering documents: the list, the upload, one document's passages with their suggestions,
the file itself, and deletion.

Members of the organisation read (the documents are private to it); editors and
admins upload, review and delete. Anyone else gets 403 for the organisation's
pages, and 404 for a document of another organisation.
"""

from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from styra.focus import ExtractError
from styra.web.common.access import organisation_or_404, owned_or_404
from styra.web.common.downloads import stored_file
from styra.web.common.editing import delete_page

from . import services
from .forms import UploadForm, max_upload_mb
from .models import Document, Passage, Status
from .presentation import FILTERS, PASSAGES_PER_PAGE, PageState, filtered, unit_of

VIEW, CHANGE = "focus.view_focus", "focus.change_focus"


def passage_or_404(organisation, pk: int) -> Passage:
    return get_object_or_404(
        Passage.objects.select_related("document"), pk=pk, document__organisation=organisation
    )


@login_required
def document_list(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    documents = (
        Document.objects.filter(organisation=organisation)
        .select_related("uploaded_by")
        .annotate(
            passage_count=Count("passages", distinct=True),
            unreviewed=Count(
                "passages__tags", filter=Q(passages__tags__status=Status.SUGGESTED), distinct=True
            ),
            accepted=Count(
                "passages__tags", filter=Q(passages__tags__status=Status.ACCEPTED), distinct=True
            ),
        )
    )
    can_edit = request.user.has_perm(CHANGE, organisation)
    context = {
        "organisation": organisation,
        "documents": documents,
        "can_edit": can_edit,
        "form": UploadForm() if can_edit else None,
    }
    return render(request, "focus/document_list.html", context)


@login_required
def document_upload(request, kolada_id: str):
    """Upload a document: read and suggest first, then store all of it or nothing."""
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    posted = request.method == "POST"
    form = UploadForm(request.POST if posted else None, request.FILES if posted else None)
    if posted and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            document = services.upload_document(
                organisation,
                request.user,
                title=form.cleaned_data["title"],
                kind=form.cleaned_data["kind"],
                filename=upload.name,
                data=upload.read(),
                max_bytes=max_upload_mb() * 1024 * 1024,
            )
        except ExtractError as error:
            form.add_error("file", str(error))
        else:
            passages = document.passages.count()
            suggestions = services.unreviewed_of(document)
            messages.success(
                request,
                _(
                    "%(title)s är uppladdat: %(passages)s textavsnitt och %(suggestions)s "
                    "förslag att granska."
                )
                % {"title": document.title, "passages": passages, "suggestions": suggestions},
            )
            return redirect("focus-document", organisation.pk, document.pk)
    context = {
        "organisation": organisation,
        "form": form,
    }
    return render(request, "focus/document_upload.html", context, status=400 if posted else 200)


@login_required
def document_detail(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    document = owned_or_404(Document, organisation, pk)
    return render_document(request, organisation, document, PageState.of(request.GET))


def render_document(request, organisation, document, state: PageState, bound=None, status=200):
    """The document's passages, a page at a time; ``bound``: (passage pk, form with errors)."""
    context = passages_context(request, organisation, document, state, bound)
    return render(request, "focus/document_detail.html", context, status=status)


def render_passages(request, organisation, document, state: PageState, message: str):
    """Just the document's list of passages (an HTMX answer), with ``message`` on top."""
    context = passages_context(request, organisation, document, state) | {"message": message}
    return render(request, "focus/_passages.html", context | {"swap": True})


def passages_context(request, organisation, document, state: PageState, bound=None) -> dict:
    can_edit = request.user.has_perm(CHANGE, organisation)
    passages = filtered(document.passages.prefetch_related("tags"), state.shown)
    page = Paginator(passages, PASSAGES_PER_PAGE).get_page(state.page)
    state = PageState(state.shown, page.number)
    units = [
        unit_of(
            passage,
            can_edit,
            form=bound[1] if bound and bound[0] == passage.pk else None,
            state=state,
        )
        for passage in page
    ]
    return {
        "organisation": organisation,
        "document": document,
        "page": page,
        "units": units,
        "state": state,
        "filters": filter_choices(),
        "unreviewed": services.unreviewed_of(document),
        "can_edit": can_edit,
        "error_form": bound[1] if bound else None,
    }


def filter_choices() -> list[tuple[str, str]]:
    labels = {
        "alla": _("Alla avsnitt"),
        "ogranskade": _("Avsnitt med förslag att granska"),
        "med-mal": _("Avsnitt med godkända mål"),
        "utan-mal": _("Avsnitt utan godkända mål"),
    }
    return [(key, labels[key]) for key in FILTERS]


@login_required
def document_file(request, kolada_id: str, pk: int):
    """The uploaded file, to members only, never cached by a shared cache."""
    organisation = organisation_or_404(request, kolada_id, VIEW)
    document = owned_or_404(Document, organisation, pk)
    return stored_file(document.file, document.filename)


@login_required
def document_delete(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    document = owned_or_404(Document, organisation, pk)
    context = {
        "organisation": organisation,
        "document": document,
        "passage_count": document.passages.count(),
        "accepted_count": services.accepted_of(document),
    }
    return delete_page(
        request,
        partial(services.delete_document, document),
        _("%(title)s har tagits bort.") % {"title": document.title},
        reverse("focus-documents", args=[organisation.pk]),
        "focus/document_confirm_delete.html",
        context,
    )
