"""The dialogue's results revision: one number on the dialogue that moves with every
change that can alter its results, so that the results pages learn the state of the
answers from the dialogue's row alone, however many answers it has.

``bump`` adds one in the same transaction as the change. The receivers below, connected
in the app's ``ready()``, bump on every save of a response, an answer (a moderation
decision changes its visibility), a proposal (and its reply), a support, a question and a
moderation decision, and on the deletion of a question, a proposal or a decision. The
code bumps by hand where it writes without signals: the answers saved in bulk with their
response (the response's save bumps, in the same transaction) and the questions
renumbered by ``services.move_question``.

Responses, answers and supports are deleted only with what holds them (a dialogue, a
question or a proposal, which bumps itself): they have no delete receiver, so that
Django deletes their thousands of rows in one statement. A deletion bumps once, for the
row it started from, not once per row it takes with it.
"""

from django.db.models import F, QuerySet
from django.db.models.signals import post_delete, post_save

from .models import Answer, Dialogue, ModerationEntry, Proposal, Question, Response, Support


def bump(dialogues) -> None:
    """One more revision of ``dialogues``: a dialogue's id or a queryset of dialogues."""
    if not isinstance(dialogues, QuerySet):
        dialogues = Dialogue.objects.filter(pk=dialogues)
    dialogues.update(results_revision=F("results_revision") + 1)


def dialogue_of(row):
    """The dialogue ``row`` belongs to: its id, or a queryset of one dialogue."""
    if isinstance(row, (Response, Question)):
        return row.dialogue_id
    if isinstance(row, Answer):
        return Dialogue.objects.filter(responses=row.response_id)
    if isinstance(row, Proposal):
        return Dialogue.objects.filter(questions=row.question_id)
    if isinstance(row, Support):
        return Dialogue.objects.filter(questions__proposals=row.proposal_id)
    if row.answer_id is not None:  # a ModerationEntry
        return Dialogue.objects.filter(responses__answers=row.answer_id)
    return Dialogue.objects.filter(questions__proposals=row.proposal_id)


def _saved(sender, instance, raw=False, **kwargs) -> None:
    if not raw:  # loaddata: no results to move
        bump(dialogue_of(instance))


def _deleted(sender, instance, origin=None, **kwargs) -> None:
    started_here = origin is instance or (isinstance(origin, QuerySet) and origin.model is sender)
    if started_here:
        bump(dialogue_of(instance))


SAVED = (Response, Answer, Proposal, Support, Question, ModerationEntry)
DELETED = (Question, Proposal, ModerationEntry)


def connect() -> None:
    for model in SAVED:
        post_save.connect(_saved, sender=model, dispatch_uid=f"dialogue-revision-save-{model}")
    for model in DELETED:
        post_delete.connect(
            _deleted, sender=model, dispatch_uid=f"dialogue-revision-delete-{model}"
        )
