"""Every file Styra hands out: the one way to make it, and private to the browser.

``download`` writes an export table as CSV or Excel (``FORMATS``), ``attachment`` names
any bytes as a file to save, ``stored_file`` hands out an uploaded one (decision
documents, focus documents).

A file response is one with a ``Content-Disposition`` header: exports (CSV, Excel),
the nulägesanalys as PDF and Word, uploaded documents. The middleware marks each
``Cache-Control: private, no-store``, so a view that returns a file needs no header of
its own and a new one cannot forget it. Static files (WhiteNoise, above this middleware)
are public and keep their long cache. Open data (styra.web.public.opendata) is public
on purpose: ``public_file`` marks such a response, and the middleware leaves its
caching to the view.
"""

import mimetypes

from django.http import FileResponse, Http404, HttpResponse
from django.utils.text import slugify

from styra.tables import ExportTable, write_csv, write_xlsx

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMATS = {"csv": ("text/csv; charset=utf-8", write_csv), "xlsx": (XLSX, write_xlsx)}
PRIVATE = "private, no-store"


def is_file_response(response) -> bool:
    return response.has_header("Content-Disposition")


def public_file(response):
    """Mark ``response`` as a public file (open data): the middleware keeps it cacheable."""
    response.public_file = True
    return response


class PrivateDownloadMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_file_response(response) and not getattr(response, "public_file", False):
            response["Cache-Control"] = PRIVATE
        return response


def attachment(data: bytes, content_type: str, name: str, fmt: str) -> HttpResponse:
    """``data`` as a file to save, named ``name`` (slugified) with the ending ``fmt``."""
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{slugify(name)}.{fmt}"'
    return response


def download(table: ExportTable, fmt: str, name: str) -> HttpResponse:
    """The table as ``csv`` or ``xlsx``; 404 for any other format."""
    if fmt not in FORMATS:
        raise Http404
    content_type, write = FORMATS[fmt]
    return attachment(write(table), content_type, name, fmt)


def stored_file(stored, filename: str) -> FileResponse:
    """An uploaded file, saved as ``filename`` (its type guessed from the name)."""
    content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    return FileResponse(
        stored.open("rb"), as_attachment=True, filename=filename, content_type=content_type
    )
