"""Robots stay out of every anonymous form: one place, four checks, no visual puzzle.

A form that anyone may send mixes in ``AntispamMixin``, which adds three fields:

- ``altcha``: a self-hosted ALTCHA proof of work (altcha-django's widget, script and
  challenge endpoint, all served from this site). The browser spends a moment of
  computing; the server checks the solution with one derivation, and a solution
  counts once (claimed in Django's cache; ``ALTCHA_CHALLENGE`` sets the difficulty
  and how long a challenge lasts).
- ``website``: a honeypot, hidden from people (CSS, ``aria-hidden``, out of the tab
  order, no autofill). Something filled it in: a robot.
- ``shown_at``: when the form was shown, signed. Sent back faster than
  ``STYRA_ANTISPAM_MIN_SECONDS``: a robot.

``accepted(request, form, scope)`` validates the form and then ``check``s it; a
refusal becomes the form's error (a plain Swedish message on ``altcha``, shown next
to the check) and the view answers 400 with nothing stored. The checks run cheapest
first: honeypot, fill time, the client's rate (every attempt counts), the proof of
work, then the scope's rate (only attempts that paid the proof of work count, so a
flood of robots cannot use up a dialogue's budget for free).

Rate limits count in Django's cache per client address and scope
(``STYRA_ANTISPAM_RATE_ADDRESS``) and per scope (``STYRA_ANTISPAM_RATE_SCOPE``), e.g.
one dialogue. The address is never stored: the cache key holds the SHA-256 of it with
a salt that is derived from the secret key and today's date, so it changes daily.

Without JavaScript the proof of work cannot be solved; the form says so and points
to answering by paper or phone instead (``common/_antispam.html``).

The widget's own texts are English only; ``widget_strings`` gives Styra's in the
page's language, which ``common/_antispam_head.html`` hands to the widget.

Pages with such a form allow the widget's web worker (a ``blob:`` script) with
``@proof_of_work_page``; the Content-Security-Policy is unchanged elsewhere.
"""

import hashlib
import time

from altcha_django import AltchaWidget, ErrorCode, run_verification
from axes.helpers import get_client_ip_address
from csp.constants import SELF
from csp.decorators import csp_update
from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import caches
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

POW_FIELD = "altcha"
HONEYPOT_FIELD = "website"
SHOWN_FIELD = "shown_at"
FIELDS = (POW_FIELD, HONEYPOT_FIELD, SHOWN_FIELD)
ANCHOR_SUFFIX = "_check"  # the check's place on the page: id_altcha_check (_antispam.html)

SHOWN_SALT = "styra.antispam.shown_at"
SHOWN_MAX_AGE = 24 * 3600  # a form shown longer ago than this is sent again
PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
DEFAULTS = {
    "STYRA_ANTISPAM_MIN_SECONDS": 3,
    "STYRA_ANTISPAM_RATE_ADDRESS": "30/h",
    "STYRA_ANTISPAM_RATE_SCOPE": "600/m",
}

# One message for every sign of a robot: it tells a robot nothing.
ROBOT = _(
    "Vi kunde inte ta emot formuläret. Ladda om sidan, vänta en stund och skicka igen. "
    "Fungerar det ändå inte: kontakta organisationen på annat sätt."
)
TOO_FAST = _(
    "Formuläret skickades väldigt snabbt efter att sidan öppnades. Vänta några sekunder "
    "och skicka igen."
)
STALE = _("Sidan är för gammal. Ladda om den och skicka igen.")
TOO_MANY = _("Just nu kommer för många svar härifrån. Vänta en stund och försök igen.")
NOT_SOLVED = _(
    "Kontrollen att du inte är en robot är inte klar. Kryssa i rutan och vänta tills den "
    "är klar, eller skicka igen."
)
POW_FAILED = _(
    "Kontrollen att du inte är en robot gick inte igenom. Ladda om sidan och försök igen."
)
POW_EXPIRED = _("Kontrollen att du inte är en robot hann bli för gammal. Skicka igen.")
POW_USED = _("Kontrollen har redan använts en gång. Ladda om sidan och försök igen.")


def widget_strings() -> dict[str, str]:
    """The ALTCHA widget's texts in the active language (its own are English only), by
    the widget's names for them; ``{% altcha_strings %}`` puts them on the page."""
    about = gettext("ALTCHA (webbplatsen för kontrollen)")
    link = format_html(
        '<a href="https://altcha.org/" tabindex="-1" target="_blank" rel="noopener" '
        'aria-label="{}">ALTCHA</a>',
        about,
    )
    return {
        "ariaLinkLabel": about,
        "cancel": gettext("Avbryt"),
        "enterCode": gettext("Skriv koden"),
        "enterCodeAria": gettext("Skriv koden du hör. Tryck på mellanslag för att höra den."),
        "enterCodeFromImage": gettext("Skriv koden från bilden nedan för att fortsätta."),
        "error": gettext("Kontrollen gick inte igenom. Försök igen om en stund."),
        "expired": gettext("Kontrollen hann bli för gammal. Försök igen."),
        "footer": format_html(gettext("Skyddas av {link}"), link=link),
        "getAudioChallenge": gettext("Lyssna på koden i stället"),
        "label": gettext("Jag är inte en robot"),
        "loading": gettext("Laddar …"),
        "reload": gettext("Ladda om"),
        "verify": gettext("Kontrollera"),
        "verificationRequired": gettext("Kryssa i rutan ”Jag är inte en robot” först."),
        "verified": gettext("Klart"),
        "verifying": gettext("Kontrollerar …"),
        "waitAlert": gettext("Kontrollen pågår. Vänta en stund."),
    }


class Refused(Exception):
    """A submission that is not taken: ``message`` is what the person reads."""

    def __init__(self, message, reason: str):
        super().__init__(reason)
        self.message = message
        self.reason = reason  # for logs and tests: honeypot, too_fast, stale, rate, pow_…


def setting(name: str):
    return getattr(settings, name, DEFAULTS[name])


def now() -> float:
    return time.time()


# --- the fields ------------------------------------------------------------------


def shown_stamp(at: float | None = None) -> str:
    """The signed moment a form was shown (``at``: seconds since the epoch)."""
    return signing.dumps(int(now() if at is None else at), salt=SHOWN_SALT)


class AntispamMixin:
    """Mix into a ``Form`` or ``ModelForm`` (before it) to add the three fields.

    ``content_fields()`` are the form's own bound fields, without them (for templates
    that loop over the fields); ``common/_antispam.html`` renders the three.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[POW_FIELD] = forms.CharField(
            label=_("Kontroll att du inte är en robot"),
            required=False,
            widget=AltchaWidget(auto="onsubmit", type="checkbox"),
        )
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Lämna det här fältet tomt"),
            required=False,
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )
        self.fields[SHOWN_FIELD] = forms.CharField(
            required=False, widget=forms.HiddenInput, initial=shown_stamp
        )
        anchors = dict(getattr(self, "error_anchors", {}))
        anchors[POW_FIELD] = self[POW_FIELD].auto_id + ANCHOR_SUFFIX
        self.error_anchors = anchors

    def content_fields(self) -> list:
        return [field for field in self if field.name not in FIELDS]


# --- the checks --------------------------------------------------------------------


def accepted(request, form, scope: str) -> bool:
    """``form.is_valid()`` and the checks pass. A refusal is the form's error on the
    proof-of-work field; the view answers 400 and stores nothing."""
    if not form.is_valid():
        return False
    try:
        check(request, form, scope)
    except Refused as refusal:
        form.add_error(POW_FIELD, refusal.message)
        return False
    return True


def check(request, form, scope: str) -> None:
    """Raise ``Refused`` unless the valid ``form`` looks like a person's.

    ``scope`` names what is protected (e.g. ``"dialogue:12"``, ``"contact:0780"``):
    its rate limit and the client's are counted per scope.
    """
    data = form.cleaned_data
    if data.get(HONEYPOT_FIELD):
        raise Refused(ROBOT, "honeypot")
    check_fill_time(data.get(SHOWN_FIELD) or "")
    address = address_hash(request)
    if over_rate(f"address:{scope}:{address}", setting("STYRA_ANTISPAM_RATE_ADDRESS")):
        raise Refused(TOO_MANY, "rate_address")
    check_proof_of_work(request, data.get(POW_FIELD) or "")
    if over_rate(f"scope:{scope}", setting("STYRA_ANTISPAM_RATE_SCOPE")):
        raise Refused(TOO_MANY, "rate_scope")


def check_fill_time(stamp: str) -> None:
    try:
        shown = signing.loads(stamp, salt=SHOWN_SALT)
    except signing.BadSignature as bad:
        raise Refused(ROBOT, "no_stamp") from bad
    if not isinstance(shown, int):
        raise Refused(ROBOT, "no_stamp")
    if now() - shown > SHOWN_MAX_AGE:
        raise Refused(STALE, "stale")
    if now() - shown < setting("STYRA_ANTISPAM_MIN_SECONDS"):
        raise Refused(TOO_FAST, "too_fast")


POW_MESSAGES = {
    ErrorCode.REQUIRED.value: NOT_SOLVED,
    ErrorCode.EXPIRED.value: POW_EXPIRED,
    ErrorCode.REPLAYED.value: POW_USED,
}


def check_proof_of_work(request, payload: str) -> None:
    """The ALTCHA solution is this site's, solved, not expired, and used for the first
    time (altcha-django claims it in the cache)."""
    result = run_verification(payload, request=request, replay=True, test_mode=False)
    if not result.verified:
        code = result.code or ErrorCode.UNVERIFIED.value
        raise Refused(POW_MESSAGES.get(code, POW_FAILED), f"pow_{code}")


# --- rate limits per hashed address and per scope --------------------------------------


def daily_salt(day=None) -> str:
    """Derived from the secret key and the date: the same all day, new every day."""
    day = day or timezone.localdate()
    return salted_hmac("styra.antispam.daily-salt", day.isoformat(), algorithm="sha256").hexdigest()


def address_hash(request, day=None) -> str:
    """SHA-256 of the client's address and the daily salt; the address itself is
    never kept."""
    address = get_client_ip_address(request) or "unknown"
    return hashlib.sha256(f"{daily_salt(day)}:{address}".encode()).hexdigest()


def parse_rate(rate: str) -> tuple[int, int] | None:
    """``"30/h"`` → ``(30, 3600)``; empty: no limit."""
    if not rate:
        return None
    count, _slash, period = rate.partition("/")
    unit = period.strip()[:1].lower()
    if not count.strip().isdigit() or unit not in PERIODS:
        raise ValueError(f'"{rate}" is not a rate like "30/h" (s, m, h or d)')
    return int(count), PERIODS[unit]


def over_rate(key: str, rate: str) -> bool:
    """Count one attempt for ``key`` in the current window; True when over ``rate``."""
    limit = parse_rate(rate)
    if limit is None:
        return False
    count, seconds = limit
    window = int(now() // seconds)
    cache = caches["antispam"]  # shared by every process (settings)
    cache_key = f"styra:antispam:{key}:{seconds}:{window}"
    cache.add(cache_key, 0, timeout=seconds + 1)
    try:
        attempts = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=seconds + 1)
        attempts = 1
    return attempts > count


# --- the page --------------------------------------------------------------------------

# The widget solves in a web worker that it starts from a ``blob:`` URL.
proof_of_work_page = csp_update({"worker-src": [SELF, "blob:"]})
