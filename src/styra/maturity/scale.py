"""The 0–4 maturity scale and the thresholds of the flags (see docs/maturity.md).

Each dimension describes its own five levels in words; these short names are
what the levels mean in general.
"""

LEVELS = (0, 1, 2, 3, 4)
LANGUAGES = ("sv", "en")

LEVEL_NAMES: dict[int, dict[str, str]] = {
    0: {"sv": "Inte påbörjat", "en": "Not started"},
    1: {"sv": "Enstaka initiativ", "en": "Single initiatives"},
    2: {"sv": "Påbörjat", "en": "Started"},
    3: {"sv": "Etablerat", "en": "Established"},
    4: {"sv": "Integrerat", "en": "Integrated"},
}

# The fewest respondents whose answers are aggregated for others to see: with fewer,
# a median or a spread beside one's own answer gives another's answer away, and so
# does a count per group. Below it a round shows only how many answered.
MIN_RESPONDENTS = 3
# A dimension is "low" when its median is at or below this level.
LOW_MEDIAN = 1.5
# Below this median (and above LOW_MEDIAN) the suggestions for level 2 apply.
MIDDLE_BELOW = 3
# Respondents "disagree" on a dimension when the interquartile range is at least this.
DISAGREEMENT_SPREAD = 2


def check_level(value: object) -> int:
    """``value`` if it is a whole number 0–4, else ``ValueError``."""
    if isinstance(value, bool) or not isinstance(value, int) or value not in LEVELS:
        raise ValueError(f"{value!r} is not a maturity level (0, 1, 2, 3 or 4)")
    return value


def level_name(level: int, language: str = "sv") -> str:
    """The general name of a level, e.g. ``level_name(3)`` is ``"Etablerat"``."""
    if language not in LANGUAGES:
        raise ValueError(f"{language!r} is not a language: use 'sv' or 'en'")
    return LEVEL_NAMES[check_level(level)][language]
