"""Fields every form shares: Swedish dates, clean single-line text, phone numbers.

- ``PlausibleDateField``: ISO and Swedish forms (2025-03-12, 12/3 2025,
  12.3.2025, 12 mars 2025), never US order, and only years 1900–2100.
- ``DecisionDateField``: the same, and not later than a month from today.
- ``CleanInput`` (a form mixin): every single-line text field strips its value
  and refuses control characters, direction overrides, zero-width characters
  and line breaks.
- ``PhoneField``: digits, spaces, +, -, parentheses; 7–20 digits.
"""

import datetime as dt
import re
import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Day before month, always: "12/03/2025" is 12 March.
DATE_FORMATS = ("%Y-%m-%d", "%d/%m %Y", "%d/%m/%Y", "%d.%m.%Y", "%d.%m %Y", "%d-%m-%Y")
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "maj": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "okt": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WORDED_DATE = re.compile(r"^(\d{1,2})\s+([a-zåäö]+)\.?\s+(\d{4})$")
EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2100, 12, 31)
DECISION_MARGIN = dt.timedelta(days=31)


class DateInput(forms.DateInput):
    """The browser's date picker; the value always in ISO, as the picker wants it."""

    input_type = "date"

    def format_value(self, value):
        return value.isoformat() if hasattr(value, "isoformat") else value


def parse_worded_date(text: str) -> dt.date | None:
    """ "12 mars 2025" (or "12 mar. 2025"); None when it is not such a date."""
    match = WORDED_DATE.match(text.strip().lower())
    month = match and MONTHS.get(match.group(2)[:3])
    if not month:
        return None
    try:
        return dt.date(int(match.group(3)), month, int(match.group(1)))
    except ValueError:
        return None


class PlausibleDateField(forms.DateField):
    """A date typed the Swedish way or picked, between ``earliest`` and ``latest``."""

    widget = DateInput
    input_formats = DATE_FORMATS
    default_error_messages = {
        "invalid": _("Skriv datumet som 2025-03-12 eller 12/3 2025 (dag före månad)."),
    }
    earliest, latest = EARLIEST, LATEST

    def to_python(self, value):
        if isinstance(value, str) and (worded := parse_worded_date(value)):
            return worded
        return super().to_python(value)

    def latest_allowed(self) -> dt.date:
        return self.latest

    def validate(self, value):
        super().validate(value)
        if value in self.empty_values:
            return
        if value < self.earliest:
            raise ValidationError(
                _("Datumet är för tidigt: ange ett datum från %(earliest)s."),
                code="too_early",
                params={"earliest": self.earliest.isoformat()},
            )
        if value > self.latest_allowed():
            raise ValidationError(
                _("Datumet är för sent: ange ett datum senast %(latest)s."),
                code="too_late",
                params={"latest": self.latest_allowed().isoformat()},
            )


class DecisionDateField(PlausibleDateField):
    """The date a decision was taken: in the past, or at most a month ahead."""

    def latest_allowed(self) -> dt.date:
        return timezone.localdate() + DECISION_MARGIN


def refused_character(text: str) -> str | None:
    """The first character a single line must not hold (control, format, line break)."""
    for character in text:
        # Cc: control characters incl. tab and line breaks; Cf: format characters,
        # among them U+200B–U+200D, U+202A–U+202E, U+2066–U+2069 and U+FEFF;
        # Zl/Zp: the Unicode line and paragraph separators.
        if unicodedata.category(character) in {"Cc", "Cf", "Zl", "Zp"}:
            return character
    return None


def validate_single_line(text: str) -> None:
    character = refused_character(text or "")
    if character is None:
        return
    if character in "\r\n\u2028\u2029":
        raise ValidationError(_("Skriv allt på en rad."), code="line_break")
    raise ValidationError(
        _("Texten innehåller ett osynligt tecken (%(code)s). Skriv in den igen."),
        code="invisible_character",
        params={"code": f"U+{ord(character):04X}"},
    )


def is_single_line(field: forms.Field) -> bool:
    widget = field.widget
    return (
        isinstance(field, forms.CharField)
        and isinstance(widget, forms.TextInput)
        and not widget.is_hidden
    )


class CleanInput:
    """Form mixin: each single-line text field strips and refuses invisible characters."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if is_single_line(field) and validate_single_line not in field.validators:
                field.strip = True
                field.validators.append(validate_single_line)


PHONE_CHARACTERS = re.compile(r"^\+?[\d\s()\-]+$", re.ASCII)


def validate_phone(text: str) -> None:
    digits = sum(character.isdigit() for character in text)
    if not PHONE_CHARACTERS.match(text) or not 7 <= digits <= 20:
        raise ValidationError(
            _(
                "Ange ett telefonnummer med 7–20 siffror, t.ex. 08-123 456 78 "
                "eller +46 8 123 456 78."
            ),
            code="phone",
        )


class PhoneField(forms.CharField):
    widget = forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"})
    default_validators = [validate_phone]
