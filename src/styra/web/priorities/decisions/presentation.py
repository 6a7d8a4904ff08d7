"""The words the prioritisation pages use for the criteria and where each comes from."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from styra.priorities import criteria as c
from styra.web.common.formats import day

# The weights and the top N in the prioritisation page's URL (``?utmaning=30&…&topp=5``).
PARAMS = {
    "challenge": "utmaning",
    "focus_gap": "fokusglapp",
    "mandate": "radighet",
    "leverage": "havstang",
    "strategic": "strategisk",
    "citizens": "medborgare",
}
TOP_PARAM = "topp"
LABELS = {
    "challenge": gettext_lazy("Utmaning"),
    "focus_gap": gettext_lazy("Fokusglapp"),
    "mandate": gettext_lazy("Rådighet"),
    "leverage": gettext_lazy("Hävstång"),
    "strategic": gettext_lazy("Strategisk vikt"),
    "citizens": gettext_lazy("Medborgarnas prioritet"),
}
HELP = {
    "challenge": gettext_lazy(
        "Hur stor utmaningen är enligt nulägesanalysen. Högre betyder större utmaning."
    ),
    "focus_gap": gettext_lazy(
        "Hur lite målet syns i era styrdokument. Högre betyder mindre fokus hittills."
    ),
    "mandate": gettext_lazy(
        "Hur mycket ni själva kan göra för målets delmål. Högre betyder mer egen rådighet."
    ),
    "leverage": gettext_lazy(
        "Hur mycket framsteg i målets delmål hjälper andra delmål, enligt er "
        "interaktionsmatris. Högre betyder att det hjälper fler."
    ),
    "strategic": gettext_lazy(
        "Hur viktigt organisationen själv har sagt att målet är. Högre betyder viktigare."
    ),
    "citizens": gettext_lazy(
        "Hur högt invånarna prioriterar målet i en medborgardialog. Högre betyder högre prioritet."
    ),
}
# Chart colours: distinct in hue and lightness; the table says the same in words.
COLOURS = {
    "challenge": "#b3261e",
    "focus_gap": "#e0a100",
    "mandate": "#1d4f91",
    "leverage": "#2e7d32",
    "strategic": "#6a3d9a",
    "citizens": "#8c8c8c",
}


def goal_list(goals) -> str:
    return ", ".join(str(goal) for goal in goals)


def source_note(key: str, source: str, details: dict, unknown: list[int]) -> str:
    """Where a criterion's values come from, in words, and which goals got 0.5."""
    text = _source_text(source, details)
    if source == c.MATRIX and details.get("missing_cells"):
        text += " " + _("%(missing)s av matrisens %(pairs)s celler är inte bedömda än.") % {
            "missing": details["missing_cells"],
            "pairs": details["pairs"],
        }
    if unknown and len(unknown) < 17:
        text += " " + ngettext(
            "Mål %(goals)s saknar värde och räknas som 0,5 (mitten).",
            "Målen %(goals)s saknar värde och räknas som 0,5 (mitten).",
            len(unknown),
        ) % {"goals": goal_list(unknown)}
    return text


def _source_text(source: str, details: dict) -> str:
    texts = {
        c.STANDING: lambda: (
            _(
                "Nulägesanalysen %(year)s: 1 − målets ställning/100, där ställningen säger hur "
                "målets poäng står sig mot %(comparison)s (0 = svagast)."
            )
            % details
        ),
        c.SCORE_BEFORE_STANDING: lambda: (  # decisions recorded before M5's standing
            _("Nulägesanalysen %(year)s, jämfört med %(comparison)s: 1 − målets poäng/100.")
            % details
        ),
        c.RANK: lambda: (
            _(
                "Nulägesanalysen %(year)s, jämfört med %(comparison)s. Målen har inga poäng, så "
                "värdet bygger på målens placering: störst utmaning 1, minst 0."
            )
            % details
        ),
        c.NO_DATA: lambda: _("Inga värden från Kolada är inlästa ännu: kriteriet räknas inte."),
        c.DOCUMENTS: lambda: (
            _("Fokusanalysen (styrdokument: %(documents)s, egna mål: %(own_goals)s): 1 − fokus.")
            % details
        ),
        c.NO_DOCUMENTS: lambda: _(
            "Inga styrdokument eller egna mål har godkända markeringar i fokusanalysen ännu: "
            "kriteriet räknas inte."
        ),
        c.LEVELS: lambda: _("Rådigheten för målets delmål: medelnivån delad med 3."),
        c.MATRIX: lambda: (
            _(
                "Interaktionsmatrisen ”%(matrix)s” (%(targets)s delmål): medelvärdet av "
                "hävstången för målets delmål i matrisen."
            )
            % details
        ),
        c.NO_MATRIX: lambda: _(
            "Organisationen har ingen interaktionsmatris: kriteriet räknas inte."
        ),
        c.SET: lambda: _("Den strategiska vikt organisationen har satt för varje mål."),
        c.NOT_SET: lambda: _(
            "Organisationen har inte satt någon strategisk vikt ännu: kriteriet räknas inte."
        ),
        c.DIALOGUE: lambda: (
            _(
                "Medborgardialog: %(dialogue)s, %(answers)s svar (stängde %(closed)s). Värdet är "
                "målets Bordaandel i invånarnas rangordning, skalad så att målet längst ned får 0 "
                "och målet högst upp 1."
            )
            % (details | {"closed": day(details["closed"])})
        ),
        c.NO_DIALOGUE: lambda: _(
            "Ingen stängd medborgardialog med en rangordning av målen är vald för "
            "prioriteringen: kriteriet räknas inte."
        ),
    }
    return texts[source]() if source in texts else source
