"""Rate limits on every API endpoint: per token, and per address for everyone else.

``STYRA_API_RATE_TOKEN`` counts the calls of one token (sent as a bearer token,
also to the public reads), ``STYRA_API_RATE_ANON`` the calls from one address
without a valid token. A rate is ``"<count>/<period>"`` with the period ``s``,
``m``, ``h`` or ``d`` (e.g. ``"120/m"``); empty means no limit. Settings are read
on each request.

Each limit counts calls in fixed windows of its period in Django's cache (Redis
in production: ``add`` and ``incr`` are atomic there, so all worker processes
share one count). Over the limit the answer is 429 with ``Retry-After``: the
seconds until the window ends.
"""

import math
import threading
import time

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext as _
from ninja.errors import Throttled
from ninja.throttling import BaseThrottle

from .auth import find_token, token_from_header
from .models import ApiToken

PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
UNSET = object()


def now() -> float:
    return time.time()


def parse_rate(rate: str, setting: str) -> tuple[int, int]:
    """``"120/m"`` → ``(120, 60)``: calls allowed and the window in seconds."""
    count, _slash, period = rate.partition("/")
    unit = period.strip()[:1].lower()
    if not count.strip().isdigit() or unit not in PERIODS:
        raise ValueError(f'{setting}: "{rate}" is not a rate like "120/m" (s, m, h or d)')
    return int(count), PERIODS[unit]


def caller_token(request) -> ApiToken | None:
    """The active token the request carries: the endpoint's ``request.auth``, or for
    a public endpoint (no authentication) the bearer token of the header, if valid."""
    known = getattr(request, "_styra_api_token", UNSET)
    if known is not UNSET:
        return known
    token = getattr(request, "auth", None)
    if not isinstance(token, ApiToken):
        sent = token_from_header(request)
        token = find_token(sent) if sent else None
        if token is not None and not token.is_active:
            token = None
    request._styra_api_token = token
    return token


class RateLimit(BaseThrottle):
    """Calls per window for one kind of caller; the rate comes from ``setting``."""

    setting = ""
    scope = ""

    def __init__(self):
        self._wait = threading.local()  # one instance serves every request

    def ident(self, request) -> str | None:
        """Who is counted; ``None``: this limit does not apply to the request."""
        raise NotImplementedError

    def allow_request(self, request) -> bool:
        self._wait.seconds = None
        rate = getattr(settings, self.setting, "")
        ident = self.ident(request) if rate else None
        if ident is None:
            return True
        count, seconds = parse_rate(rate, self.setting)
        moment = now()
        window = int(moment // seconds)
        key = f"styra-api-rate:{self.scope}:{ident}:{seconds}:{window}"
        cache.add(key, 0, timeout=seconds + 1)
        try:
            calls = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=seconds + 1)
            calls = 1
        if calls <= count:
            return True
        self._wait.seconds = max(1, math.ceil((window + 1) * seconds - moment))
        return False

    def wait(self) -> int | None:
        return getattr(self._wait, "seconds", None)


class TokenRateLimit(RateLimit):
    setting, scope = "STYRA_API_RATE_TOKEN", "token"

    def ident(self, request) -> str | None:
        token = caller_token(request)
        return None if token is None else str(token.pk)


class AddressRateLimit(RateLimit):
    setting, scope = "STYRA_API_RATE_ANON", "address"

    def ident(self, request) -> str | None:
        return self.get_ident(request) if caller_token(request) is None else None


def rate_limits() -> list[BaseThrottle]:
    return [TokenRateLimit(), AddressRateLimit()]


def too_many_requests(request, exc: Throttled, api):
    """The 429 answer; django-ninja adds the ``Retry-After`` header."""
    message = _("För många anrop. Försök igen om %(seconds)s sekunder.") % {
        "seconds": exc.wait or 1
    }
    return api.create_response(
        request, {"detail": message, "parameter": None, "retry_after": exc.wait or 1}, status=429
    )
