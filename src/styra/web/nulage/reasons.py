"""One sentence per goal that says why it is, or is not, a big challenge (M5).

The level comes from the goal's *standing*: where its score (0–100) stands
among all kommuner or regions (or the comparison, when the ranking follows
it). The sentence names that, the weakest KPI, and — apart — the KPIs that are
far from a real policy target, so that relative and absolute never blur.
"""

import math

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from styra.analysis import AreaAnalysis, GoalResult
from styra.analysis.area import RANK_BY_COMPARISON
from styra.analysis.goals import MAJOR, MINOR, NO_DATA

from .presentation import number


def compared_with(analysis: AreaAnalysis, goal: GoalResult) -> str:
    n = goal.standing_size
    if analysis.ranking == RANK_BY_COMPARISON:
        label = analysis.reference.label
        return _("%(n)s områden i jämförelsen (%(label)s)") % {"n": n, "label": label}
    if analysis.area_type == "K":
        return ngettext("%(n)s kommun", "%(n)s kommuner", n) % {"n": n}
    return ngettext("%(n)s region", "%(n)s regioner", n) % {"n": n}


def kpi_title(analysis: AreaAnalysis, kpi_id: str | None) -> str:
    return next((k.title for k in analysis.kpis if k.kpi_id == kpi_id), kpi_id or "–")


def no_score_reason(goal: GoalResult) -> str:
    if goal.level == NO_DATA and goal.n_too_old:
        return _("För lite data: målets värden är för gamla för att bedömas.")
    if goal.level == NO_DATA:
        return _("För lite data: inget av målets nyckeltal har ett värde som kan bedömas.")
    return _(
        "Viss utmaning: nyckeltalen har ingen poäng, bara ett läge i jämförelsen "
        "(%(red)s av %(n)s bland de svagaste)."
    ) % {"red": goal.n_red, "n": goal.n_coloured}


def level_reason(analysis: AreaAnalysis, goal: GoalResult) -> str:
    """Why the goal has its level, in one sentence."""
    if goal.level == NO_DATA or goal.standing is None:
        return no_score_reason(goal)
    facts = {
        "score": number(goal.mean_score, 0),
        "better": math.floor(goal.standing),  # never rounded up into the next quarter
        "among": compared_with(analysis, goal),
        "worst": kpi_title(analysis, goal.worst_kpi_id),
        "green": goal.n_green,
        "n": goal.n_coloured,
    }
    if goal.level == MAJOR and goal.standing == 0:
        text = _(
            "Stor utmaning: målets poäng (%(score)s av 100) är den lägsta bland %(among)s; "
            "svagast är %(worst)s."
        )
    elif goal.level == MAJOR:
        text = _(
            "Stor utmaning: målets poäng (%(score)s av 100) hör till den svagaste fjärdedelen "
            "bland %(among)s – bättre än bara %(better)s %% av dem; svagast är %(worst)s."
        )
    elif goal.level == MINOR:
        text = _(
            "Mindre utmaning: målets poäng (%(score)s av 100) hör till den starkaste "
            "fjärdedelen bland %(among)s – bättre än %(better)s %% av dem."
        )
    elif goal.standing < analysis.settings.major_standing:
        text = _(
            "Viss utmaning: målets poäng (%(score)s av 100) hör till den svagaste fjärdedelen "
            "bland %(among)s, men de flesta nyckeltalen (%(green)s av %(n)s) ligger bland de "
            "bästa i jämförelsen; svagast är %(worst)s."
        )
    else:
        text = _(
            "Viss utmaning: målets poäng (%(score)s av 100) ligger i mittfältet bland "
            "%(among)s – bättre än %(better)s %% av dem; svagast är %(worst)s."
        )
    return text % facts


def target_reason(analysis: AreaAnalysis, goal: GoalResult) -> str:
    """The KPIs far from a policy target, whatever the level ("" if none)."""
    by_source: dict[str, list[str]] = {}
    for kpi in analysis.kpis_of_goal(goal.goal):
        if kpi.kpi_id in goal.far_from_target:
            by_source.setdefault(kpi.bound_source, []).append(kpi.title)
    if not by_source:
        return ""
    names = "; ".join(
        _("%(titles)s (%(source)s)") % {"titles": ", ".join(titles), "source": source}
        for source, titles in by_source.items()
    )
    return _("Långt från ett politiskt mål, oavsett jämförelsen: %(kpis)s.") % {"kpis": names}


def goal_reasons(analysis: AreaAnalysis) -> dict[int, dict[str, str]]:
    """goal -> {"level": sentence, "target": sentence or ""} for every goal."""
    return {
        g.goal: {"level": level_reason(analysis, g), "target": target_reason(analysis, g)}
        for g in analysis.goals
    }
