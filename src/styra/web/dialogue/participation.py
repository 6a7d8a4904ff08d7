"""Taking part in a medborgardialog without an account: who a participant is, which
dialogues are shown, and saving an answer, a proposal or a support once.

A participant is a random id in a signed cookie (``PARTICIPANT_COOKIE``, made with
``django.core.signing``). The database keeps only the SHA-256 of the dialogue and the
id, so one person's answers to two dialogues cannot be linked, and nothing in the
database leads back to the cookie. No address, no e-mail.

One answer per participant: a second submission counts in ``Dialogue.duplicates`` and
stores nothing; the unique constraint on (dialogue, participant) decides when two
arrive at once (the loser's ``IntegrityError`` is a duplicate).
"""

import hashlib
import secrets

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from .models import (
    Answer,
    Channel,
    Dialogue,
    Kind,
    Moderation,
    Proposal,
    Report,
    Response,
    Support,
    Visibility,
)

PARTICIPANT_COOKIE = "styra_deltagare"
PARTICIPANT_SALT = "styra.dialogue.participant"
PARTICIPANT_AGE = 365 * 24 * 3600
MODERATED = (Kind.TEXT,)


# --- the participant ----------------------------------------------------------------------


def token_of(request) -> str | None:
    """The participant id of the request's cookie (None: none, or not signed by us)."""
    value = request.COOKIES.get(PARTICIPANT_COOKIE)
    if not value:
        return None
    try:
        token = signing.loads(value, salt=PARTICIPANT_SALT)
    except signing.BadSignature:
        return None
    return token if isinstance(token, str) and len(token) == 32 else None


def new_token() -> str:
    return secrets.token_hex(16)


def remember(response, token: str):
    """Give the browser its participant cookie (only the signed random id)."""
    response.set_cookie(
        PARTICIPANT_COOKIE,
        signing.dumps(token, salt=PARTICIPANT_SALT),
        max_age=PARTICIPANT_AGE,
        path="/offentligt/",
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
    return response


def participant_of(dialogue: Dialogue, token: str) -> str:
    """What the database keeps: SHA-256 of the dialogue and the random id."""
    return hashlib.sha256(f"{dialogue.pk}:{token}".encode()).hexdigest()


# --- which dialogues are shown --------------------------------------------------------------


def shown_dialogues(kolada_id: str, now=None):
    """The organisation's open dialogues and the closed ones with public results."""
    now = now or timezone.now()
    shown = Q(opens_at__lte=now, closes_at__gt=now) | Q(closes_at__lte=now, results_public=True)
    return Dialogue.objects.filter(shown, organisation_id=kolada_id)


def has_public_dialogue(kolada_id: str, now=None) -> bool:
    """For the public site's navigation: a "Dialog" link is worth showing."""
    return shown_dialogues(kolada_id, now).exists()


def text_visibility(dialogue: Dialogue) -> str:
    return Visibility.PENDING if dialogue.moderation == Moderation.BEFORE else Visibility.SHOWN


# --- saving, once ---------------------------------------------------------------------------


def count_duplicate(dialogue: Dialogue) -> None:
    Dialogue.objects.filter(pk=dialogue.pk).update(duplicates=F("duplicates") + 1)


def answered(dialogue: Dialogue, participant: str) -> bool:
    return Response.objects.filter(dialogue=dialogue, participant=participant).exists()


def save_response(dialogue: Dialogue, participant: str, answers: dict, background: dict) -> bool:
    """Save a web answer, all or nothing. False: this participant had answered
    already (counted as a duplicate, nothing stored)."""
    if answered(dialogue, participant):
        count_duplicate(dialogue)
        return False
    kinds = dict(dialogue.questions.values_list("pk", "kind"))
    hidden_until_read = text_visibility(dialogue)
    try:
        with transaction.atomic():
            response = Response.objects.create(
                dialogue=dialogue,
                participant=participant,
                channel=Channel.WEB,
                background=background,
            )
            Answer.objects.bulk_create(
                Answer(
                    response=response,
                    question_id=question_id,
                    value=value,
                    visibility=hidden_until_read
                    if kinds[question_id] in MODERATED
                    else Visibility.SHOWN,
                )
                for question_id, value in answers.items()
            )  # no signals: the response's save bumped the revision, in this transaction
    except IntegrityError:  # the same participant's other submission won the race
        count_duplicate(dialogue)
        return False
    return True


def visible_proposals(dialogue: Dialogue):
    """The proposals everyone sees, with ``support_count``, most supported first."""
    return (
        Proposal.objects.filter(question__dialogue=dialogue, visibility=Visibility.SHOWN)
        .annotate(support_count=Count("supports"))
        .order_by("-support_count", "-created_at", "-pk")
    )


def save_proposal(question, participant: str, title: str, body: str, goal: int, target_id: str):
    return Proposal.objects.create(
        question=question,
        participant=participant,
        title=title,
        body=body,
        goal=goal,
        target_id=target_id,
        visibility=text_visibility(question.dialogue),
    )


def save_support(proposal: Proposal, participant: str) -> bool:
    """Support once. False: this participant supported it already."""
    try:
        with transaction.atomic():
            Support.objects.create(proposal=proposal, participant=participant)
    except IntegrityError:
        return False
    return True


def save_report(proposal: Proposal, reason: str) -> Report:
    return Report.objects.create(proposal=proposal, reason=reason)
