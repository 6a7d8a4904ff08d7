"""@mentions: who a comment names (pure), and that the named are e-mailed once."""

from django.core import mail
from django.urls import reverse

from styra.web.consultation import services
from styra.web.consultation.mentions import find_mentions

PEOPLE = {"Erik Ek": ["erik"], "Erik": ["erik2"], "Länsstyrelsen": ["lst"], "Anna": ["a1", "a2"]}


def test_the_longest_name_that_fits_is_mentioned():
    assert find_mentions("Fråga @Erik Ek och @erik!", PEOPLE) == ["erik", "erik2"]


def test_a_name_inside_a_longer_word_is_no_mention():
    assert find_mentions("@Eriksson och e-post erik@example.se", PEOPLE) == []


def test_each_is_mentioned_once_and_namesakes_both():
    assert find_mentions("@LÄNSSTYRELSEN, @Länsstyrelsen och @Anna", PEOPLE) == ["lst", "a1", "a2"]


def test_the_mentioned_get_an_email(round_a, partner_a, viewer_a, editor_a, invite, client_for):
    invitee, _token = invite(round_a, partner_a)
    mail.outbox.clear()
    text = "@Vera Vik och @Länsstyrelsen: vad säger ni om mål 13?"
    client_for(editor_a).post(
        reverse("consultation-round-comment", args=["0180", round_a.pk]), {"text": text}
    )
    by_address = {m.to[0]: m for m in mail.outbox}
    assert "nämnde dig" in by_address[viewer_a.email].subject
    assert "nämnde dig" in by_address[invitee.email].subject
    assert editor_a.email not in by_address  # never the author
    comment = round_a.comments.get()
    assert list(comment.mentioned_users.all()) == [viewer_a]
    assert list(comment.mentioned_invitees.all()) == [invitee]


def test_a_revoked_invitee_cannot_be_mentioned(round_a, partner_a, editor_a, invite):
    invitee, _token = invite(round_a, partner_a)
    services.revoke(invitee)
    mail.outbox.clear()
    services.add_comment(round_a, services.Author(user=editor_a), "@Länsstyrelsen hej", None)
    assert invitee.email not in [m.to[0] for m in mail.outbox]
