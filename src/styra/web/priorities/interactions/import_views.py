"""CSV import: into an existing matrix (replacing its targets and cells) or as a new matrix.

Both go upload → preview (counts, nothing saved) → confirm; a bad file gets
its problems listed by row and column and nothing changes.
"""

from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from styra.web.common import previews

from . import imports
from .forms import ImportForm, NewFromFileForm
from .scope import CHANGE, scope_or_403
from .views import base_context

FORM = "priorities/interactions/import_form.html"
PREVIEW = "priorities/interactions/import_preview.html"


def _form_page(request, scope, matrix, form, errors=(), total=0, status=200):
    if errors:  # the file field is what the errors are about
        form.fields["file"].widget.attrs["aria-describedby"] = "file-errors id_file_helptext"
    context = base_context(scope, matrix) | {
        "form": form,
        "errors": errors,
        "error_total": total,
        "action": _upload_url(scope, matrix),
    }
    return render(request, FORM, context, status=status)


def _upload_url(scope, matrix) -> str:
    return scope.links(matrix)["import"] if matrix else scope.url("create-from-file")


def _check(upload) -> tuple[str, object]:
    """The file's text and the matrix read from it (raises ``RowErrors``)."""
    text = imports.decode(upload.read())
    return text, imports.check_text(text)


def _preview_page(request, scope, matrix, parsed, payload: dict):
    context = base_context(scope, matrix) | {
        "preview": imports.preview(matrix, parsed),
        "filename": payload["file"],
        "new_title": payload.get("title", ""),
        "payload": imports.sign_upload(scope, matrix, request.user, payload),
        "action": scope.links(matrix)["import_confirm"]
        if matrix
        else scope.url("create-from-file-confirm"),
        "cancel": _upload_url(scope, matrix),
    }
    return render(request, PREVIEW, context)


@login_required
def matrix_import(request, pk: int, **owner):
    scope = scope_or_403(request, owner, CHANGE)
    matrix = scope.matrix(pk)

    def preview(cleaned, found):
        text, parsed = found
        payload = {"file": cleaned["file"].name, "text": text}
        return _preview_page(request, scope, matrix, parsed, payload)

    page = partial(_form_page, request, scope, matrix)
    return previews.upload_step(request, ImportForm, _check, page, preview)


@login_required
def create_from_file(request, **owner):
    scope = scope_or_403(request, owner, CHANGE)

    def preview(cleaned, found):
        text, parsed = found
        payload = {"file": cleaned["file"].name, "text": text}
        payload |= {key: cleaned[key] for key in ("title", "description")}
        return _preview_page(request, scope, None, parsed, payload)

    page = partial(_form_page, request, scope, None)
    return previews.upload_step(request, NewFromFileForm, _check, page, preview, scope=scope)


def _signed(request, scope, matrix):
    """(payload, parsed matrix) of the preview, or a response saying why not."""
    form = ImportForm() if matrix else NewFromFileForm(scope=scope)

    def read(token: str):
        payload = imports.unsign_upload(scope, matrix, request.user, token)
        return payload, imports.check_text(payload["text"])

    page = partial(_form_page, request, scope, matrix, form)
    return previews.open_preview(request, read, _upload_url(scope, matrix), page)


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
    try:
        with transaction.atomic():
            matrix = imports.create_from_file(
                scope, request.user, title, payload["description"], parsed
            )
    except IntegrityError as refused:  # another person saved the same name a moment ago
        return _name_taken(request, scope, payload, refused)
    messages.success(request, _saved_message(payload["file"], parsed))
    return redirect(scope.url("matrix", matrix.pk))


def _name_taken(request, scope, payload: dict, refused: IntegrityError):
    """The upload form again with the name's field error (the other matrix is there now);
    the file is to be chosen again. Re-raises if the name is free after all."""
    data = {key: payload[key] for key in ("title", "description")}
    form = NewFromFileForm(data, scope=scope)
    if "title" not in form.errors:
        raise refused
    return _form_page(request, scope, None, form, status=400)


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
