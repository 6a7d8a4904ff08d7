"""``styra retention run`` deletes or blanks only what is older than its period: member
invitations, dead consultation links, dialogue free text, login logs, expired sessions
and contact messages; running it again changes nothing."""

import datetime as dt

import pytest
from axes.models import AccessAttempt, AccessLog
from click.testing import CliRunner
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.utils import timezone

from styra.cli.person import retention as retention_cli
from styra.web.accounts.models import Invitation, Role
from styra.web.consultation.models import Comment, Invitee
from styra.web.consultation.models import Round as ConsultationRound
from styra.web.contact.models import ContactMessage
from styra.web.dialogue.models import Answer, Dialogue, Kind, Question, Response
from styra.web.personal import retention
from styra.web.personal.retention import ERASED_TEXT

NOW = dt.datetime(2026, 6, 30, 12, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)


def invitation(organisation, n: int, **times) -> Invitation:
    return Invitation.objects.create(
        organisation=organisation,
        email=f"i{n}@example.se",
        role=Role.VIEWER,
        token_hash=f"{n:064d}",
        **times,
    )


def consultation_round(organisation, editor, deadline: dt.date) -> ConsultationRound:
    return ConsultationRound.objects.create(
        organisation=organisation,
        title=f"Remiss {deadline}",
        section="nulage",
        question="?",
        deadline=deadline,
        opened_by=editor,
    )


def invitee(round_, n: int) -> Invitee:
    return Invitee.objects.create(
        round=round_,
        name=f"Person {n}",
        organisation_name="Enhet",
        email=f"p{n}@example.se",
        token_hash=f"{n:064x}",
    )


def free_text(organisation, editor, closes_at: dt.datetime, text: str) -> Answer:
    dialogue = Dialogue.objects.create(
        organisation=organisation,
        title=f"Dialog {text}",
        created_by=editor,
        opens_at=closes_at - 10 * DAY,
        closes_at=closes_at,
    )
    question = Question.objects.create(dialogue=dialogue, kind=Kind.TEXT, text="Något mer?")
    response = Response.objects.create(dialogue=dialogue, participant=text[:1] * 64, channel="web")
    return Answer.objects.create(response=response, question=question, value=text)


@pytest.fixture
def material(org_a, editor_a, settings):
    settings.STYRA_INVITATION_RETENTION_DAYS = 90
    settings.STYRA_DIALOGUE_TEXT_RETENTION_DAYS = 365
    settings.STYRA_LOGIN_LOG_RETENTION_DAYS = 90
    settings.STYRA_CONTACT_RETENTION_DAYS = 180
    old_round = consultation_round(org_a, editor_a, (NOW - 200 * DAY).date())
    recent_round = consultation_round(org_a, editor_a, (NOW - 50 * DAY).date())
    wrote = invitee(old_round, 2)
    Comment.objects.create(
        round=old_round,
        author_invitee=wrote,
        author_name="Person 2",
        author_organisation="E",
        text="Bra.",
    )
    for when, name in ((NOW - 100 * DAY, "old"), (NOW - 10 * DAY, "new")):
        login = {"username": f"{name}@example.se", "ip_address": "10.0.0.1"}
        for row in (
            AccessAttempt.objects.create(**login, failures_since_start=1),
            AccessLog.objects.create(**login),
        ):
            type(row).objects.filter(pk=row.pk).update(attempt_time=when)
    old_message = ContactMessage.objects.create(
        organisation=org_a, name="V", email="v@example.org", subject="S", message="M"
    )
    ContactMessage.objects.filter(pk=old_message.pk).update(created_at=NOW - 200 * DAY)
    ContactMessage.objects.create(
        organisation=org_a, name="N", email="n@example.org", subject="S", message="M"
    )
    expired_session = SessionStore()
    expired_session.create()
    Session.objects.filter(pk=expired_session.session_key).update(expire_date=NOW - DAY)
    live_session = SessionStore()
    live_session.create()
    Session.objects.filter(pk=live_session.session_key).update(expire_date=NOW + DAY)
    return {
        "accepted_long_ago": invitation(org_a, 1, accepted_at=NOW - 100 * DAY),
        "accepted_lately": invitation(org_a, 2, accepted_at=NOW - 10 * DAY),
        "expired_long_ago": invitation(org_a, 3, expires_at=NOW - 91 * DAY),
        "expired_lately": invitation(org_a, 4, expires_at=NOW - 89 * DAY),
        "open": invitation(org_a, 5, expires_at=NOW + 5 * DAY),
        "silent_old": invitee(old_round, 1),
        "wrote_old": wrote,
        "recent": invitee(recent_round, 3),
        "old_text": free_text(org_a, editor_a, NOW - 400 * DAY, "Gamla tankar"),
        "new_text": free_text(org_a, editor_a, NOW - 300 * DAY, "Nya tankar"),
        "live_session": live_session.session_key,
    }


def test_only_expired_rows_go(material):
    changed = retention.run(NOW)
    assert changed == {
        "contact": 1,
        "invitations": 2,
        "consultation_links": 2,  # one deleted, one stripped of e-mail and link
        "dialogue_text": 1,
        "login_log": 2,
        "sessions": 1,
    }
    left = set(Invitation.objects.values_list("email", flat=True))
    assert left == {"i2@example.se", "i4@example.se", "i5@example.se"}
    assert not Invitee.objects.filter(pk=material["silent_old"].pk).exists()
    wrote = Invitee.objects.get(pk=material["wrote_old"].pk)
    assert wrote.token_hash == "" and wrote.email.endswith("@example.invalid")
    assert Comment.objects.get(author_invitee=wrote).text == "Bra."
    recent = Invitee.objects.get(pk=material["recent"].pk)
    assert recent.email == "p3@example.se" and recent.token_hash
    assert Answer.objects.get(pk=material["old_text"].pk).value == ERASED_TEXT
    assert Answer.objects.get(pk=material["new_text"].pk).value == "Nya tankar"
    assert Answer.objects.count() == 2  # the count of answers stays
    assert set(AccessAttempt.objects.values_list("username", flat=True)) == {"new@example.se"}
    assert list(Session.objects.values_list("pk", flat=True)) == [material["live_session"]]
    assert ContactMessage.objects.get().name == "N"
    assert set(retention.run(NOW).values()) == {0}  # safe to run daily


def test_the_periods_are_the_settings(material, settings):
    settings.STYRA_DIALOGUE_TEXT_RETENTION_DAYS = 200
    settings.STYRA_INVITATION_RETENTION_DAYS = 5
    changed = retention.run(NOW)
    assert changed["dialogue_text"] == 2
    assert changed["invitations"] == 4  # also accepted 10 days ago and expired 89 days ago


def test_the_cli_command(material, monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: NOW)
    result = CliRunner().invoke(retention_cli, ["run"])
    assert result.exit_code == 0, result.output
    assert "dialogue_text: 1" in result.output and "invitations: 2" in result.output
