"""Reading the public reads' query parameters: comma lists, known ids, the values cursor.

Each function raises ``ApiError`` (400) naming the parameter, so bad input is
told, never a 500 and never silently an empty answer: a typo in a KPI or area
id answers with the unknown ids.
"""

import base64
import binascii
import json
import re

from django.utils.translation import gettext as _

from styra.web.indicators.models import Kpi
from styra.web.organisations.models import Organisation
from styra.web.public.values import Key

from .errors import bad_request

MAX_IDS = 500  # ids in one comma list
SHOWN = 10  # unknown ids named in an error
ID = re.compile(r"[A-Za-z0-9_-]{1,40}")  # Kolada's ids: N00401, 0180, G37523
YEAR = re.compile(r"[0-9]{4}")


def parts(text: str | None) -> tuple[str, ...]:
    """``"N00401, N00945"`` → ("N00401", "N00945"); empty → (); repeats once."""
    return tuple(dict.fromkeys(part.strip() for part in (text or "").split(",") if part.strip()))


def id_list(text: str | None, parameter: str) -> tuple[str, ...]:
    ids = parts(text)
    if len(ids) > MAX_IDS:
        raise bad_request(parameter, _("Högst %(n)s id:n i en lista.") % {"n": MAX_IDS})
    wrong = [value for value in ids if not ID.fullmatch(value)]
    if wrong:
        raise bad_request(
            parameter,
            _("Ogiltiga id:n (bara bokstäver, siffror, - och _): %(ids)s")
            % {"ids": ", ".join(repr(value)[1:-1][:40] for value in wrong[:SHOWN])},
        )
    return ids


def year_list(text: str | None, parameter: str = "year") -> tuple[int, ...]:
    years = parts(text)
    wrong = [year for year in years if not YEAR.fullmatch(year)]
    if wrong:
        raise bad_request(
            parameter,
            _("Ett år skrivs med fyra siffror, t.ex. 2022: %(wrong)s")
            % {"wrong": ", ".join(wrong[:SHOWN])},
        )
    return tuple(int(year) for year in years)


def known_kpis(text: str | None, parameter: str = "kpi") -> tuple[str, ...]:
    ids = id_list(text, parameter)
    found = set(Kpi.objects.filter(pk__in=ids).values_list("pk", flat=True))
    refuse_unknown(ids, found, parameter, _("Okända nyckeltal: %(ids)s"))
    return ids


def known_areas(text: str | None, parameter: str = "area") -> tuple[str, ...]:
    ids = id_list(text, parameter)
    found = set(Organisation.objects.filter(pk__in=ids).values_list("pk", flat=True))
    refuse_unknown(ids, found, parameter, _("Okända områden: %(ids)s"))
    return ids


def refuse_unknown(ids, found: set[str], parameter: str, message: str) -> None:
    unknown = [value for value in ids if value not in found]
    if unknown:
        raise bad_request(parameter, message % {"ids": ", ".join(unknown[:SHOWN])})


def encode_cursor(key: Key) -> str:
    """The last row's key (kpi, area, year, gender) as an opaque URL-safe text."""
    text = json.dumps(list(key), separators=(",", ":"))
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> Key | None:
    """The key a cursor stands for; 400 naming ``cursor`` if it is not one of ours."""
    if not cursor:
        return None
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        kpi, area, year, gender = json.loads(base64.urlsafe_b64decode(padded.encode()))
        if not all(isinstance(part, str) and ID.fullmatch(part) for part in (kpi, area, gender)):
            raise ValueError(cursor)
        if not isinstance(year, int) or isinstance(year, bool) or not 0 <= year <= 9999:
            raise ValueError(cursor)
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise bad_request(
            "cursor", _("Ogiltig markör: använd länken i next från föregående sida.")
        ) from None
    return kpi, area, year, gender
