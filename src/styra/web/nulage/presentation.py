"""Words, levels and numbers as the pages show them: never colour alone, always text too."""

from django.utils.translation import gettext_lazy as _

from styra.analysis import GoalResult, KpiResult
from styra.analysis.goals import MAJOR, MINOR, NO_DATA, SOME
from styra.web.common.formats import number as number  # the one number helper, re-exported

COLOUR_TEXT = {
    "green": _("Bland de bästa"),
    "yellow": _("Mittenfältet"),
    "red": _("Bland de svagaste"),
    "grey": _("Inget värde"),
    "none": _("Ingen bedömning"),
}
COLOUR_HELP = {
    "green": _("bästa fjärdedelen av jämförelsen"),
    "yellow": _("mellan bästa och sämsta fjärdedelen"),
    "red": _("sämsta fjärdedelen av jämförelsen"),
    "grey": _("området har inget värde"),
    "none": _("neutralt nyckeltal eller ingen att jämföra med"),
}
TREND_TEXT = {
    "improving": _("Förbättras"),
    "stable": _("Oförändrat"),
    "worsening": _("Försämras"),
    "increasing": _("Ökar"),
    "decreasing": _("Minskar"),
    "too_little_data": _("För lite data"),
}
TREND_SYMBOL = {"improving": "↗", "worsening": "↘", "stable": "→", "increasing": "↑"}
OUTLOOK_TEXT = {
    "achieved": _("Målet är nått"),
    "on_track": _("I takt med målet"),
    "needs_acceleration": _("Behöver öka takten"),
    "limited_progress": _("Små framsteg"),
    "moving_away": _("Går åt fel håll"),
    "too_little_data": _("För lite data"),
}
# Goal challenge levels (M5 in styra.analysis.goals decides them; see docs/methods.md).
RED, YELLOW, GREEN, GREY = "red", "yellow", "green", "grey"
CHALLENGE_TEXT = {
    RED: _("Stor utmaning"),
    YELLOW: _("Viss utmaning"),
    GREEN: _("Mindre utmaning"),
    GREY: _("För lite data"),
}
LEVEL_COLOUR = {MAJOR: RED, SOME: YELLOW, MINOR: GREEN, NO_DATA: GREY}


def challenge_level(goal: GoalResult) -> str:
    return LEVEL_COLOUR[goal.level]


def trend_summary(kpis: tuple[KpiResult, ...]) -> dict[str, int]:
    counts = {"improving": 0, "stable": 0, "worsening": 0}
    for kpi in kpis:
        if kpi.trend_class in counts:
            counts[kpi.trend_class] += 1
    return counts
