"""Words, levels and numbers as the pages show them: never colour alone, always text too."""

from django.utils.translation import gettext_lazy as _

from styra.analysis import GoalResult, KpiResult
from styra.analysis.goals import MAJOR, MINOR, NO_DATA, SOME
from styra.analysis.words import (
    COLOUR_WORDS,
    GAP_WORDS,
    LEVEL_WORDS,
    OUTLOOK_WORDS,
    TARGET_WORDS,
    TREND_WORDS,
)
from styra.web.common.formats import number as number  # the one number helper, re-exported


def translated(words: dict[str, str]) -> dict:
    """The core's table of words (``styra.analysis.words``) in the request's language."""
    return {key: _(text) for key, text in words.items()}


COLOUR_TEXT = translated(COLOUR_WORDS)
COLOUR_HELP = {
    "green": _("bästa fjärdedelen av jämförelsen"),
    "yellow": _("mellan bästa och sämsta fjärdedelen"),
    "red": _("sämsta fjärdedelen av jämförelsen"),
    "grey": _("området har inget värde"),
    "none": _("neutralt nyckeltal eller ingen att jämföra med"),
}
TREND_TEXT = translated(TREND_WORDS)
TREND_SYMBOL = {"improving": "↗", "worsening": "↘", "stable": "→", "increasing": "↑"}
OUTLOOK_TEXT = translated(OUTLOOK_WORDS)
# Status against a target (M4), apart from the position (M1): green there is not "reached".
TARGET_TEXT = translated(TARGET_WORDS)
TARGET_LEGEND = list(TARGET_TEXT.items())  # best first, then too little data and no target
GAP_TEXT = translated(GAP_WORDS)
# Goal challenge levels (M5 in styra.analysis.goals decides them; see docs/methods.md).
RED, YELLOW, GREEN, GREY = "red", "yellow", "green", "grey"
LEVEL_COLOUR = {MAJOR: RED, SOME: YELLOW, MINOR: GREEN, NO_DATA: GREY}
CHALLENGE_TEXT = {LEVEL_COLOUR[level]: text for level, text in translated(LEVEL_WORDS).items()}


def challenge_level(goal: GoalResult) -> str:
    return LEVEL_COLOUR[goal.level]


def trend_summary(kpis: tuple[KpiResult, ...]) -> dict[str, int]:
    counts = {"improving": 0, "stable": 0, "worsening": 0}
    for kpi in kpis:
        if kpi.trend_class in counts:
            counts[kpi.trend_class] += 1
    return counts
