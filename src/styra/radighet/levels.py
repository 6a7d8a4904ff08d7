"""The rådighet scale of DESIGN §4 M7: how much mandate an organisation has over a target.

3 = own responsibility (a legal duty or the organisation's own operations),
2 = owns, buys or plans (companies it owns, procurement, planning),
1 = can influence (dialogue, partnership), 0 = no mandate.
"""

LEVELS = (0, 1, 2, 3)
AREA_TYPES = ("K", "L")
AREA_TYPE_NAMES = {"K": "kommun", "L": "region"}
LANGUAGES = ("sv", "en")

LEVEL_LABELS: dict[int, dict[str, str]] = {
    3: {
        "sv": "Eget ansvar (lagkrav, egen verksamhet)",
        "en": "Own responsibility (legal duty, own operations)",
    },
    2: {"sv": "Äger, köper eller planerar", "en": "Owns, buys or plans"},
    1: {"sv": "Kan påverka", "en": "Can influence"},
    0: {"sv": "Ingen rådighet", "en": "No mandate"},
}


def check_level(value: object) -> int:
    """``value`` if it is a whole number 0–3, else ``ValueError``."""
    if isinstance(value, bool) or not isinstance(value, int) or value not in LEVELS:
        raise ValueError(f"{value!r} is not a rådighet level (0, 1, 2 or 3)")
    return value


def check_area_type(area_type: str) -> str:
    """``"K"`` (kommun) or ``"L"`` (region); anything else is a ``ValueError``."""
    if area_type not in AREA_TYPES:
        raise ValueError(f"{area_type!r} is not an area type: use 'K' (kommun) or 'L' (region)")
    return area_type


def level_label(level: int, language: str = "sv") -> str:
    """The label of a level, e.g. ``level_label(1)`` is ``"Kan påverka"``."""
    if language not in LANGUAGES:
        raise ValueError(f"{language!r} is not a language: use 'sv' or 'en'")
    return LEVEL_LABELS[check_level(level)][language]
