"""An editor opens a round and invites a partner from the samverkan register; the
partner, without an account, opens the personal link from the e-mail and comments;
the editors are told, the editor replies and the partner is told of the reply."""

from django.core import mail
from django.urls import reverse

from styra.web.consultation.models import Comment, Invitee, Round
from tests.web.pages import text_of

from .conftest import make_actor, token_in


def test_an_invited_partner_comments_through_the_link(org_a, editor_a, admin_a, client_for):
    partner = make_actor(org_a, contact="Lisa Lind, 08-123 456")  # no address in the register
    editor = client_for(editor_a)
    response = editor.post(
        reverse("consultation-create", args=["0180"]),
        {
            "title": "Remiss: handlingsplanen",
            "section": "handlingsplan",
            "goal": "",
            "question": "Vad saknas i planen?",
            "deadline": "2099-06-30",
        },
    )
    round_ = Round.objects.get(title="Remiss: handlingsplanen")
    assert response.status_code == 302 and round_.opened_by == editor_a
    invite_url = reverse("consultation-invite", args=["0180", round_.pk])
    mail.outbox.clear()
    response = editor.post(
        invite_url,
        {
            "send": "actors",
            f"actors-actor_{partner.pk}": "on",
            f"actors-email_{partner.pk}": "lisa@lst.example.se",
        },
    )
    assert response.status_code == 302
    (invitation,) = mail.outbox
    assert invitation.to == ["lisa@lst.example.se"]
    assert "Vad saknas i planen?" in invitation.body
    token = token_in(invitation)
    invitee = Invitee.objects.get(round=round_)
    assert token not in invitee.token_hash and len(invitee.token_hash) == 64  # only its hash

    partner_client = client_for(None)
    response = partner_client.get(f"/remiss/{token}/", follow=True)
    assert response.status_code == 200
    assert token not in response.redirect_chain[-1][0]  # the token leaves the address bar
    assert "Du svarar för Länsstyrelsen" in text_of(response)
    page = reverse("consultation-invitee-round", args=[round_.pk])
    mail.outbox.clear()
    response = partner_client.post(
        page, {"name": "Lisa Lind", "goal": "13", "text": "Klimatanpassningen saknas."}
    )
    assert response.status_code == 302
    comment = Comment.objects.get(round=round_)
    assert (comment.author_invitee, comment.author_name, comment.author_organisation) == (
        invitee,
        "Lisa Lind",
        "Länsstyrelsen",
    )
    assert comment.goal == 13 and comment.author_user is None
    told = sorted(address for message in mail.outbox for address in message.to)
    assert told == sorted([editor_a.email, admin_a.email])  # the editors
    assert "Klimatanpassningen saknas." in text_of(partner_client.get(page))

    mail.outbox.clear()
    response = editor.post(
        reverse("consultation-round-comment", args=["0180", round_.pk]),
        {"text": "Tack, vi lägger till det.", "reply_to": comment.pk},
    )
    assert response.status_code == 302
    reply = Comment.objects.get(reply_to=comment)
    assert reply.goal == 13  # the reply stays in the comment's thread
    to_partner = [m for m in mail.outbox if m.to == ["lisa@lst.example.se"]]
    assert len(to_partner) == 1 and "Svar på din kommentar" in to_partner[0].subject
    assert page in to_partner[0].body and token not in to_partner[0].body
