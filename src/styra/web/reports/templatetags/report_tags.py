"""Filters for the document's templates: dates kept as ISO text and signed changes."""

from django import template

from styra.web.nulage.presentation import number

from ..presentation import day as day_text

register = template.Library()


@register.filter
def day(iso: str | None) -> str:
    """``"2025-03-12"`` (or a date-time) → "12 mars 2025" (``styra.web.common.formats.day``)."""
    return day_text(iso)


@register.filter
def signed(value: float | None, digits: int = 0) -> str:
    """A change with its sign ("+2", "−1,5", "±0"); "–" when there is none."""
    if not isinstance(value, int | float):  # None, or "" from a missing side
        return "–"
    if round(value, digits) == 0:
        return "±0"
    text = number(abs(value), digits)
    return f"+{text}" if value > 0 else f"−{text}"


@register.filter
def decimal(value: float | None, digits: int = 1) -> str:
    """A number with a decimal comma (in Swedish), "–" when missing."""
    return number(value if isinstance(value, int | float) else None, digits)
