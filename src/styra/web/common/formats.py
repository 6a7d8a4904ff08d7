"""Numbers and dates as the pages show them: one helper each, Swedish first.

- ``number(3.67594053, 2)`` → "3,68"; ``number(0.04, 1)`` → "0,04" (a value that
  is not zero never shows as "0,0"); ``number(None)`` → "–".
- ``day(date(2026, 12, 6))`` → "6 dec. 2026" in Swedish, "6 Dec 2026" in English;
  ``day_time`` adds the time.

Both are template filters too (built in, see settings ``TEMPLATES``):
``{{ value|number:2 }}``, ``{{ value|number:"-2" }}`` (at most two decimals,
trailing zeros dropped), ``{{ when|day }}``, ``{{ when|day_time }}``.
"""

import datetime as dt
import math

from django import template
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.translation import get_language

register = template.Library()

# Språkrådet's abbreviations: short month names stay whole, the others take a period.
SWEDISH_MONTHS = (
    "jan.", "feb.", "mars", "apr.", "maj", "juni",
    "juli", "aug.", "sep.", "okt.", "nov.", "dec.",
)  # fmt: skip
MAX_DECIMALS = 6
# Charts drawn on the server (vl-convert) in Swedish; static/styra/charts.js holds the
# same two definitions for the browser. d3-format and d3-time-format locale objects.
CHART_NUMBER_LOCALE = {
    "decimal": ",",
    "thousands": "\u00a0",
    "grouping": [3],
    "currency": ["", " kr"],
}
CHART_TIME_LOCALE = {
    "dateTime": "%A %e %B %Y %X",
    "date": "%Y-%m-%d",
    "time": "%H:%M:%S",
    "periods": ["fm", "em"],
    "days": ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"],
    "shortDays": ["sön", "mån", "tis", "ons", "tors", "fre", "lör"],
    "months": [
        "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december",
    ],
    "shortMonths": [
        "jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec",
    ],
}  # fmt: skip


def rounded(value: float | None, digits: int = 1) -> float | None:
    """A value for an export or a frozen document: rounded, missing stays missing."""
    return None if value is None else round(value, digits)


def shown_decimals(value: float, digits: int) -> int:
    """``digits``, or more for a small value that would otherwise round to zero."""
    if value == 0 or round(value, digits) != 0:
        return digits
    first = -math.floor(math.log10(abs(value)))  # the first decimal that is not 0
    return min(MAX_DECIMALS, first)


def number(value: float | None, digits: int = 1, trim: bool = False) -> str:
    """A value as a Swede writes it (decimal comma, thin spaces), "–" when missing."""
    if value is None:
        return "–"
    decimals = shown_decimals(float(value), digits)
    text = number_format(
        round(float(value), decimals), decimal_pos=decimals, use_l10n=True, force_grouping=True
    )
    if trim and decimals:
        separator = number_format(0.5, decimal_pos=1, use_l10n=True)[1]
        text = text.rstrip("0").rstrip(separator)
    return text


def swedish() -> bool:
    return (get_language() or "sv").startswith("sv")


def chart_locale() -> dict:
    """vl-convert's locale arguments for the page's language (English: its default)."""
    if not swedish():
        return {}
    return {"format_locale": CHART_NUMBER_LOCALE, "time_format_locale": CHART_TIME_LOCALE}


def as_date(value) -> dt.date | dt.datetime | None:
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return value


def day(value) -> str:
    """A date (or an ISO date string) the way the page's language writes it; "" when missing."""
    value = as_date(value)
    if not value:
        return ""
    if isinstance(value, dt.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    if swedish():
        return f"{value.day} {SWEDISH_MONTHS[value.month - 1]} {value.year}"
    return date_format(value, "j M Y")


def day_time(value: dt.datetime | None) -> str:
    """A moment: the day and the local time ("6 dec. 2026 14:05")."""
    if not value:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return f"{day(value)} {value:%H:%M}"


@register.filter(name="number")
def number_filter(value, digits="1") -> str:
    """``{{ v|number:2 }}``: two decimals; ``{{ v|number:"-2" }}``: at most two."""
    places = int(digits)
    if value in (None, ""):
        return "–"
    return number(float(value), abs(places), trim=places < 0)


register.filter("day", day)
register.filter("day_time", day_time)
