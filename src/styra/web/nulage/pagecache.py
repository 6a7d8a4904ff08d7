"""The analysis pages' two caches, both keyed by the data versions, so a change shows at
once: the rendered body per comparison, year, language and rights, and the whole page
per user."""

import hashlib

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string

from styra.web.accounts.context_processors import SESSION_KEY
from styra.web.accounts.rules import roles_of

from . import pages
from .pages import Page
from .services import CACHE_SECONDS

PERSONAL_SECONDS = 3600


def render_page(request, page: Page, name: str, build, *extra, mine=None) -> HttpResponse:
    """Two caches, both keyed by the data versions, so a change shows at once.

    The body is rendered once per comparison, year, language and editing
    right. The whole page (with the user's header) is kept per user, path and
    CSRF cookie, unless a message is waiting; a hit costs no rendering at all.
    ``build()`` gives the body's context, with ``page_title`` and ``charts``
    (whether the page draws charts, so the frame loads Vega). ``mine()``, if
    given, is HTML for this user alone, shown after the body (the goal page's
    "Lär av andra": the practices the user may read); it is asked on every
    request and the user's page is kept only as long as it stays the same.
    """
    addition = mine() if mine else ""
    asked = repr((page.problems, page.asked)).encode() if page.problems else b""
    key = page.cache_key(name, *extra, pages.today().year, hashlib.sha256(asked).hexdigest()[:16])
    personal = personal_key(request, key, addition)
    html = cache.get(personal) if personal else None
    if html is not None:
        return HttpResponse(html)
    cached = cache.get(key)
    if cached is None:
        context = pages.page_context(page) | build()
        cached = {
            "title": context["page_title"],
            "charts": context.get("charts", False),
            "body": render_to_string(f"nulage/{name}.html", context),
        }
        cache.set(key, cached, CACHE_SECONDS)
    context = {"page": cached, "area": page.area, "addition": addition}
    response = render(request, "nulage/frame.html", context)
    if personal:
        cache.set(personal, response.content.decode(), PERSONAL_SECONDS)
    return response


def personal_key(request, key: str, addition: str = "") -> str | None:
    """The key of the user's whole page, or None when it must be rendered afresh.

    It covers all the header shows (name, memberships and roles, the current
    organisation, the path in the language form) and the CSRF cookie the
    page's forms are bound to; pages with a waiting message are never kept.
    """
    csrf = request.COOKIES.get(settings.CSRF_COOKIE_NAME)
    if not csrf or len(messages.get_messages(request)):
        return None
    user = request.user
    header = (
        user.pk,
        user.get_username(),
        user.get_full_name(),
        request.session.get(SESSION_KEY, ""),
        tuple(sorted(roles_of(user).items())),
        request.get_full_path(),
        csrf,
        hashlib.sha256(addition.encode()).hexdigest() if addition else "",
    )
    digest = hashlib.sha256(repr(header).encode()).hexdigest()[:32]
    return f"{key}:user:{digest}"
