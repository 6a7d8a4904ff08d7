"""The result of the focus analysis: focus per goal (M6), the challenge per goal (M5) and the
blind spots, as one row per goal. The page, the chart and the CSV/Excel export read the same
rows, so a download always says what the page says.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from styra.focus import blind_spots, focus_per_goal
from styra.focus.focus import MIN_TAGGED_UNITS, MIN_UNITS, enough_to_judge
from styra.sdg import GOAL_NUMBERS
from styra.tables import ExportTable
from styra.web.common.formats import rounded
from styra.web.common.goals import goal_title
from styra.web.nulage.default import Challenges, goal_challenges
from styra.web.nulage.presentation import CHALLENGE_TEXT, GREY, challenge_level
from styra.web.organisations.models import Organisation

from .models import focus_units
from .services import unreviewed_count

YES, NO, UNKNOWN = "yes", "no", "unknown"


@dataclass(frozen=True)
class GoalRow:
    goal: int
    title: str
    units: int  # steering units (passages, own goals) tagged with the goal
    focus: float | None  # None: nothing is tagged at all
    rank: int | None  # None: too little data, or no analysis
    level: str  # red / yellow / green / grey (nulage.presentation)
    level_text: str
    mean_score: float | None
    blind_spot: str  # yes / no / unknown

    @property
    def blind_spot_text(self) -> str:
        return {
            YES: _("Ja, blind fläck"),
            NO: _("Nej"),
            UNKNOWN: _("Kan inte bedömas"),
        }[self.blind_spot]


@dataclass(frozen=True)
class FocusResult:
    documents: list[str]
    own_goals: int
    units: int  # passages and own goals
    tagged_units: int  # of those, with at least one accepted tag
    unreviewed: int  # suggestions nobody has reviewed yet
    focus: dict[int, float]
    challenges: Challenges | None
    blind_spots: list[int]  # biggest challenge first
    rows: list[GoalRow]

    @property
    def passages(self) -> int:
        return self.units - self.own_goals

    @property
    def too_small(self) -> bool:
        """Too little material to judge blind spots (``styra.focus.enough_to_judge``)."""
        return not enough_to_judge(self.units, self.tagged_units)

    @property
    def minimum(self) -> dict[str, int]:
        return {"units": MIN_UNITS, "tagged": MIN_TAGGED_UNITS}


def focus_result(organisation: Organisation) -> FocusResult:
    documents, own_goals, tags = focus_units(organisation)
    focus = focus_per_goal(tags)
    challenges = goal_challenges(organisation)
    ranks = challenges.ranks if challenges else {}
    tagged_units = sum(bool(unit) for unit in tags)
    enough = bool(focus) and enough_to_judge(len(tags), tagged_units)
    spots = blind_spots(ranks, focus, challenges.major_goals) if enough and challenges else []
    rows = []
    for goal in GOAL_NUMBERS:
        analysed = challenges.goals.get(goal) if challenges else None
        level = challenge_level(analysed) if analysed else GREY
        judged = enough and goal in ranks
        rows.append(
            GoalRow(
                goal=goal,
                title=goal_title(goal),
                units=sum(goal in unit for unit in tags),
                focus=focus.get(goal) if focus else None,
                rank=ranks.get(goal),
                level=level,
                level_text=str(CHALLENGE_TEXT[level]),
                mean_score=analysed.mean_score if analysed else None,
                blind_spot=(YES if goal in spots else NO) if judged else UNKNOWN,
            )
        )
    return FocusResult(
        documents=documents,
        own_goals=own_goals,
        units=len(tags),
        tagged_units=tagged_units,
        unreviewed=unreviewed_count(organisation),
        focus=focus,
        challenges=challenges,
        blind_spots=spots,
        rows=rows,
    )


def result_table(organisation: Organisation, result: FocusResult) -> ExportTable:
    columns = [
        _("Mål"),
        _("Namn"),
        _("Avsnitt och egna mål med målet"),
        _("Avsnitt och egna mål totalt"),
        _("Fokus (0–1)"),
        _("Utmaning, rang (1 = störst)"),
        _("Utmaning"),
        _("Poäng (0–100)"),
        _("Blind fläck"),
    ]
    rows = [
        [
            row.goal,
            row.title,
            row.units,
            result.units,
            rounded(row.focus, 2),
            row.rank,
            row.level_text,
            rounded(row.mean_score, 0),
            row.blind_spot_text,
        ]
        for row in result.rows
    ]
    sources = [
        _(
            "Fokus: styrdokument och egna mål för %(name)s, granskade i Styra. Bara godkända "
            "och handsatta mål räknas."
        )
        % {"name": organisation.name}
    ]
    if result.challenges:
        sources.append(
            _("Utmaning: nulägesanalysen %(year)s, jämfört med %(comparison)s.")
            % {"year": result.challenges.year, "comparison": result.challenges.comparison}
        )
        sources.append(_("Källa: Kolada (RKA)"))
    title = _("Fokus och utmaning per mål, %(name)s") % {"name": organisation.name}
    return ExportTable(title=title, columns=columns, rows=rows, sources=sources)
