"""A decision document is of a kind Styra keeps, not too big, and a PDF if it says so.

The leadership decision and the priority decision both take a document (``checked_upload``
is their forms' check); one named ``.pdf`` must start with ``%PDF-`` and open in pypdf,
else the form names the field and says what to do. Other kinds are kept as they are
uploaded.
"""

import io
from pathlib import PurePath

from django import forms
from django.conf import settings
from django.utils.translation import gettext as _
from pypdf import PdfReader

PDF_MAGIC = b"%PDF-"
DOCUMENT_SUFFIXES = {".pdf", ".docx", ".doc", ".odt", ".rtf", ".txt"}


def opens_as_pdf(data: bytes) -> bool:
    """``data`` starts with the PDF header and pypdf reads its pages (or it is encrypted)."""
    if not data.lstrip()[:1024].startswith(PDF_MAGIC):
        return False
    try:
        reader = PdfReader(io.BytesIO(data))
        return reader.is_encrypted or len(reader.pages) > 0
    except Exception:  # pypdf raises many kinds of errors; all mean "not a readable PDF"
        return False


def check_document(upload) -> None:
    """Refuse an upload named .pdf that is no PDF (a ``ValidationError`` for the field)."""
    if PurePath(upload.name).suffix.lower() != ".pdf":
        return
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    if not opens_as_pdf(data):
        raise forms.ValidationError(
            _(
                "Filen heter .pdf men är ingen läsbar PDF-fil. Spara beslutet som PDF "
                "igen (till exempel med Skriv ut → Spara som PDF) och ladda upp den filen."
            )
        )


def checked_upload(upload):
    """The uploaded decision document if Styra keeps its kind and size; else a
    ``ValidationError`` for the field. No upload is None."""
    if upload is None:
        return None
    if PurePath(upload.name).suffix.lower() not in DOCUMENT_SUFFIXES:
        raise forms.ValidationError(
            _("Filtypen stöds inte. Ladda upp PDF, Word, OpenDocument, RTF eller text.")
        )
    if upload.size > settings.STYRA_MAX_UPLOAD_MB * 1024 * 1024:
        raise forms.ValidationError(
            _("Filen är för stor (högst %(mb)s MB).") % {"mb": settings.STYRA_MAX_UPLOAD_MB}
        )
    check_document(upload)
    return upload
