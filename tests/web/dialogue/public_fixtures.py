"""Dialogues for the tests of the participants' pages: one open dialogue of org_a with a
question of every kind, and posting helpers (with the robot checks of
tests/web/antispam_helpers.py)."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from styra.web.dialogue.models import Dialogue, Kind, Moderation, Question
from tests.web.antispam_helpers import robot_check

DAY = dt.timedelta(days=1)
RANKED = [3, 11, 13]


def make_dialogue(organisation, *, opens=-DAY, closes=DAY, **fields) -> Dialogue:
    now = timezone.now()
    fields.setdefault("title", "Vad är viktigast i Stockholm?")
    return Dialogue.objects.create(
        organisation=organisation, opens_at=now + opens, closes_at=now + closes, **fields
    )


def add(dialogue, kind, text, **fields) -> Question:
    position = dialogue.questions.count()
    return Question.objects.create(
        dialogue=dialogue, kind=kind, text=text, position=position, **fields
    )


@pytest.fixture
def dialogue(org_a) -> Dialogue:
    """Open, pre-moderated, one question of each kind."""
    found = make_dialogue(org_a, moderation=Moderation.BEFORE, support_threshold=2)
    add(found, Kind.RANK_GOALS, "Rangordna målen", goals=RANKED)
    add(found, Kind.POINTS, "Fördela poängen", options=["Skola", "Vård", "Parker"])
    add(found, Kind.SINGLE, "Hur tar du dig till jobbet?", options=["Buss", "Cykel", "Bil"])
    add(found, Kind.MULTIPLE, "Vad gör du i parken?", options=["Promenerar", "Grillar", "Leker"])
    add(found, Kind.SCALE, "Hur nöjd är du?", columns=["Inte alls", "Mycket"])
    add(
        found,
        Kind.MATRIX,
        "Hur viktigt är det här?",
        options=["Luft", "Vatten"],
        columns=["Lite", "Mycket"],
    )
    add(found, Kind.TEXT, "Något mer?")
    add(found, Kind.PROPOSALS, "Föreslå en åtgärd")
    return found


def question(dialogue, kind) -> Question:
    return dialogue.questions.get(kind=kind)


def full_answer(dialogue) -> dict:
    """A complete answer, as a browser without JavaScript sends it."""
    rank = question(dialogue, Kind.RANK_GOALS).pk
    points = question(dialogue, Kind.POINTS).pk
    matrix = question(dialogue, Kind.MATRIX).pk
    return {
        f"q{rank}_3": "2",
        f"q{rank}_11": "1",
        f"q{rank}_13": "3",
        f"q{points}_0": "50",
        f"q{points}_1": "30",
        f"q{points}_2": "20",
        f"q{question(dialogue, Kind.SINGLE).pk}": "Cykel",
        f"q{question(dialogue, Kind.MULTIPLE).pk}": ["Promenerar", "Leker"],
        f"q{question(dialogue, Kind.SCALE).pk}": "4",
        f"q{matrix}_0": "Mycket",
        f"q{matrix}_1": "Lite",
        f"q{question(dialogue, Kind.TEXT).pk}": "Fler cykelbanor, tack.",
    }


def answer_url(dialogue) -> str:
    return reverse("dialogue-public-answer", args=[dialogue.organisation_id, dialogue.pk])


def send(client, dialogue, data: dict, **checks):
    """POST ``data`` with a person's robot checks (``checks`` overrides them)."""
    return client.post(answer_url(dialogue), {**data, **robot_check(client), **checks})
