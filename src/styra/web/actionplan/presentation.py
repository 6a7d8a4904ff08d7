"""Flags, progress and money in plain Swedish words, for the pages and the export."""

from collections.abc import Iterable
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from styra.actionplan import Flag

FLAG_LABELS = {
    Flag.OVERDUE: gettext_lazy("Slutdatumet har passerat"),
    Flag.STALLED: gettext_lazy("Står still"),
    Flag.LATE_START: gettext_lazy("Har inte startat"),
}


def flag_words(flags: Iterable[Flag]) -> list[str]:
    return [str(FLAG_LABELS[flag]) for flag in flags]


def flag_explanations(flags: Iterable[Flag], stalled_days: int) -> list[str]:
    """Each flag as a whole sentence, e.g. for the action's own page."""
    texts = {
        Flag.OVERDUE: _("Slutdatumet har passerat men åtgärden är inte klar."),
        Flag.STALLED: _("Ingen ny rapport om framsteg på %(days)s dagar eller mer.")
        % {"days": stalled_days},
        Flag.LATE_START: _("Startdatumet har passerat men åtgärden är fortfarande planerad."),
    }
    return [texts[flag] for flag in flags]


def kronor(value: Decimal | None) -> str:
    """250000 → "250 000 kr" (Swedish grouping; no öre when there are none)."""
    if value is None:
        return ""
    places = 0 if value == value.to_integral() else 2
    amount = number_format(value, places, use_l10n=True, force_grouping=True)
    return _("%(amount)s kr") % {"amount": amount}
