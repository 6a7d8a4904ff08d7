"""Bad input answers 400 with the error at its field, and nothing is saved."""

from django.urls import reverse

from styra.web.consultation.models import Comment, Invitee, Round
from tests.web.pages import field_error_shown

from .conftest import make_actor


def test_a_round_without_a_title_or_with_a_past_deadline(editor_a, client_for):
    url = reverse("consultation-create", args=["0180"])
    data = {"title": "  ", "section": "nulage", "question": "Vad?", "deadline": "2001-01-01"}
    response = client_for(editor_a).post(url, data)
    field_error_shown(response, "title", "Detta fält måste fyllas i.")
    field_error_shown(response, "deadline", "Sista dagen har redan varit")
    assert not Round.objects.exists()


def test_a_round_with_an_unknown_section_or_goal(editor_a, client_for):
    url = reverse("consultation-create", args=["0180"])
    data = {
        "title": "R",
        "section": "budget",
        "goal": "18",
        "question": "?",
        "deadline": "2099-01-01",
    }
    response = client_for(editor_a).post(url, data)
    field_error_shown(response, "section", "Välj ett giltigt alternativ")
    field_error_shown(response, "goal", "Välj ett giltigt alternativ")


def test_an_empty_comment_and_a_reply_to_another_rounds_comment(
    round_a, org_a, editor_a, viewer_a, client_for
):
    other = Round.objects.create(
        organisation=org_a, title="Annan", section="nulage", question="?", deadline=round_a.deadline
    )
    elsewhere = Comment.objects.create(
        round=other, author_name="X", author_organisation="Y", text="Z"
    )
    url = reverse("consultation-round-comment", args=["0180", round_a.pk])
    response = client_for(viewer_a).post(url, {"text": "   ", "goal": "19"})
    field_error_shown(response, "text", "Detta fält måste fyllas i.")
    field_error_shown(response, "goal", "Välj ett giltigt alternativ")
    response = client_for(viewer_a).post(url, {"text": "Hej", "reply_to": elsewhere.pk})
    assert response.status_code == 400
    assert "Kommentaren du svarar på finns inte i den här rundan." in response.text
    assert not Comment.objects.filter(round=round_a).exists()


def test_an_invitee_without_a_name(round_a, partner_a, invite, partner_client):
    _invitee, token = invite(round_a, partner_a)
    page = reverse("consultation-invitee-round", args=[round_a.pk])
    response = partner_client(token).post(page, {"name": "", "text": "Hej"})
    field_error_shown(response, "name", "Detta fält måste fyllas i.")
    response = partner_client(token).post(page, {"name": "Lisa\u202eLind", "text": "Hej"})
    field_error_shown(response, "name", "osynligt tecken")
    assert not Comment.objects.exists()


def test_inviting_a_partner_without_an_address(round_a, org_a, editor_a, client_for):
    actor = make_actor(org_a, contact="")
    url = reverse("consultation-invite", args=["0180", round_a.pk])
    data = {"send": "actors", f"actors-actor_{actor.pk}": "on", f"actors-email_{actor.pk}": ""}
    response = client_for(editor_a).post(url, data)
    field_error_shown(response, f"actors-email_{actor.pk}", "Skriv en e-postadress till")
    data[f"actors-email_{actor.pk}"] = "inte en adress"
    response = client_for(editor_a).post(url, data)
    field_error_shown(response, f"actors-email_{actor.pk}", "Fyll i en giltig e-postadress.")
    response = client_for(editor_a).post(url, {"send": "members"})
    field_error_shown(response, "members-members", "Välj minst en medlem att bjuda in.")
    assert not Invitee.objects.exists()


def test_an_unknown_status(round_a, editor_a, client_for):
    comment = Comment.objects.create(
        round=round_a, author_name="X", author_organisation="Y", text="Z"
    )
    url = reverse("consultation-comment-status", args=["0180", comment.pk])
    response = client_for(editor_a).post(url, {"status": "klar"})
    field_error_shown(response, "status", "Välj ett giltigt alternativ")
    comment.refresh_from_db()
    assert comment.status == "open"
