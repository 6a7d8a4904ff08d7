"""The sections an organisation can publish, by their code in URLs and in the snapshot.

The reporting coverage page goes with the overview; its action counts appear
only when the handlingsplan is published too.
"""

from django.utils.translation import gettext_lazy as _

OVERVIEW = "oversikt"  # the 17 goals: challenges, scores, the words that explain them
GOALS = "mal"  # one page per goal: its KPIs, colour and status against a target
KPIS = "nyckeltal"  # one page per KPI: year by year with the median and the target line
DECISION = "prioriteringar"  # the latest priority decision with its reasons
PLAN = "handlingsplan"  # actions per goal: owner unit, status, progress, KPIs
FOLLOWUP = "uppfoljning"  # closed follow-up cycles: what was reported

SECTIONS = (OVERVIEW, GOALS, KPIS, DECISION, PLAN, FOLLOWUP)
LABELS = {
    OVERVIEW: _("Översikt över de 17 målen"),
    GOALS: _("Sidorna för varje mål"),
    KPIS: _("Sidorna för varje nyckeltal"),
    DECISION: _("Prioriteringsbeslutet med skälen"),
    PLAN: _("Handlingsplanen med framdriften"),
    FOLLOWUP: _("Uppföljningsrapporter"),
}
HELP = {
    OVERVIEW: _("Var vi står per mål, med orden som förklarar färgerna. Även täckningssidan."),
    GOALS: _("Varje måls nyckeltal: läge bland de jämförda och läge mot målvärden."),
    KPIS: _("Varje nyckeltal år för år, med medianen, riket och målvärdet."),
    DECISION: _("De prioriterade målen, vem som beslutade, när och varför."),
    PLAN: _("Åtgärderna per mål med ansvarig enhet, status och framdrift."),
    FOLLOWUP: _("Det som rapporterades i avslutade uppföljningar."),
}
ANALYSIS_SECTIONS = (OVERVIEW, GOALS, KPIS)  # built from the nulägesanalys (Kolada values)


def ordered(sections) -> list[str]:
    """Known section codes in the site's order, unknown ones dropped."""
    chosen = set(sections)
    return [code for code in SECTIONS if code in chosen]
