"""A signed preview of an uploaded file, for the flows upload → preview → "Spara".

Nothing is saved by the preview: the checked file travels to the confirm step
in a hidden field, signed and compressed (``django.core.signing``), salted with
its purpose and what it is bound to (the organisation or matrix, and the user),
and valid ``MAX_AGE`` seconds. So nobody can alter it, open it for another
organisation or user, or keep it for long. Each flow builds its own payload and
checks it again on confirm.

``upload_step`` is the first step of every such flow (the form, or the preview
of a checked file); ``open_preview`` starts the confirm step.
"""

from django.contrib import messages
from django.core import signing
from django.db import IntegrityError
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from styra.tables import RowErrors, TableError

MAX_AGE = 2 * 60 * 60


def _salt(purpose: str, bound_to) -> str:
    return ":".join(["styra.preview", purpose, *map(str, bound_to)])


def sign(payload: dict, purpose: str, *bound_to) -> str:
    """``payload`` as a token that only ``unsign`` with the same purpose and ids opens."""
    return signing.dumps(payload, salt=_salt(purpose, bound_to), compress=True)


def unsign(token: str, purpose: str, *bound_to) -> dict:
    """The payload; raises ``signing.BadSignature`` (``SignatureExpired`` after ``MAX_AGE``)."""
    return signing.loads(token, salt=_salt(purpose, bound_to), max_age=MAX_AGE)


def no_store(response):
    """``response`` marked as never to be cached (it shows a user's unsaved upload)."""
    response["Cache-Control"] = "private, no-store"
    return response


def upload_step(request, form_class, check, form_page, preview_page, **form_options):
    """The upload form again (400 for a bad post) or the preview of the checked file.

    ``check(upload)`` reads the uploaded file and returns what it found, raising
    ``TableError`` or ``RowErrors``; ``form_page(form, errors=, total=, status=)``
    is the upload form; ``preview_page(cleaned_data, found)`` renders the preview.
    """
    posted = request.method == "POST"
    data, files = (request.POST, request.FILES) if posted else (None, None)
    form = form_class(data, files, **form_options)
    if not posted or not form.is_valid():
        return form_page(form, status=400 if posted else 200)
    upload = form.cleaned_data["file"]
    try:
        found = check(upload)
    except TableError as error:
        return form_page(form, errors=[error], total=1, status=400)
    except RowErrors as error:
        return form_page(form, errors=error.errors, total=error.total, status=400)
    return no_store(preview_page(form.cleaned_data, found))


def open_preview(request, read, upload_url: str, page):
    """``(read(token), None)`` for the posted preview, or ``(None, response)`` saying why not.

    ``read`` unsigns the token and checks its rows again (raising ``RowErrors``);
    ``page(errors=, total=, status=)`` is the upload form showing errors. A preview
    too old sends back to ``upload_url``.
    """
    try:
        return read(request.POST.get("payload", "")), None
    except signing.SignatureExpired:
        messages.error(request, _("Förhandsvisningen är för gammal. Ladda upp filen igen."))
        return None, redirect(upload_url)
    except signing.BadSignature:
        error = TableError(_("Förhandsvisningen kunde inte läsas. Ladda upp filen igen."))
        return None, page(errors=[error], total=1, status=400)
    except RowErrors as error:  # the data changed since the preview
        return None, page(errors=error.errors, total=error.total, status=409)


def confirm_step(request, read, save, upload_url: str, page, refused: str):
    """``(save(rows), None)`` for the posted preview, or ``(None, response)`` saying why not.

    ``read``, ``upload_url`` and ``page`` as for ``open_preview``; ``save(rows)``
    writes all rows or none; when the database refuses them (another person saved
    the same at the same moment) the upload form says ``refused`` (409).
    """
    found, refusal = open_preview(request, read, upload_url, page)
    if refusal is not None:
        return None, refusal
    _filename, rows = found
    try:
        return save(rows), None
    except IntegrityError:
        return None, page(errors=[TableError(refused)], total=1, status=409)
