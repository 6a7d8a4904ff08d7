"""Kollegial granskning: Stockholm (A) asks a named peer in Göteborg (B), a member of the
same network, to review its handlingsplan. The peer gets an e-mail, reads the plan on the
review page, comments; A's editor is told and sees it. A peer who was not invited, a
user of another network and an anonymous visitor cannot."""

import datetime as dt

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from styra.web.accounts.models import Role
from styra.web.actionplan.models import Action
from styra.web.consultation import services
from styra.web.consultation.models import Comment, Invitee, Kind, Round
from styra.web.organisations.models import Network, Organisation
from tests.web.factories import make_member


@pytest.fixture
def network(org_a, org_b):
    network = Network.objects.create(name="Agenda 2030-nätverket")
    network.members.add(org_a, org_b)
    return network


@pytest.fixture
def peer_b(org_b):
    return make_member("greta_gbg", org_b, Role.VIEWER, first_name="Greta", last_name="Grön")


@pytest.fixture
def review(org_a, editor_a, network):
    Action.objects.create(organisation=org_a, level="strategy", code="S1", title="Fler når målen")
    return Round.objects.create(
        organisation=org_a,
        kind=Kind.PEER_REVIEW,
        network=network,
        title="Granska vår plan",
        section="handlingsplan",
        question="Räcker åtgärderna?",
        deadline=timezone.localdate() + dt.timedelta(days=10),
        opened_by=editor_a,
    )


def review_url(round_) -> str:
    return reverse("consultation-review", args=[round_.network_id, round_.pk])


def test_an_editor_opens_a_review_in_a_network(client_for, editor_a, org_a, network):
    response = client_for(editor_a).post(
        reverse("consultation-review-create", args=[org_a.pk]),
        {
            "title": "Granska analysen",
            "network": network.pk,
            "section": "nulage",
            "goal": "",
            "question": "Ser ni något vi missat?",
            "deadline": (timezone.localdate() + dt.timedelta(days=5)).isoformat(),
        },
    )
    round_ = Round.objects.get(title="Granska analysen")
    assert (round_.kind, round_.network) == (Kind.PEER_REVIEW, network)
    assert response["Location"] == reverse("consultation-peers", args=[org_a.pk, round_.pk])


def test_a_review_is_only_in_the_organisations_own_networks(client_for, editor_a, org_a):
    elsewhere = Network.objects.create(name="Annat")
    elsewhere.members.add(Organisation.objects.create(kolada_id="1280", name="Malmö", type="K"))
    response = client_for(editor_a).post(
        reverse("consultation-review-create", args=[org_a.pk]),
        {
            "title": "X",
            "network": elsewhere.pk,
            "section": "nulage",
            "question": "?",
            "deadline": timezone.localdate().isoformat(),
        },
    )
    assert response.status_code == 400 and not Round.objects.exists()


def test_peers_are_the_users_of_the_other_members(
    client_for, editor_a, editor_b, peer_b, org_a, review
):
    url = reverse("consultation-peers", args=[org_a.pk, review.pk])
    page = client_for(editor_a).get(url).content.decode()
    assert "Greta Grön (greta_gbg@example.se), Göteborg" in page
    assert "Bo Berg (" in page and "erik_redaktor@example.se" not in page  # not A's own
    found = client_for(editor_a).get(url, {"sok": "greta"}).content.decode()
    assert "Greta Grön" in found and "Bo Berg" not in found


def test_request_email_comment_and_the_owner_sees_it(
    client_for, editor_a, peer_b, org_a, org_b, review
):
    mail.outbox.clear()
    client_for(editor_a).post(
        reverse("consultation-peers", args=[org_a.pk, review.pk]), {"peers": [peer_b.pk]}
    )
    invitee = Invitee.objects.get(round=review, user=peer_b)
    assert invitee.organisation_name == "Göteborg"
    (invitation,) = mail.outbox
    assert invitation.to == ["greta_gbg@example.se"]
    assert "Kollegial granskning från Stockholm" in invitation.subject
    assert review_url(review) in invitation.body

    peer = client_for(peer_b)
    page = peer.get(review_url(review)).content.decode()
    assert "Fler når målen" in page  # the plan under review, read-only
    mail.outbox.clear()
    response = peer.post(review_url(review), {"goal": "", "text": "Saknar budget för S1."})
    assert response.status_code == 302
    comment = Comment.objects.get(round=review)
    assert (comment.author_user, comment.author_organisation) == (peer_b, "Göteborg")
    assert "erik_redaktor@example.se" in [m.to[0] for m in mail.outbox]  # A's editor is told

    owner_page = client_for(editor_a).get(reverse("consultation-round", args=[org_a.pk, review.pk]))
    assert "Saknar budget för S1." in owner_page.content.decode()
    assert "Göteborg" in owner_page.content.decode()


def test_the_owner_mentions_the_peer_who_is_sent_to_the_review_page(
    editor_a, peer_b, org_b, review
):
    services.invite_member(review, peer_b, editor_a, org_b)
    mail.outbox.clear()
    services.add_comment(review, services.Author(user=editor_a), "@Greta Grön vad tycker du?", None)
    (message,) = [m for m in mail.outbox if m.to == ["greta_gbg@example.se"]]
    assert review_url(review) in message.body


def test_a_peer_who_was_not_invited_cannot(client_for, editor_a, editor_b, peer_b, org_b, review):
    services.invite_member(review, peer_b, editor_a, org_b)
    assert client_for(editor_b).get(review_url(review)).status_code == 403
    response = client_for(editor_b).post(review_url(review), {"text": "Hej"})
    assert response.status_code == 403 and not Comment.objects.exists()


def test_a_revoked_peer_cannot(client_for, editor_a, peer_b, org_b, review):
    invitee = services.invite_member(review, peer_b, editor_a, org_b)
    services.revoke(invitee)
    assert client_for(peer_b).get(review_url(review)).status_code == 403


def test_a_peer_whose_organisation_left_the_network_cannot(
    client_for, editor_a, peer_b, org_b, review, network
):
    services.invite_member(review, peer_b, editor_a, org_b)
    network.members.remove(org_b)
    assert client_for(peer_b).get(review_url(review)).status_code == 403


def test_a_peer_does_not_see_the_organisations_own_pages(
    client_for, editor_a, peer_b, org_a, org_b, review
):
    services.invite_member(review, peer_b, editor_a, org_b)
    peer = client_for(peer_b)
    assert peer.get(reverse("consultation-round", args=[org_a.pk, review.pk])).status_code == 403
    assert peer.get(reverse("actionplan-plan", args=[org_a.pk])).status_code == 403


def test_the_review_page_of_another_network_is_not_found(client_for, peer_b, review):
    other = Network.objects.create(name="Annat")
    url = reverse("consultation-review", args=[other.pk, review.pk])
    assert client_for(peer_b).get(url).status_code == 404


def test_a_member_of_the_owner_is_sent_to_its_own_page(client_for, viewer_a, org_a, review):
    response = client_for(viewer_a).get(review_url(review))
    assert response["Location"] == reverse("consultation-round", args=[org_a.pk, review.pk])


def test_anonymous_visitors_log_in_first(client_for, review):
    assert client_for(None).get(review_url(review)).status_code == 302


def test_only_editors_invite_peers(client_for, viewer_a, editor_b, org_a, review):
    url = reverse("consultation-peers", args=[org_a.pk, review.pk])
    assert client_for(viewer_a).get(url).status_code == 403
    assert client_for(editor_b).get(url).status_code == 403


def test_a_closed_review_takes_no_comments(client_for, editor_a, peer_b, org_b, review):
    services.invite_member(review, peer_b, editor_a, org_b)
    services.close(review, editor_a)
    peer = client_for(peer_b)
    assert "Granskningen är stängd" in peer.get(review_url(review)).content.decode()
    assert peer.post(review_url(review), {"text": "Sent"}).status_code == 403


def test_revoking_a_peer_goes_back_to_the_peers_page(
    client_for, editor_a, peer_b, org_a, org_b, review
):
    invitee = services.invite_member(review, peer_b, editor_a, org_b)
    url = reverse("consultation-invitee-revoke", args=[org_a.pk, invitee.pk])
    response = client_for(editor_a).post(url)
    assert response["Location"] == reverse("consultation-peers", args=[org_a.pk, review.pk])
    assert Invitee.objects.get(pk=invitee.pk).revoked_at is not None


def test_changing_a_review_keeps_it_to_what_peers_review(client_for, editor_a, org_a, review):
    url = reverse("consultation-edit", args=[org_a.pk, review.pk])
    page = client_for(editor_a).get(url).content.decode()
    assert 'value="handlingsplan"' in page and 'value="prioriteringar"' not in page
