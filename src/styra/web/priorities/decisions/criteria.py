"""The six M8 criteria of an organisation, loaded from the database and the other apps.

What each criterion means and how a result becomes its 0–1 values is the pure
core's (``styra.priorities.criteria``); the ``load_*`` functions here read
what it needs — the default analysis (``styra.web.nulage.default``), the focus
tags, the rådighet levels, the newest interaction matrix, the strategic
weights, the goal ranking of the chosen medborgardialog — and build one
``Criterion`` each. ``assemble`` gives all six.
"""

from django.utils import timezone

from styra.focus import focus_per_goal
from styra.priorities import (
    CRITERIA,
    Criterion,
    GoalCriteria,
    InteractionMatrix,
    analyse_interactions,
)
from styra.priorities.criteria import (
    DIALOGUE,
    DOCUMENTS,
    LEVELS,
    MATRIX,
    NO_DATA,
    NO_DIALOGUE,
    NO_DOCUMENTS,
    NO_MATRIX,
    NOT_SET,
    SET,
    all_goals,
    challenge_from_goals,
    citizens_from_ranking,
    focus_gap_from_focus,
    leverage_from_targets,
    mandate_from_levels,
    strategic_from_weights,
)
from styra.web.dialogue.results import goal_ranking
from styra.web.dialogue.services import feeding_dialogue
from styra.web.focus.models import focus_units
from styra.web.nulage.default import goal_challenges
from styra.web.organisations.models import Organisation
from styra.web.priorities.interactions.models import Matrix
from styra.web.priorities.interactions.services import to_core
from styra.web.radighet.services import levels_of, overrides_of

from .models import StrategicWeight


def load_challenge(organisation: Organisation) -> Criterion:
    """From the default analysis (M5); none (``default_analysis``'s rule) → missing."""
    challenges = goal_challenges(organisation)
    if challenges is None:
        return Criterion("challenge", all_goals({}), NO_DATA)
    goals = challenges.analysis.goals
    values, source = challenge_from_goals(goals)
    details = {"year": challenges.year, "comparison": challenges.comparison}
    details["too_little_data"] = [g.goal for g in goals if g.too_little_data]
    return Criterion("challenge", values, source, details)


def load_focus_gap(organisation: Organisation) -> Criterion:
    """From the focus analysis (1b): accepted and manual tags → ``focus_per_goal``."""
    titles, own_goals, units = focus_units(organisation)
    details = {"documents": len(titles), "own_goals": own_goals}
    focus = focus_per_goal(units)
    if not focus:
        return Criterion("focus_gap", all_goals({}), NO_DOCUMENTS, details)
    return Criterion("focus_gap", focus_gap_from_focus(focus), DOCUMENTS, details)


def load_mandate(organisation: Organisation) -> Criterion:
    overrides = overrides_of(organisation)
    values = mandate_from_levels(levels_of(organisation, overrides))
    return Criterion("mandate", values, LEVELS, {"own_levels": len(overrides)})


def newest_matrix(organisation: Organisation):
    return Matrix.objects.filter(organisation=organisation).order_by("-created_at", "-pk").first()


def matrix_of(matrix) -> InteractionMatrix | None:
    """The core's matrix from the stored one (``None`` if it has fewer than two targets)."""
    if matrix.targets.count() < 2:
        return None
    return to_core(matrix)


def load_leverage(organisation: Organisation) -> Criterion:
    matrix = newest_matrix(organisation)
    core = matrix_of(matrix) if matrix is not None else None
    if core is None:
        return Criterion("leverage", all_goals({}), NO_MATRIX)
    values = leverage_from_targets(analyse_interactions(core).leverage())
    details = {
        "matrix": matrix.title,
        "targets": len(core.targets),
        "missing_cells": core.missing_count,
        "pairs": core.pair_count,
    }
    return Criterion("leverage", values, MATRIX, details)


def load_strategic(organisation: Organisation) -> Criterion:
    weights = dict(
        StrategicWeight.objects.filter(organisation=organisation).values_list("goal", "weight")
    )
    return Criterion("strategic", strategic_from_weights(weights), SET if weights else NOT_SET)


def load_citizens(organisation: Organisation) -> Criterion:
    """From the goal ranking of the closed dialogue chosen to feed the priorities
    (``Dialogue.feeds_priorities``); none, or nobody ranked the goals in it → missing."""
    dialogue = feeding_dialogue(organisation)
    ranking = goal_ranking(dialogue) if dialogue is not None else None
    if ranking is None or not ranking.participants:
        return Criterion("citizens", all_goals({}), NO_DIALOGUE)
    details = {
        "dialogue": dialogue.title,
        "dialogue_id": dialogue.pk,
        "answers": ranking.participants,
        "closed": timezone.localdate(dialogue.closes_at).isoformat(),
    }
    return Criterion("citizens", citizens_from_ranking(ranking), DIALOGUE, details)


LOADERS = {
    "challenge": load_challenge,
    "focus_gap": load_focus_gap,
    "mandate": load_mandate,
    "leverage": load_leverage,
    "strategic": load_strategic,
    "citizens": load_citizens,
}
assert tuple(LOADERS) == CRITERIA


def assemble(organisation: Organisation) -> GoalCriteria:
    """All six criteria for the organisation's 17 goals, as the data stands now."""
    return GoalCriteria(tuple(LOADERS[key](organisation) for key in CRITERIA))
