"""The page for a server error (500), in the normal layout and the user's language.

Django renders 400.html, 403.html and 404.html itself, with the request and the
context processors. For a 500 it gets no context, and the error may be the
database or the request itself: ``server_error`` renders 500.html with a context
that touches neither (the user only if the request already loaded it), and
falls back to plain HTML if even that fails.
"""

import logging

from django.http import HttpResponseServerError
from django.middleware.csrf import get_token
from django.template import loader
from django.utils.html import escape
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import requires_csrf_token

logger = logging.getLogger(__name__)

PLAIN_PAGE = (
    '<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
    "<title>{title} – Styra</title></head><body><main><h1>{title}</h1>"
    '<p>{text}</p><p><a href="/">{start}</a></p></main></body></html>'
)
LAST_RESORT = PLAIN_PAGE.format(
    lang="sv",
    title="Något gick fel",
    text="Försök igen om en stund.",
    start="Till startsidan",
)


@requires_csrf_token
def server_error(request):
    """handler500: 500.html in the layout, else plain HTML."""
    try:
        body = loader.get_template("500.html").render(safe_context(request))
    except Exception:
        logger.exception("the 500 page could not be rendered; answering with plain HTML")
        body = plain_page()
    return HttpResponseServerError(body)


def safe_context(request) -> dict:
    """What base.html needs, without the database: no memberships, no messages."""
    return {
        "request": request,
        "LANGUAGE_CODE": get_language(),
        "csrf_token": get_token(request),
        # The user only if the request already loaded it (django.contrib.auth caches it
        # there); asking for it now could be the very database query that failed.
        "user": getattr(request, "_cached_user", None),
    }


def plain_page() -> str:
    try:
        return PLAIN_PAGE.format(
            lang=escape(get_language() or "sv"),
            title=escape(_("Något gick fel")),
            text=escape(_("Försök igen om en stund.")),
            start=escape(_("Till startsidan")),
        )
    except Exception:
        return LAST_RESORT
