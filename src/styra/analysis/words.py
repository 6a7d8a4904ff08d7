"""The words for the method's classes (docs/methods.md), one table for the pages and the CLI.

Keys are the classes as the analysis returns them (``KpiResult.colour``,
``trend_class``, ``outlook.status`` (``target_status``), ``GoalResult.level``,
``gender_gap.gap_trend``); values are the words the pages show, chosen for
politicians. They are Swedish, Styra's source language: the CLI prints them as
they are, the web translates them with Django's gettext (they are its msgids;
``make messages`` finds them by the ``gettext_noop`` marker below).
"""

from styra.analysis.gender import NARROWING, WIDENING
from styra.analysis.goals import MAJOR, MINOR, NO_DATA, SOME
from styra.analysis.settings import (
    ACHIEVED,
    DECREASING,
    GREEN,
    GREY,
    IMPROVING,
    INCREASING,
    LIMITED_PROGRESS,
    MOVING_AWAY,
    NEEDS_ACCELERATION,
    NO_COLOUR,
    NO_TARGET,
    ON_TRACK,
    RED,
    STABLE,
    TOO_LITTLE_DATA,
    WORSENING,
    YELLOW,
)


def gettext_noop(message: str) -> str:
    """Marks a text for translation (``make messages`` collects it); gives it back unchanged."""
    return message


# M1: where the value lies among the compared areas (relative, not good or bad).
COLOUR_WORDS = {
    GREEN: gettext_noop("Bland de bästa"),
    YELLOW: gettext_noop("Mittenfältet"),
    RED: gettext_noop("Bland de svagaste"),
    GREY: gettext_noop("Inget värde"),
    NO_COLOUR: gettext_noop("Ingen bedömning"),
}
# M3: the direction of the series.
TREND_WORDS = {
    IMPROVING: gettext_noop("Förbättras"),
    STABLE: gettext_noop("Oförändrat"),
    WORSENING: gettext_noop("Försämras"),
    INCREASING: gettext_noop("Ökar"),
    DECREASING: gettext_noop("Minskar"),
    TOO_LITTLE_DATA: gettext_noop("För lite data"),
}
# M4: the outlook against a target value.
OUTLOOK_WORDS = {
    ACHIEVED: gettext_noop("Målet är nått"),
    ON_TRACK: gettext_noop("I takt med målet"),
    NEEDS_ACCELERATION: gettext_noop("Behöver öka takten"),
    LIMITED_PROGRESS: gettext_noop("Små framsteg"),
    MOVING_AWAY: gettext_noop("Går åt fel håll"),
    TOO_LITTLE_DATA: gettext_noop("För lite data"),
}
# M4 on the pages: every KPI's status against a target, also when it has none.
TARGET_WORDS = {**OUTLOOK_WORDS, NO_TARGET: gettext_noop("Inget målvärde")}
# M5: the goal's challenge level.
LEVEL_WORDS = {
    MAJOR: gettext_noop("Stor utmaning"),
    SOME: gettext_noop("Viss utmaning"),
    MINOR: gettext_noop("Mindre utmaning"),
    NO_DATA: gettext_noop("För lite data"),
}
# The gap between women and men over the years.
GAP_WORDS = {
    NARROWING: gettext_noop("Skillnaden minskar."),
    STABLE: gettext_noop("Skillnaden är oförändrad."),
    WIDENING: gettext_noop("Skillnaden ökar."),
}
