"""The dialogue's ``results_revision`` (revision.py): every write that can change the
results moves it in the same transaction, on every path the code writes by; a duplicate
submission does not; the results pages read it from the dialogue's row alone, and a kept
page shows what is new at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from styra.web.dialogue import participation, services
from styra.web.dialogue.models import (
    Answer,
    Channel,
    Dialogue,
    Kind,
    ModerationEntry,
    Proposal,
    Question,
    Response,
    Support,
    Visibility,
)
from tests.web.pages import text_of

from .staff_helpers import add, answered, open_dialogue, respond, url  # noqa: F401
from .test_public_results import _empty_cache, public  # noqa: F401 (fixtures)


def revision(dialogue) -> int:
    return Dialogue.objects.values_list("results_revision", flat=True).get(pk=dialogue.pk)


class Moves:
    """``with Moves(dialogue) as moved: …``; then ``moved.by`` is how far it moved."""

    def __init__(self, dialogue):
        self.dialogue = dialogue

    def __enter__(self):
        self.before = revision(self.dialogue)
        return self

    def __exit__(self, *exc):
        self.by = revision(self.dialogue) - self.before


def proposal_of(dialogue) -> Proposal:
    return Proposal.objects.get(question__dialogue=dialogue)


def test_a_web_answer_moves_it(answered):  # noqa: F811
    rank = answered.questions.get(kind=Kind.RANK_GOALS)
    with Moves(answered) as moved:
        assert participation.save_response(answered, "n" * 64, {rank.pk: [3]}, {})
    assert moved.by > 0


def test_a_second_submission_of_the_same_participant_does_not(answered):  # noqa: F811
    rank = answered.questions.get(kind=Kind.RANK_GOALS)
    participation.save_response(answered, "n" * 64, {rank.pk: [3]}, {})
    with Moves(answered) as moved:
        assert not participation.save_response(answered, "n" * 64, {rank.pk: [11]}, {})
    assert moved.by == 0


def test_the_loser_of_a_race_between_two_submissions_does_not(answered, monkeypatch):  # noqa: F811
    rank = answered.questions.get(kind=Kind.RANK_GOALS)
    participation.save_response(answered, "n" * 64, {rank.pk: [3]}, {})
    monkeypatch.setattr(participation, "answered", lambda *args: False)  # both checked first
    with Moves(answered) as moved:
        assert not participation.save_response(answered, "n" * 64, {rank.pk: [11]}, {})
    assert moved.by == 0  # the insert failed: its bump went with it
    assert Response.objects.filter(dialogue=answered, participant="n" * 64).count() == 1


def test_a_counted_duplicate_does_not(answered):  # noqa: F811
    with Moves(answered) as moved:
        participation.count_duplicate(answered)
    assert moved.by == 0


def test_a_paper_answer_moves_it(answered, editor_a):  # noqa: F811
    rank = answered.questions.get(kind=Kind.RANK_GOALS)
    with Moves(answered) as moved:
        services.enter_response(answered, Channel.PAPER, {rank.pk: [11, 3]}, {}, editor_a)
    assert moved.by > 0


def test_a_failed_paper_answer_does_not(answered, editor_a):  # noqa: F811
    with Moves(answered) as moved, pytest.raises(KeyError):  # not one of its questions
        services.enter_response(answered, Channel.PHONE, {10**9: "x"}, {}, editor_a)
    assert moved.by == 0 and not Response.objects.filter(channel=Channel.PHONE).exists()


@pytest.mark.parametrize("visibility", [Visibility.SHOWN, Visibility.HIDDEN])
def test_a_moderation_decision_on_a_text_moves_it(answered, editor_a, visibility):  # noqa: F811
    text = Answer.objects.get(response__dialogue=answered, visibility=Visibility.PENDING)
    with Moves(answered) as moved:
        services.moderate(text, visibility, "Granskad", editor_a)
    assert moved.by > 0


def test_a_moderation_decision_on_a_proposal_moves_it(answered, editor_a):  # noqa: F811
    with Moves(answered) as moved:
        services.moderate(proposal_of(answered), Visibility.SHOWN, "", editor_a)
    assert moved.by > 0


def test_deleting_a_decision_moves_it(answered, editor_a):  # noqa: F811
    entry = services.moderate(proposal_of(answered), Visibility.SHOWN, "", editor_a)
    with Moves(answered) as moved:
        entry.delete()
    assert moved.by == 1
    services.moderate(proposal_of(answered), Visibility.HIDDEN, "Nej", editor_a)
    with Moves(answered) as moved:
        ModerationEntry.objects.filter(proposal__question__dialogue=answered).delete()
    assert moved.by == 1


def test_a_proposal_a_support_and_a_reply_move_it(answered, editor_a):  # noqa: F811
    question = answered.questions.get(kind=Kind.PROPOSALS)
    with Moves(answered) as moved:
        proposal = participation.save_proposal(question, "q" * 64, "Träd", "", 15, "")
    assert moved.by > 0
    with Moves(answered) as moved:
        assert participation.save_support(proposal, "s" * 64)
    assert moved.by > 0
    with Moves(answered) as moved:
        assert not participation.save_support(proposal, "s" * 64)  # once each
    assert moved.by == 0
    with Moves(answered) as moved:
        services.reply_to(proposal, "Vi planterar.", editor_a)
    assert moved.by > 0


def test_deleting_a_proposal_moves_it_once(answered):  # noqa: F811
    proposal = proposal_of(answered)
    Support.objects.create(proposal=proposal, participant="s" * 64)
    with Moves(answered) as moved:
        proposal.delete()  # with its support
    assert moved.by == 1
    with Moves(answered) as moved:
        Proposal.objects.filter(pk=proposal.pk).delete()  # nothing left: nothing moved
    assert moved.by == 0


def test_a_question_created_changed_moved_and_deleted_moves_it(open_dialogue):  # noqa: F811
    with Moves(open_dialogue) as moved:
        question = add(open_dialogue, Kind.SCALE, "Hur nöjd är du?")
    assert moved.by > 0
    question.text = "Hur nöjd är du med bussarna?"
    with Moves(open_dialogue) as moved:
        question.save()
    assert moved.by > 0
    with Moves(open_dialogue) as moved:
        services.move_question(question, -1)  # queryset updates, bumped by hand
    assert moved.by > 0
    assert list(open_dialogue.questions.order_by("position")).index(question) == 2
    with Moves(open_dialogue) as moved:
        question.delete()
    assert moved.by == 1


def test_a_saved_dialogue_moves_the_version(answered):  # noqa: F811
    version = services.results_version(answered)
    answered.title = "Ett nytt namn"
    answered.save()
    assert services.results_version(answered) != version


def test_another_dialogues_writes_leave_it(answered, org_a):  # noqa: F811
    from .staff_helpers import make_dialogue

    other = make_dialogue(org_a, title="En annan")
    question = add(other, Kind.SINGLE, "Ja eller nej?", options=["Ja", "Nej"])
    with Moves(answered) as moved:
        respond(other, {question: "Ja"})
    assert moved.by == 0 and revision(other) > 0


def test_a_dialogue_with_answers_is_deleted_whole(answered):  # noqa: F811
    answered.delete()
    assert not Response.objects.exists() and not Question.objects.exists()


def test_the_version_is_read_from_the_dialogues_row_alone(answered):  # noqa: F811
    with CaptureQueriesContext(connection) as queries:
        services.results_version(answered)
        services.dialogue_with_version(answered.organisation_id, answered.pk)
    assert len(queries) == 2
    for query in queries.captured_queries:
        for table in ("dialogue_response", "dialogue_answer", "dialogue_proposal"):
            assert table not in query["sql"], query["sql"]


def test_the_kept_public_page_shows_a_decision_at_once(client, public, editor_a):  # noqa: F811
    page = url("dialogue-public-results", public.pk)
    assert "Väntar än" not in text_of(client.get(page))
    text = Answer.objects.get(response__dialogue=public, value="Väntar än")
    services.moderate(text, Visibility.SHOWN, "", editor_a)
    assert "Väntar än" in text_of(client.get(page))


def test_the_kept_staff_page_shows_a_paper_answer_at_once(client_for, viewer_a, editor_a, public):  # noqa: F811
    viewer = client_for(viewer_a)
    page = url("dialogue-results", public.pk)
    assert "3 svar" in text_of(viewer.get(page))
    rank = public.questions.get(kind=Kind.RANK_GOALS)
    services.enter_response(public, Channel.PAPER, {rank.pk: [3]}, {}, editor_a)
    assert "4 svar" in text_of(viewer.get(page))
