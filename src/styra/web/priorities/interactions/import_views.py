"""CSV import: into an existing matrix (replacing its targets and cells) or as a new matrix.

Both go upload → preview (counts, nothing saved) → confirm; a bad file gets
its problems listed by row and column and nothing changes.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import imports
from .forms import ImportForm, NewFromFileForm
from .scope import CHANGE, scope_or_403
from .views import base_context

FORM = "priorities/interactions/import_form.html"
PREVIEW = "priorities/interactions/import_preview.html"


def _form_page(request, scope, matrix, form, refused=None, status=200):
    if refused is not None:  # the file field is what the errors are about
        form.fields["file"].widget.attrs["aria-describedby"] = "file-errors id_file_helptext"
    context = base_context(scope, matrix) | {
        "form": form,
        "errors": refused.problems if refused else (),
        "error_total": refused.total if refused else 0,
        "action": scope.links(matrix)["import"] if matrix else scope.url("create-from-file"),
    }
    return render(request, FORM, context, status=status)


def _read(form) -> tuple[str, str]:
    upload = form.cleaned_data["file"]
    return upload.name, imports.decode(upload.read())


def _preview_page(request, scope, matrix, parsed, payload: dict):
    context = base_context(scope, matrix) | {
        "preview": imports.preview(matrix, parsed),
        "filename": payload["file"],
        "new_title": payload.get("title", ""),
        "payload": imports.sign_upload(scope, matrix, request.user, payload),
        "action": scope.links(matrix)["import_confirm"]
        if matrix
        else scope.url("create-from-file-confirm"),
        "cancel": scope.links(matrix)["import"] if matrix else scope.url("create-from-file"),
    }
    response = render(request, PREVIEW, context)
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def matrix_import(request, pk: int, **owner):
    scope = scope_or_403(request, owner, CHANGE)
    matrix = scope.matrix(pk)
    posted = request.method == "POST"
    form = ImportForm(request.POST if posted else None, request.FILES if posted else None)
    if not posted or not form.is_valid():
        return _form_page(request, scope, matrix, form, status=400 if posted else 200)
    filename, text = _read(form)
    try:
        parsed = imports.check_text(text)
    except imports.FileRefused as refused:
        return _form_page(request, scope, matrix, form, refused, status=400)
    return _preview_page(request, scope, matrix, parsed, {"file": filename, "text": text})


@login_required
def create_from_file(request, **owner):
    scope = scope_or_403(request, owner, CHANGE)
    posted = request.method == "POST"
    form = NewFromFileForm(
        request.POST if posted else None, request.FILES if posted else None, scope=scope
    )
    if not posted or not form.is_valid():
        return _form_page(request, scope, None, form, status=400 if posted else 200)
    filename, text = _read(form)
    try:
        parsed = imports.check_text(text)
    except imports.FileRefused as refused:
        return _form_page(request, scope, None, form, refused, status=400)
    payload = {
        "file": filename,
        "text": text,
        "title": form.cleaned_data["title"],
        "description": form.cleaned_data["description"],
    }
    return _preview_page(request, scope, None, parsed, payload)


def _signed(request, scope, matrix):
    """(payload, parsed matrix) of the preview, or a response saying why not."""
    form = ImportForm() if matrix else NewFromFileForm(scope=scope)
    try:
        payload = imports.unsign_upload(
            scope, matrix, request.user, request.POST.get("payload", "")
        )
    except signing.SignatureExpired:
        messages.error(request, _("Förhandsvisningen är för gammal. Ladda upp filen igen."))
        return None, redirect(
            scope.links(matrix)["import"] if matrix else scope.url("create-from-file")
        )
    except signing.BadSignature:
        refused = imports.FileRefused(
            [
                imports.Problem(
                    None, None, _("Förhandsvisningen kunde inte läsas. Ladda upp filen igen.")
                )
            ]
        )
        return None, _form_page(request, scope, matrix, form, refused, status=400)
    try:
        return (payload, imports.check_text(payload["text"])), None
    except imports.FileRefused as refused:
        return None, _form_page(request, scope, matrix, form, refused, status=400)


@login_required
@require_POST
def matrix_import_confirm(request, pk: int, **owner):
    scope = scope_or_403(request, owner, CHANGE)
    matrix = scope.matrix(pk)
    found, refusal = _signed(request, scope, matrix)
    if refusal is not None:
        return refusal
    payload, parsed = found
    imports.replace_matrix(matrix, parsed, request.user)
    messages.success(request, _saved_message(payload["file"], parsed))
    return redirect(scope.url("matrix", matrix.pk))


@login_required
@require_POST
def create_from_file_confirm(request, **owner):
    scope = scope_or_403(request, owner, CHANGE)
    found, refusal = _signed(request, scope, None)
    if refusal is not None:
        return refusal
    payload, parsed = found
    form = NewFromFileForm(scope=scope)
    try:
        title = form.check_title(payload["title"], scope, None)
    except ValidationError as error:  # the title was taken meanwhile
        messages.error(request, " ".join(error.messages))
        return redirect(scope.url("create-from-file"))
    matrix = imports.create_from_file(scope, request.user, title, payload["description"], parsed)
    messages.success(request, _saved_message(payload["file"], parsed))
    return redirect(scope.url("matrix", matrix.pk))


def _saved_message(filename: str, parsed) -> str:
    return _(
        "Matrisen har lästs in från %(file)s: %(targets)s delmål, %(scored)s bedömda celler, "
        "%(missing)s ej bedömda."
    ) % {
        "file": filename,
        "targets": len(parsed.targets),
        "scored": len(parsed.cells),
        "missing": parsed.missing_count,
    }
