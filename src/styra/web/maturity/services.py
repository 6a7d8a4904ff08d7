"""Storage of the self-assessment: saving a response, aggregating rounds with the core.

Views call these; the statistics are ``styra.maturity``'s (pure, tested there).
"""

from collections import defaultdict
from collections.abc import Sequence

from django.db import transaction
from django.db.models import Count

from styra.maturity import (
    MIN_RESPONDENTS,
    DimensionSummary,
    dimension_ids,
    disclosable,
    summarise_round,
)

from .models import Answer, Response, Round


def rounds_of(organisation):
    """The organisation's rounds, newest first, each with ``respondents`` counted."""
    rounds = Round.objects.filter(organisation=organisation)
    # Explicit order: Django leaves Meta.ordering out of a query that groups.
    return rounds.annotate(respondents=Count("responses")).order_by("-opened_on", "-pk")


@transaction.atomic
def save_response(round: Round, user, group: str, answers: dict[str, tuple[int, str]]) -> Response:
    """Create or replace ``user``'s response in an open ``round``; all or nothing."""
    locked = Round.objects.select_for_update().get(pk=round.pk)
    if locked.closed:
        raise ValueError("the round is closed")
    response, _ = Response.objects.get_or_create(
        round=locked, respondent=user, defaults={"group": group}
    )
    response.group = group
    response.save()  # also moves updated_at
    response.answers.exclude(dimension_id__in=answers).delete()
    for dimension_id, (level, comment) in answers.items():
        Answer.objects.update_or_create(
            response=response,
            dimension_id=dimension_id,
            defaults={"level": level, "comment": comment},
        )
    return response


def summaries_by_round(rounds: Sequence[Round]) -> dict[int, list[DimensionSummary]]:
    """``{round pk: one summary per dimension}``; answers to retired dimensions are left out,
    and a dimension with fewer than ``MIN_RESPONDENTS`` answers shows only their number."""
    known = dimension_ids()
    answers: dict[int, list[tuple[str, int]]] = defaultdict(list)
    rows = Answer.objects.filter(response__round__in=rounds, dimension_id__in=known).values_list(
        "response__round_id", "dimension_id", "level"
    )
    for round_id, dimension_id, level in rows:
        answers[round_id].append((dimension_id, level))
    return {r.pk: [disclosable(s) for s in summarise_round(answers[r.pk], known)] for r in rounds}


def group_counts(round: Round) -> dict[str, int]:
    """Respondents per group (styrgrupp, arbetsgrupp, annan) in ``round``, zero included;
    empty with fewer than ``MIN_RESPONDENTS`` respondents (it would say who answered)."""
    rows = round.responses.values("group").annotate(n=Count("pk"))
    counts = {row["group"]: row["n"] for row in rows}
    if sum(counts.values()) < MIN_RESPONDENTS:
        return {}
    return {group: counts.get(group, 0) for group in Response.Group.values}


def own_response(round: Round, user) -> Response | None:
    return Response.objects.filter(round=round, respondent=user).prefetch_related("answers").first()
