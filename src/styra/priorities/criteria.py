"""The six M8 criteria per goal, each on 0–1 where higher = more reason to prioritise.

| criterion | from | value |
|---|---|---|
| challenge | the nulägesanalys (M5) | 1 − standing/100; if no goal has a standing, by rank |
| focus_gap | the focus analysis (M6) | 1 − focus |
| mandate | rådighet (M7) | mean level of the goal's targets / 3 |
| leverage | the newest interaction matrix (M9) | mean leverage of the goal's targets in it |
| strategic | the organisation's strategic weight per goal | as set, 0–1 |
| citizens | the chosen dialogue's goal ranking | Borda share, min–max over the goals offered |

A value is ``None`` when it is not known for a goal. A criterion without any
value is *missing* and left out (``score_items`` renormalises the other
weights); one known for some goals only is *partial*: the unknown goals get
``NEUTRAL`` (0.5, the middle of the scale) so that the criterion still counts
for the others. ``GoalCriteria.item_values`` does that filling.

The ``*_from_*`` functions turn the other modules' results into a criterion's
values (``citizens_from_ranking``: goals the dialogue did not offer are ``None``,
so the criterion is partial and they get ``NEUTRAL``); the web app
(``styra.web.priorities.decisions.criteria``) loads those results and builds
the ``Criterion``. ``details`` hold plain values only, so
that a decision's snapshot can keep them as JSON.
"""

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from styra.analysis.goals import GoalResult
from styra.dialogue.rankings import RankingResult
from styra.priorities.scaling import invert, scale_min_max, scale_range
from styra.radighet import goal_summary
from styra.sdg import GOAL_NUMBERS

NEUTRAL = 0.5

# How a criterion was worked out (``Criterion.source``); docs/prioritisation.md explains each.
STANDING, RANK, NO_DATA = "standing", "rank", "no_data"
SCORE_BEFORE_STANDING = "score"  # the source of decisions recorded before M5 had standings
DOCUMENTS, NO_DOCUMENTS = "documents", "no_documents"
LEVELS = "levels"
MATRIX, NO_MATRIX = "matrix", "no_matrix"
SET, NOT_SET = "set", "not_set"
DIALOGUE, NO_DIALOGUE = "dialogue", "no_dialogue"

GoalValues = dict[int, float | None]


@dataclass(frozen=True)
class Criterion:
    key: str  # one of styra.priorities.CRITERIA
    values: GoalValues  # all 17 goals; None = not known for that goal
    source: str  # how it was worked out (the constants above)
    details: dict = field(default_factory=dict)  # JSON-safe facts for the page

    @property
    def known(self) -> list[int]:
        return [goal for goal in GOAL_NUMBERS if self.values.get(goal) is not None]

    @property
    def unknown(self) -> list[int]:
        return [goal for goal in GOAL_NUMBERS if self.values.get(goal) is None]

    @property
    def is_missing(self) -> bool:
        return not self.known


@dataclass(frozen=True)
class GoalCriteria:
    criteria: tuple[Criterion, ...]  # in CRITERIA order

    def criterion(self, key: str) -> Criterion:
        return next(c for c in self.criteria if c.key == key)

    @property
    def in_use(self) -> list[str]:
        return [c.key for c in self.criteria if not c.is_missing]

    def item_values(self) -> dict[str, dict[str, float | None]]:
        """Goal (as text) → criterion → value for ``score_items``, unknowns of a partial
        criterion filled with ``NEUTRAL``; a missing criterion stays ``None`` (dropped)."""
        return {
            str(goal): {
                c.key: None if c.is_missing else _or_neutral(c.values.get(goal))
                for c in self.criteria
            }
            for goal in GOAL_NUMBERS
        }


def _or_neutral(value: float | None) -> float:
    return NEUTRAL if value is None else value


def all_goals(values: Mapping[int, float | None]) -> GoalValues:
    """The values for all 17 goals: ``None`` where ``values`` has none."""
    return {goal: values.get(goal) for goal in GOAL_NUMBERS}


def challenge_from_goals(goals: Sequence[GoalResult]) -> tuple[GoalValues, str]:
    """1 − standing/100 for the goals with a standing (M5: where the goal's score stands
    among all kommuner or regions, 0 the weakest); by rank if no goal has one.

    Rank: among the goals with enough data (rank 1 = biggest challenge),
    1 − (rank − 1)/(n − 1); one such goal alone gets 0.5. Goals with too
    little data are ``None``.
    """
    standings = {g.goal: g.standing for g in goals if g.standing is not None}
    if standings:
        return all_goals(invert(scale_range(standings, 0, 100))), STANDING
    ranked = sorted((g for g in goals if not g.too_little_data), key=lambda g: g.rank)
    if not ranked:
        return all_goals({}), NO_DATA
    if len(ranked) == 1:
        return all_goals({ranked[0].goal: NEUTRAL}), RANK
    last = len(ranked) - 1
    return all_goals({g.goal: 1 - position / last for position, g in enumerate(ranked)}), RANK


def focus_gap_from_focus(focus: Mapping[int, float]) -> GoalValues:
    """1 − focus (``styra.focus.focus_per_goal``); no focus at all → all ``None``."""
    return all_goals(invert(dict(focus)) if focus else {})


def mandate_from_levels(levels: Mapping[str, int]) -> GoalValues:
    """The mean rådighet level of each goal's targets, divided by 3."""
    means = {summary.goal: summary.mean_level for summary in goal_summary(levels)}
    return all_goals(scale_range(means, 0, 3))


def leverage_from_targets(leverage: Mapping[str, float]) -> GoalValues:
    """Per goal, the mean leverage (M9, 0–1) of its targets in the matrix; none → ``None``."""
    per_goal: dict[int, list[float]] = {}
    for target_id, value in leverage.items():
        per_goal.setdefault(int(target_id.split(".")[0]), []).append(value)
    return all_goals({goal: statistics.fmean(values) for goal, values in per_goal.items()})


def strategic_from_weights(weights: Mapping[int, float]) -> GoalValues:
    """The strategic weight set for each goal, as it is (0–1)."""
    return all_goals({goal: float(weight) for goal, weight in weights.items()})


def citizens_from_ranking(result: RankingResult) -> GoalValues:
    """The Borda share (``styra.dialogue``) of each goal the dialogue offered, min–max to
    0–1 over those goals (all equal → 0.5); goals not offered, or no answers → ``None``."""
    return all_goals(scale_min_max(result.borda_shares()))
