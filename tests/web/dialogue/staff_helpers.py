"""Dialogues and answers for the staff pages' tests: organisation A's dialogues (closed,
open), questions of every kind, and answers built directly in the database."""

import datetime as dt
import secrets

import pytest
from django.urls import reverse
from django.utils import timezone

from styra.web.dialogue.models import (
    Answer,
    Channel,
    Dialogue,
    Kind,
    Moderation,
    Question,
    Response,
    Visibility,
)

DAY = dt.timedelta(days=1)


def url(name: str, *args, kolada_id: str = "0180") -> str:
    return reverse(name, args=[kolada_id, *args])


def make_dialogue(organisation, *, opens=-2 * DAY, closes=DAY, **fields) -> Dialogue:
    now = timezone.now()
    fields.setdefault("title", "Vad är viktigast?")
    return Dialogue.objects.create(
        organisation=organisation, opens_at=now + opens, closes_at=now + closes, **fields
    )


def add(dialogue, kind, text, **fields) -> Question:
    return Question.objects.create(
        dialogue=dialogue, kind=kind, text=text, position=dialogue.questions.count(), **fields
    )


def respond(dialogue, answers: dict, *, background=None, channel=Channel.WEB) -> Response:
    """One participant's response: question → value (text answers shown)."""
    response = Response.objects.create(
        dialogue=dialogue,
        participant=secrets.token_hex(32),
        channel=channel,
        background=background or {},
    )
    for question, value in answers.items():
        Answer.objects.create(response=response, question=question, value=value)
    return response


@pytest.fixture
def open_dialogue(org_a) -> Dialogue:
    """Open, pre-moderated, without answers; a ranking of three goals and a choice."""
    found = make_dialogue(org_a, title="Stockholms mål", moderation=Moderation.BEFORE)
    add(found, Kind.RANK_GOALS, "Rangordna målen", goals=[3, 11, 13])
    add(found, Kind.SINGLE, "Hur reser du?", options=["Buss", "Cykel"])
    add(found, Kind.TEXT, "Något mer?")
    return found


@pytest.fixture
def answered(open_dialogue) -> Dialogue:
    """``open_dialogue`` with two answers, one a pending text, and a pending proposal."""
    rank, choice, text = open_dialogue.questions.all()
    respond(open_dialogue, {rank: [13, 3], choice: "Buss"})
    response = respond(open_dialogue, {rank: [11], text: "Fler cykelbanor"})
    Answer.objects.filter(response=response, question=text).update(visibility=Visibility.PENDING)
    proposals = add(open_dialogue, Kind.PROPOSALS, "Föreslå")
    proposals.proposals.create(participant="p" * 64, title="Laddstolpar", goal=7)
    return open_dialogue
