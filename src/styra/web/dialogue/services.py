"""The staff's work on a medborgardialog: its state, paper and phone answers, moderation,
replies to proposals, the order of the questions and the dialogue that feeds the priorities.

The cached results (results.py) are keyed by what they were computed from
(``results_version``: the dialogue's ``results_revision``, moved by revision.py).
"""

import functools
import hashlib
import secrets
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from . import revision
from .models import (
    Answer,
    Channel,
    Dialogue,
    Kind,
    Moderation,
    ModerationEntry,
    Proposal,
    Question,
    Report,
    Response,
    Visibility,
)

NOT_OPEN, OPEN, CLOSED = "not_open", "open", "closed"
MODERATED = (Kind.TEXT,)  # answers that are moderated (proposals are, too)


def state_of(dialogue: Dialogue, now=None) -> str:
    now = now or timezone.now()
    if now < dialogue.opens_at:
        return NOT_OPEN
    return OPEN if now < dialogue.closes_at else CLOSED


def has_answers(dialogue: Dialogue) -> bool:
    return dialogue.responses.exists()


def with_counts(dialogues):
    """The dialogues with ``answer_count`` (responses) and ``proposal_count``."""
    return dialogues.annotate(
        answer_count=Count("responses", distinct=True),
        proposal_count=Count("questions__proposals", distinct=True),
    )


def results_version(dialogue: Dialogue) -> str:
    """What the results were computed from: the dialogue's ``results_revision``, which
    moves with every new, changed or deleted response, answer, proposal, support,
    question and moderation decision (revision.py), and its ``updated_at``, which moves
    with every save of the dialogue. Read from the dialogue's row: one indexed lookup,
    however many answers the dialogue has, so that every results page can ask.
    """
    parts = Dialogue.objects.filter(pk=dialogue.pk).values_list(*VERSION_PARTS).first()
    if parts is None:  # deleted meanwhile: nothing to keep
        return "none"
    return _digest(parts)


def dialogue_with_version(kolada_id: str, pk: int) -> tuple[Dialogue, str] | None:
    """The organisation's dialogue ``pk`` and its ``results_version``, in one query whose
    SQL is compiled once per process; None when the organisation has no such dialogue.

    For the results pages, which ask on every request: their bodies are kept, so the
    query is most of what a request costs. The dialogue comes with its organisation's
    name (``organisation_name``), enough for the public frame without a second query.
    """
    found = list(Dialogue.objects.raw(_with_version_sql(), [pk, kolada_id]))
    if not found:
        return None
    dialogue = found[0]
    return dialogue, _digest(tuple(getattr(dialogue, name) for name in VERSION_PARTS))


def _digest(parts: tuple) -> str:
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:24]  # a safe cache key


VERSION_PARTS = ("results_revision", "updated_at")  # what results_version digests, in order
NO_ORGANISATION = "<organisation>"  # a stand-in for the organisation's id while compiling


@functools.cache
def _with_version_sql() -> str:
    """The SQL of the dialogue's row and its organisation's name, with the dialogue's id
    and the organisation's id as its parameters."""
    query = (
        Dialogue.objects.filter(pk=0)
        .filter(organisation_id=NO_ORGANISATION)
        .order_by()
        .annotate(organisation_name=F("organisation__name"))
    )
    sql, params = query.query.sql_with_params()
    assert params == (0, NO_ORGANISATION), params
    return sql


# --- paper and phone answers ------------------------------------------------------------


def new_participant() -> str:
    """A random participant id for an entry by staff (never a real participant's token)."""
    return secrets.token_hex(32)


def enter_response(
    dialogue: Dialogue, channel: str, values: dict[int, object], background: dict, user
) -> Response:
    """Save one paper or phone answer: a new ``Response`` and its ``Answer``s, all or nothing.

    ``values``: question id → the answer's value (questions left out were not answered).
    Free text waits for moderation when the dialogue moderates before showing.
    """
    assert channel in (Channel.PAPER, Channel.PHONE)
    kinds = dict(dialogue.questions.values_list("pk", "kind"))
    text_visibility = (
        Visibility.PENDING if dialogue.moderation == Moderation.BEFORE else Visibility.SHOWN
    )
    with transaction.atomic():
        response = Response.objects.create(
            dialogue=dialogue,
            participant=new_participant(),
            channel=channel,
            entered_by=user,
            background=background,
        )
        Answer.objects.bulk_create(
            Answer(
                response=response,
                question_id=question_id,
                value=value,
                visibility=text_visibility if kinds[question_id] in MODERATED else Visibility.SHOWN,
            )
            for question_id, value in values.items()
        )  # no signals: the response's save bumped the revision, in this transaction
    return response


# --- moderation ---------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueItem:
    """A text answer or a proposal to moderate: pending, or reported and not yet handled."""

    answer: Answer | None
    proposal: Proposal | None
    reports: list[Report]

    @property
    def thing(self):
        return self.answer or self.proposal

    @property
    def pending(self) -> bool:
        return self.thing.visibility == Visibility.PENDING


def queue_of(dialogue: Dialogue) -> list[QueueItem]:
    """What waits for a moderator, oldest first: pending, or with an unhandled report."""
    open_reports = Report.objects.filter(handled_at__isnull=True)
    answers = (
        Answer.objects.filter(response__dialogue=dialogue, question__kind__in=MODERATED)
        .filter(
            Q(visibility=Visibility.PENDING)
            | Q(pk__in=open_reports.filter(answer__isnull=False).values("answer"))
        )
        .select_related("question", "response")
        .order_by("response__submitted_at", "pk")
    )
    proposals = (
        Proposal.objects.filter(question__dialogue=dialogue)
        .filter(
            Q(visibility=Visibility.PENDING)
            | Q(pk__in=open_reports.filter(proposal__isnull=False).values("proposal"))
        )
        .order_by("created_at", "pk")
    )
    reports: dict[tuple[str, int], list[Report]] = {}
    for report in open_reports.filter(
        Q(answer__response__dialogue=dialogue) | Q(proposal__question__dialogue=dialogue)
    ).order_by("created_at", "pk"):
        key = ("a", report.answer_id) if report.answer_id else ("p", report.proposal_id)
        reports.setdefault(key, []).append(report)
    items = [QueueItem(answer, None, reports.get(("a", answer.pk), [])) for answer in answers]
    items += [QueueItem(None, p, reports.get(("p", p.pk), [])) for p in proposals]
    return items


def moderate(thing: Answer | Proposal, visibility: str, reason: str, user) -> ModerationEntry:
    """Show or hide ``thing``; the decision is kept with its reason, its reports handled."""
    is_answer = isinstance(thing, Answer)
    with transaction.atomic():
        thing.visibility = visibility
        thing.save(update_fields=["visibility"])
        entry = ModerationEntry.objects.create(
            answer=thing if is_answer else None,
            proposal=None if is_answer else thing,
            visibility=visibility,
            reason=reason,
            moderator=user,
        )
        reports = Report.objects.filter(handled_at__isnull=True)
        reports = reports.filter(answer=thing) if is_answer else reports.filter(proposal=thing)
        reports.update(handled_at=timezone.now())
    return entry


def history_of(dialogue: Dialogue):
    """Every moderation decision on the dialogue, newest first."""
    return (
        ModerationEntry.objects.filter(
            Q(answer__response__dialogue=dialogue) | Q(proposal__question__dialogue=dialogue)
        )
        .select_related("answer", "proposal", "moderator")
        .order_by("-decided_at", "-pk")
    )


# --- proposals ------------------------------------------------------------------------------


def proposals_of(dialogue: Dialogue):
    """The dialogue's proposals with ``support_count``, most supported first."""
    return (
        Proposal.objects.filter(question__dialogue=dialogue)
        .annotate(support_count=Count("supports"))
        .select_related("replied_by")
        .order_by("-support_count", "created_at", "pk")
    )


def reply_to(proposal: Proposal, text: str, user) -> None:
    proposal.reply, proposal.replied_at, proposal.replied_by = text, timezone.now(), user
    proposal.save(update_fields=["reply", "replied_at", "replied_by"])


# --- questions --------------------------------------------------------------------------------


def next_position(dialogue: Dialogue) -> int:
    last = dialogue.questions.order_by("-position").values_list("position", flat=True).first()
    return 0 if last is None else last + 1


def move_question(question: Question, step: int) -> None:
    """Move the question one place up (``step`` −1) or down (+1); renumbers 0, 1, 2, …"""
    with transaction.atomic():
        Dialogue.objects.select_for_update().filter(pk=question.dialogue_id).first()
        ordered = list(question.dialogue.questions.order_by("position", "pk"))
        index = next(i for i, q in enumerate(ordered) if q.pk == question.pk)
        other = index + step
        if 0 <= other < len(ordered):
            ordered[index], ordered[other] = ordered[other], ordered[index]
        for position, row in enumerate(ordered):
            if row.position != position:
                Question.objects.filter(pk=row.pk).update(position=position)
        revision.bump(question.dialogue_id)  # .update() sends no signal


# --- the dialogue that feeds the priorities ------------------------------------------------


def can_feed(dialogue: Dialogue, now=None) -> bool:
    """Only a closed dialogue with a goal ranking can feed the priorities."""
    return (
        state_of(dialogue, now) == CLOSED
        and dialogue.questions.filter(kind=Kind.RANK_GOALS).exists()
    )


def choose_for_priorities(dialogue: Dialogue, feeds: bool) -> None:
    """Make ``dialogue`` the one whose goal ranking the prioritisation reads (or none)."""
    with transaction.atomic():
        if feeds:
            others = Dialogue.objects.filter(
                organisation_id=dialogue.organisation_id, feeds_priorities=True
            )
            others.exclude(pk=dialogue.pk).update(feeds_priorities=False)
        Dialogue.objects.filter(pk=dialogue.pk).update(
            feeds_priorities=feeds, updated_at=timezone.now()
        )


def feeding_dialogue(organisation) -> Dialogue | None:
    """The organisation's dialogue chosen for the priorities, if it still can feed them."""
    dialogue = Dialogue.objects.filter(organisation=organisation, feeds_priorities=True).first()
    return dialogue if dialogue is not None and can_feed(dialogue) else None
