"""The VLR written to a file outside a request (``styra report vlr``)."""

from pathlib import Path

from django.utils import timezone

from styra.web.organisations.models import Organisation

from . import documents
from .content import build_content
from .models import VlrVersion


def write_vlr(kolada_id: str, year: int, fmt: str, out: Path) -> str:
    """Write the newest frozen VLR of ``year`` (else the draft) as ``fmt`` to ``out``;
    what was written, in words. ``LookupError`` for an unknown organisation or Riket."""
    organisation = Organisation.objects.filter(pk=kolada_id).first()
    if organisation is None or organisation.is_riket:
        raise LookupError(f"No organisation with Kolada id {kolada_id!r} uses Styra.")
    if fmt not in documents.FORMATS:
        raise LookupError(f"Unknown format {fmt!r}: pdf or docx.")
    found = VlrVersion.objects.filter(organisation=organisation, year=year)
    version = found.order_by("-created_at", "-pk").first()
    if version is None:
        content, shown = build_content(organisation, year, timezone.now()), "draft"
    else:
        content, shown = version.content, f"frozen version {version.label!r}"
    out.write_bytes(documents.FORMATS[fmt][1](content, version))
    return shown
