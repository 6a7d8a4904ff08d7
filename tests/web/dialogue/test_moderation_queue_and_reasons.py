"""Moderation: pending and reported text answers and proposals wait in the queue; a
decision needs a reason, is kept in the history and handles the reports."""

from styra.web.dialogue.models import Answer, ModerationEntry, Report, Visibility
from tests.web.pages import field_error_shown, text_of

from .staff_helpers import answered, open_dialogue, url  # noqa: F401


def test_the_queue_holds_pending_and_reported_things(client_for, editor_a, answered):  # noqa: F811
    shown = Answer.objects.filter(question__kind="single").first()
    Report.objects.create(answer=shown, reason="Reklam")  # a choice is not moderated
    text = text_of(client_for(editor_a).get(url("dialogue-moderation", answered.pk)))
    assert "Fler cykelbanor" in text and "Laddstolpar" in text
    assert "Reklam" not in text


def test_hiding_needs_a_reason_and_is_kept(client_for, editor_a, answered):  # noqa: F811
    answer = Answer.objects.get(visibility=Visibility.PENDING)
    report = Report.objects.create(answer=answer, reason="Kränkande")
    client = client_for(editor_a)
    path = url("dialogue-answer-moderate", answer.pk)
    response = client.post(path, {"visibility": "hidden", "reason": "  "})
    field_error_shown(response, "reason", "Detta fält måste fyllas i.")
    assert not ModerationEntry.objects.exists()
    response = client.post(path, {"visibility": "hidden", "reason": "Personangrepp"})
    assert response.status_code == 302
    answer.refresh_from_db()
    report.refresh_from_db()
    assert answer.visibility == Visibility.HIDDEN and report.handled_at is not None
    entry = ModerationEntry.objects.get()
    assert (entry.answer, entry.visibility, entry.reason) == (answer, "hidden", "Personangrepp")
    assert entry.moderator == editor_a
    queue = text_of(client.get(url("dialogue-moderation", answered.pk)))
    assert "Fler cykelbanor" not in queue
    history = text_of(client.get(url("dialogue-moderation-history", answered.pk)))
    assert "Personangrepp" in history and "Erik Ek" in history


def test_showing_a_proposal_and_replying_to_it(client_for, editor_a, answered):  # noqa: F811
    proposal = answered.questions.get(kind="proposals").proposals.get()
    client = client_for(editor_a)
    response = client.post(
        url("dialogue-proposal-moderate", proposal.pk),
        {"visibility": "shown", "reason": "Följer reglerna"},
    )
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.visibility == Visibility.SHOWN
    response = client.post(url("dialogue-proposal-reply", proposal.pk), {"reply": ""})
    field_error_shown(response, "reply", "Detta fält måste fyllas i.")
    client.post(url("dialogue-proposal-reply", proposal.pk), {"reply": "Vi bygger tio."})
    proposal.refresh_from_db()
    assert proposal.reply == "Vi bygger tio." and proposal.replied_by == editor_a
    listing = text_of(client.get(url("dialogue-proposals", answered.pk)))
    assert "Laddstolpar" in listing and "Vi bygger tio." in listing
