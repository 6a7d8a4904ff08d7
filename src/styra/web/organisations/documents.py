"""A decision document that claims to be a PDF is a PDF.

The leadership decision and the priority decision both take a document; one named
``.pdf`` must start with ``%PDF-`` and open in pypdf, else the form names the field and
says what to do. Other kinds are kept as they are uploaded.
"""

import io
from pathlib import PurePath

from django import forms
from django.utils.translation import gettext as _
from pypdf import PdfReader

PDF_MAGIC = b"%PDF-"


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
