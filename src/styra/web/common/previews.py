"""A signed preview of an uploaded file, for the flows upload → preview → "Spara".

Nothing is saved by the preview: the checked file travels to the confirm step
in a hidden field, signed and compressed (``django.core.signing``), salted with
its purpose and what it is bound to (the organisation or matrix, and the user),
and valid ``MAX_AGE`` seconds. So nobody can alter it, open it for another
organisation or user, or keep it for long. Each flow builds its own payload and
checks it again on confirm.
"""

from django.contrib import messages
from django.core import signing
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
