"""The framework's floor for ``bench/web.py``: a fixed HTML page, no database.

Mounted at ``/bench/floor/`` only when ``STYRA_BENCH_VIEWS`` is on (never in
production). ``?bytes=N`` pads the page to exactly N bytes, so that it can be
as large as the page it is compared with; it passes through the same
middleware as every page, which is what makes it the floor.
"""

from functools import lru_cache

from django.http import HttpResponse, HttpResponseBadRequest

DEFAULT_BYTES = 10_000
MAX_BYTES = 2_000_000
HEAD = (
    '<!doctype html>\n<html lang="sv"><head><meta charset="utf-8">'
    "<title>Styra golv</title></head><body><main><p>"
)
TAIL = "</p></main></body></html>\n"


@lru_cache(maxsize=8)
def padded_page(size: int) -> bytes:
    """An ASCII HTML page of exactly ``size`` bytes (at least the bare page)."""
    filler = size - len(HEAD) - len(TAIL)
    return (HEAD + ("Styra golv. " * (filler // 12 + 1))[: max(filler, 0)] + TAIL).encode()


def floor(request):
    try:
        size = int(request.GET.get("bytes", DEFAULT_BYTES))
    except ValueError:
        return HttpResponseBadRequest("bytes must be an integer")
    if not 0 <= size <= MAX_BYTES:
        return HttpResponseBadRequest(f"bytes must be between 0 and {MAX_BYTES}")
    return HttpResponse(padded_page(size), content_type="text/html; charset=utf-8")
