"""Prioritisation services: weights, the ranking and its snapshot, workshops, decisions.

Every ranking, live or recorded, goes through one JSON-safe *snapshot*
(``compute_snapshot``): the criteria values, the weights given and used, the
scores, ranks, contributions and the sensitivity. The pages draw a ranking
from a snapshot (``ranking_from``), so a decision's page shows exactly what
was frozen when it was recorded, whatever has changed since.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.http import urlencode

from styra.priorities import (
    CRITERIA,
    DEFAULT_WEIGHTS,
    GoalCriteria,
    WeightAggregate,
    aggregate_votes,
    aggregate_weights,
    analyse_sensitivity,
)
from styra.sdg import GOAL_NUMBERS
from styra.web.common.concurrency import merge_since
from styra.web.common.goals import goal_title
from styra.web.organisations.models import Organisation

from .models import Decision, StrategicWeight, WeightSet, Workshop, WorkshopEntry
from .presentation import LABELS, PARAMS, TOP_PARAM, source_note

SNAPSHOT_VERSION = 1
CHANGE = 0.5  # each weight −50 % and +50 % in the sensitivity analysis
DEFAULT_TOP_N = 5
MAX_TOP_N = 10
VOTE_POINTS = 10  # points each workshop participant may give out


# --- weights ----------------------------------------------------------------------------


def current_weights(organisation: Organisation) -> tuple[dict[str, float], WeightSet | None]:
    """The organisation's newest saved weights, else Styra's defaults (and the saved set)."""
    saved = WeightSet.objects.filter(organisation=organisation).order_by("-saved_at", "-pk")
    latest = saved.select_related("saved_by").first()
    return (latest.as_dict() if latest else DEFAULT_WEIGHTS.as_dict()), latest


def usable(weights: Mapping[str, float], in_use: list[str]) -> bool:
    """At least one criterion that counts has a weight above 0."""
    return sum(weights.get(key, 0) for key in in_use) > 0


def starting_weights(
    organisation: Organisation, in_use: list[str]
) -> tuple[dict[str, float], WeightSet | None]:
    """The saved weights if one of the criteria in use weighs > 0 in them, else the defaults."""
    saved, weight_set = current_weights(organisation)
    if usable(saved, in_use):
        return saved, weight_set
    return DEFAULT_WEIGHTS.as_dict(), None


def weights_version(organisation: Organisation) -> str:
    """The version of the organisation's weights: its newest saved set ("0": none yet)."""
    newest = WeightSet.objects.filter(organisation=organisation).aggregate(last=Max("pk"))
    return str(newest["last"] or 0)


def save_weights(
    organisation: Organisation, weights: Mapping[str, float], user, opened: str = ""
) -> WeightSet | None:
    """Save the weights as the organisation's; ``None`` (nothing saved) if someone saved
    weights since the version ``opened`` ("": not checked)."""
    with transaction.atomic():
        Organisation.objects.select_for_update().filter(pk=organisation.pk).first()
        if opened and opened != weights_version(organisation):
            return None
        return WeightSet.objects.create(
            organisation=organisation, saved_by=user, **{key: weights[key] for key in CRITERIA}
        )


def strategic_weights(organisation: Organisation) -> dict[int, float]:
    rows = StrategicWeight.objects.filter(organisation=organisation)
    return dict(rows.values_list("goal", "weight"))


def save_strategic_weights(
    organisation: Organisation,
    weights: Mapping[int, float | None],
    user,
    opened: Mapping[int, float] | None = None,
) -> list[int]:
    """Set every goal's strategic weight at once; ``None`` removes a goal's weight.

    ``opened``: the weights the form showed. A goal someone else changed since keeps
    theirs if this form left it as it was; if both changed it, nothing is saved and
    those goals are returned."""
    with transaction.atomic():
        Organisation.objects.select_for_update().filter(pk=organisation.pk).first()
        weights, clashes = merge_since(dict(weights), strategic_weights(organisation), opened)
        if clashes:
            return clashes
        StrategicWeight.objects.filter(
            organisation=organisation, goal__in=[g for g, w in weights.items() if w is None]
        ).delete()
        for goal, weight in weights.items():
            if weight is not None:
                StrategicWeight.objects.update_or_create(
                    organisation=organisation,
                    goal=goal,
                    defaults={"weight": weight, "updated_by": user},
                )
    return []


# --- the snapshot and the ranking drawn from it -----------------------------------------


def compute_snapshot(criteria: GoalCriteria, weights: Mapping[str, float], top_n: int) -> dict:
    """Scores, ranks, contributions and sensitivity of the 17 goals, as plain JSON."""
    values = criteria.item_values()
    sensitivity = analyse_sensitivity(
        values, {k: float(weights[k]) for k in CRITERIA}, top_n, CHANGE
    )
    goals = []
    for item in sensitivity.base.items:
        goal, fragility = int(item.item_id), sensitivity.item(item.item_id)
        goals.append(
            {
                "goal": goal,
                "rank": item.rank,
                "score": item.score,
                "values": dict(values[item.item_id]),
                "unknown": [
                    c.key for c in criteria.criteria if not c.is_missing and goal in c.unknown
                ],
                "contributions": dict(item.contributions),
                "in_top": fragility.in_top,
                "times_in_top": fragility.times_in_top,
                "variations": fragility.variation_count,
                "best_rank": fragility.best_rank,
                "worst_rank": fragility.worst_rank,
                "fragile": fragility.fragile,
            }
        )
    return {
        "version": SNAPSHOT_VERSION,
        "computed_at": timezone.now().isoformat(),
        "top_n": top_n,
        "change": CHANGE,
        "weights": {key: float(weights[key]) for key in CRITERIA},
        "used_weights": dict(sensitivity.base.weights),
        "dropped": list(sensitivity.base.dropped),
        "criteria": {
            c.key: {
                "source": c.source,
                "details": c.details,
                "unknown": [] if c.is_missing else c.unknown,
            }
            for c in criteria.criteria
        },
        "goals": goals,
    }


@dataclass(frozen=True)
class Cell:
    criterion: str
    value: float
    contribution: float
    unknown: bool  # the goal had no value: 0.5 was used


@dataclass(frozen=True)
class RankedGoal:
    goal: int
    title: str
    rank: int
    score: float
    cells: list[Cell]  # the criteria in use
    in_top: bool
    times_in_top: int
    variations: int
    best_rank: int
    worst_rank: int
    fragile: bool


@dataclass(frozen=True)
class WeightRow:
    criterion: str
    label: str
    given: float  # 0–1 as set (relative)
    used: float | None  # share after renormalising; None if the criterion is left out
    note: str

    @property
    def slider(self) -> int:
        return round(self.given * 100)

    @property
    def percent(self) -> int | None:
        return None if self.used is None else round(self.used * 100)


@dataclass(frozen=True)
class Ranking:
    goals: list[RankedGoal]  # best first
    weights: list[WeightRow]  # all six
    in_use: list[str]
    dropped: list[str]
    top_n: int
    variations: int
    computed_at: datetime

    @property
    def columns(self) -> list[WeightRow]:
        return [row for row in self.weights if row.used is not None]

    @property
    def top(self) -> list[RankedGoal]:
        return [goal for goal in self.goals if goal.in_top]

    @property
    def fragile(self) -> list[RankedGoal]:
        return [goal for goal in self.goals if goal.fragile]

    @property
    def query(self) -> str:
        return urlencode(self.params())

    def params(self) -> dict[str, int]:
        """The weights and top N as the prioritisation page's URL parameters."""
        return {PARAMS[row.criterion]: row.slider for row in self.weights} | {TOP_PARAM: self.top_n}


def ranking_from(snapshot: Mapping) -> Ranking:
    used = snapshot["used_weights"]
    in_use = [key for key in CRITERIA if key in used]
    weights = [
        WeightRow(
            criterion=key,
            label=str(LABELS[key]),
            given=snapshot["weights"][key],
            used=used.get(key),
            note=source_note(key, **snapshot["criteria"][key]),
        )
        for key in CRITERIA
    ]
    goals = [
        RankedGoal(
            goal=row["goal"],
            title=goal_title(row["goal"]),
            rank=row["rank"],
            score=row["score"],
            cells=[
                Cell(key, row["values"][key], row["contributions"][key], key in row["unknown"])
                for key in in_use
            ],
            in_top=row["in_top"],
            times_in_top=row["times_in_top"],
            variations=row["variations"],
            best_rank=row["best_rank"],
            worst_rank=row["worst_rank"],
            fragile=row["fragile"],
        )
        for row in snapshot["goals"]
    ]
    variations = goals[0].variations if goals else 0
    return Ranking(
        goals=goals,
        weights=weights,
        in_use=in_use,
        dropped=list(snapshot["dropped"]),
        top_n=snapshot["top_n"],
        variations=variations,
        computed_at=datetime.fromisoformat(snapshot["computed_at"]),
    )


# --- workshops ---------------------------------------------------------------------------


def save_entry(workshop: Workshop, user, *, weights=None, votes=None) -> WorkshopEntry:
    """Set the participant's weights or points (the other part is kept)."""
    changes = {}
    if weights is not None:
        changes["weights"] = {key: float(weights[key]) for key in CRITERIA}
    if votes is not None:
        changes["votes"] = {str(goal): int(points) for goal, points in votes.items() if points}
    try:
        with transaction.atomic():
            entry, _ = WorkshopEntry.objects.update_or_create(
                workshop=workshop, user=user, defaults=changes
            )
    except IntegrityError:  # the same participant twice at once: the other request made it
        entry = WorkshopEntry.objects.get(workshop=workshop, user=user)
        for name, value in changes.items():
            setattr(entry, name, value)
        entry.save()
    return entry


@dataclass(frozen=True)
class SpreadRow:
    """One criterion's weight over the participants, in per cent of each one's total."""

    label: str
    mean: float
    median: float
    minimum: float
    maximum: float
    stdev: float


@dataclass(frozen=True)
class VoteRow:
    goal: int
    title: str
    total: float
    supporters: int
    share: float  # of all points given, in per cent


@dataclass(frozen=True)
class WorkshopSummary:
    participants: list[str]  # names of those who answered anything
    weight_count: int
    spread: list[SpreadRow]
    mean_weights: dict[str, float] | None
    vote_count: int
    votes: list[VoteRow]  # goals that got points, most first
    ranking: Ranking | None  # the 17 goals with the mean weights


def participant_name(user) -> str:
    return user.get_full_name() or user.get_username()


def workshop_summary(workshop: Workshop, criteria: GoalCriteria) -> WorkshopSummary:
    entries = list(workshop.entries.select_related("user").order_by("updated_at", "pk"))
    weight_sets = [e.weights for e in entries if e.weights]
    ballots = [e.votes for e in entries if e.votes]
    aggregate = aggregate_weights(weight_sets) if weight_sets else None
    votes = aggregate_votes(ballots, [str(g) for g in GOAL_NUMBERS]) if ballots else None
    ranking = None
    if aggregate and usable(aggregate.mean_weights, criteria.in_use):
        ranking = ranking_from(compute_snapshot(criteria, aggregate.mean_weights, DEFAULT_TOP_N))
    return WorkshopSummary(
        participants=[participant_name(e.user) for e in entries if e.weights or e.votes],
        weight_count=len(weight_sets),
        spread=_spread_rows(aggregate) if aggregate else [],
        mean_weights=dict(aggregate.mean_weights) if aggregate else None,
        vote_count=len(ballots),
        votes=[
            VoteRow(
                int(v.item_id), goal_title(int(v.item_id)), v.total, v.supporters, 100 * v.share
            )
            for v in (votes.items if votes else ())
            if v.total > 0
        ],
        ranking=ranking,
    )


def _spread_rows(aggregate: WeightAggregate) -> list[SpreadRow]:
    return [
        SpreadRow(
            str(LABELS[s.criterion]),
            *(100 * x for x in (s.mean, s.median, s.minimum, s.maximum, s.stdev)),
        )
        for s in aggregate.criteria
    ]


# --- decisions ---------------------------------------------------------------------------


def record_decision(
    organisation: Organisation, criteria: GoalCriteria, cleaned: Mapping, user
) -> Decision:
    """Save the decision with a snapshot of the criteria and scores as they are now.

    ``cleaned``: the decision form's data (goals, targets, body, decided_on,
    reference, motivation, upload, and the weights and top N it was taken with).
    Nothing is saved if anything fails, and an uploaded file is removed again.
    """
    snapshot = compute_snapshot(criteria, cleaned["weights"], cleaned["top_n"])
    order = {row["goal"]: row["rank"] for row in snapshot["goals"]}
    decision = Decision(
        organisation=organisation,
        goals=sorted(cleaned["goals"], key=lambda goal: (order[goal], goal)),
        targets=list(cleaned["targets"]),
        body=cleaned["body"],
        decided_on=cleaned["decided_on"],
        reference=cleaned["reference"],
        motivation=cleaned["motivation"],
        snapshot=snapshot,
        created_by=user,
    )
    upload = cleaned.get("upload")
    try:
        with transaction.atomic():
            if upload is not None:
                decision.document_name = upload.name[:255]
                decision.document.save(upload.name, upload, save=False)
            decision.save()
    except Exception:
        if decision.document:
            decision.document.storage.delete(decision.document.name)
        raise
    return decision


def decisions_of(organisation: Organisation):
    """The organisation's decisions, newest decision date first (all kept)."""
    return Decision.objects.filter(organisation=organisation).select_related("created_by")
