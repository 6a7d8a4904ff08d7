"""The page for a server error (500), in the normal layout and the user's language.

Django renders 400.html, 403.html and 404.html itself, with the request and the
context processors. For a 500 it gets no context, and the error may be the
database or the request itself: ``server_error`` renders 500.html with a context
that touches neither (the user only if the request already loaded it), and
falls back to plain HTML if even that fails.

When the error is that the database cannot be reached just now (PostgreSQL
restarting, a failover, no free connection), the answer is 503 "Styra kan inte nå
databasen just nu" with Retry-After instead: it is no bug, and a moment later the
next request connects afresh (docs/deployment.md#when-the-database-restarts).
"""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
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


# PostgreSQL's SQLSTATEs for "not reachable now": connection exceptions (class 08), the
# server shutting down or starting (57P01-57P03), too many connections (53300).
UNREACHABLE_SQLSTATES = ("08", "57P01", "57P02", "57P03", "53300")
RETRY_AFTER_SECONDS = 10


def database_unreachable(error: BaseException | None) -> bool:
    """Whether ``error`` says the database server cannot be reached now, as opposed to a
    query that failed (a bug, a lock): a closed connection, or psycopg's connection
    failure (no SQLSTATE) or one of UNREACHABLE_SQLSTATES."""
    if isinstance(error, InterfaceError):
        return True
    if not isinstance(error, OperationalError):
        return False
    import psycopg

    cause = error.__cause__
    if not isinstance(cause, psycopg.OperationalError):
        return False
    sqlstate = cause.sqlstate
    return sqlstate is None or sqlstate.startswith(UNREACHABLE_SQLSTATES)


@requires_csrf_token
def server_error(request):
    """handler500: 500.html in the layout, else plain HTML; 503 when the database is
    out of reach."""
    if database_unreachable(sys.exc_info()[1]):
        return database_unavailable(request)
    try:
        body = loader.get_template("500.html").render(safe_context(request))
    except Exception:
        logger.exception("the 500 page could not be rendered; answering with plain HTML")
        body = plain_page()
    return HttpResponseServerError(body)


def database_unavailable(request) -> HttpResponse:
    """503.html in the layout (it asks nothing of the database), else plain HTML."""
    try:
        body = loader.get_template("503.html").render(safe_context(request))
    except Exception:
        logger.exception("the 503 page could not be rendered; answering with plain HTML")
        body = plain_page(_("Styra kan inte nå databasen just nu"))
    response = HttpResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


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


def plain_page(title: str | None = None) -> str:
    try:
        return PLAIN_PAGE.format(
            lang=escape(get_language() or "sv"),
            title=escape(title or _("Något gick fel")),
            text=escape(_("Försök igen om en stund.")),
            start=escape(_("Till startsidan")),
        )
    except Exception:
        return LAST_RESORT
