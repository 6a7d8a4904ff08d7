"""The values a KPI can take, told from its unit and title: what a projection must stay in.

- a range written in the unit, e.g. ``index (0-1)``: that range;
- a title with a word that names a difference (``netto…``, ``förändring``, ``resultat`` …):
  any value, negative too;
- a share, unit ``%`` and a title saying ``andel``: 0–100 (but a ratio, ``som
  andel av`` something else such as women's income of men's: 0 and up);
- counts, rates and amounts (a unit with ``/``, or one of ``NON_NEGATIVE_UNITS``,
  e.g. ``antal``, ``kg``, ``år``): 0 and up;
- anything else (a percentage that is no share, an unknown unit): any value.
"""

import math
import re
from dataclasses import dataclass

SIGNED_WORDS = re.compile(r"\b(netto|förändring|resultat|saldo|avvikelse|skillnad|differens)")
NON_NEGATIVE_UNITS = {
    "antal", "st", "personer", "recept", "kr", "tkr", "mkr", "g", "kg", "ton", "kwh", "mwh",
    "gwh", "m", "km", "mil", "ha", "år", "dagar", "timmar", "minuter", "index", "kvot",
}  # fmt: skip
RANGE_IN_UNIT = re.compile(r"\((-?\d+(?:[.,]\d+)?)\s*[-–]\s*(-?\d+(?:[.,]\d+)?)\)")


@dataclass(frozen=True)
class ValueRange:
    lower: float = -math.inf
    upper: float = math.inf

    def clip(self, value: float) -> tuple[float, float | None]:
        """The value inside the range, and the limit it was clipped at (None: not clipped)."""
        if value < self.lower:
            return self.lower, self.lower
        if value > self.upper:
            return self.upper, self.upper
        return value, None


ANY_VALUE = ValueRange()
SHARE = ValueRange(0.0, 100.0)
NON_NEGATIVE = ValueRange(0.0)


def number(text: str) -> float:
    return float(text.replace(",", "."))


def value_range(unit: str | None, title: str | None) -> ValueRange:
    """What values a KPI with this unit and title can take (see the module's rules)."""
    unit, title = (unit or "").strip().lower(), (title or "").lower()
    written = RANGE_IN_UNIT.search(unit)
    if written:
        return ValueRange(number(written.group(1)), number(written.group(2)))
    if SIGNED_WORDS.search(title):
        return ANY_VALUE
    if unit in ("%", "procent"):
        if "som andel av" in title:
            return NON_NEGATIVE
        return SHARE if "andel" in title else ANY_VALUE
    first_word = unit.split(" ")[0] if unit else ""
    if "/" in unit or first_word in NON_NEGATIVE_UNITS:
        return NON_NEGATIVE
    return ANY_VALUE
