"""Who may do what with a remissrunda: members read and comment, editors run the round,
editor of B nothing of A's; an invitee sees their own round through the link only, and
an expired or revoked link lets nobody in."""

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
from django.utils import timezone

from styra.web.consultation import services
from styra.web.consultation.models import Comment, Round

from .conftest import make_actor, make_round

PERMS = {
    # permission: (admin_a, editor_a, contributor_a, viewer_a, editor_b) on organisation A
    "consultation.view_rounds": (True, True, True, True, False),
    "consultation.comment": (True, True, True, True, False),
    "consultation.manage_rounds": (True, True, False, False, False),
}


@pytest.mark.parametrize("perm", PERMS)
def test_the_rules_on_organisation_a(
    perm, org_a, admin_a, editor_a, contributor_a, viewer_a, editor_b
):
    users = (admin_a, editor_a, contributor_a, viewer_a, editor_b)
    assert tuple(user.has_perm(perm, org_a) for user in users) == PERMS[perm]
    assert not AnonymousUser().has_perm(perm, org_a)


def staff_pages(round_) -> dict[str, str]:
    args = [round_.organisation_id, round_.pk]
    return {
        "read": reverse("consultation-round", args=args),
        "list": reverse("consultation-list", args=args[:1]),
        "summary": reverse("consultation-summary", args=args),
        "word": reverse("consultation-summary-file", args=args),
        "invite": reverse("consultation-invite", args=args),
        "edit": reverse("consultation-edit", args=args),
        "create": reverse("consultation-create", args=args[:1]),
    }


# (user, pages answering 200); every other page of the list answers 403
SEES = {
    "viewer_a": {"read", "list", "summary", "word"},
    "contributor_a": {"read", "list", "summary", "word"},
    "editor_a": {"read", "list", "summary", "word", "invite", "edit", "create"},
    "admin_a": {"read", "list", "summary", "word", "invite", "edit", "create"},
    "editor_b": set(),
}


@pytest.mark.parametrize("who", SEES)
def test_each_user_gets_the_staff_pages_of_their_role(who, request, round_a, client_for):
    client = client_for(request.getfixturevalue(who))
    got = {name: client.get(url).status_code for name, url in staff_pages(round_a).items()}
    assert got == {name: 200 if name in SEES[who] else 403 for name in got}


def test_anonymous_is_sent_to_log_in(round_a, client_for):
    client = client_for(None)
    for url in staff_pages(round_a).values():
        response = client.get(url)
        assert response.status_code == 302 and "/konto/logga-in/" in response["Location"]


def test_a_viewer_comments_but_cannot_set_a_status_or_close(round_a, viewer_a, client_for):
    client = client_for(viewer_a)
    args = [round_a.organisation_id, round_a.pk]
    response = client.post(reverse("consultation-round-comment", args=args), {"text": "Bra."})
    assert response.status_code == 302
    comment = Comment.objects.get(round=round_a)
    status_url = reverse("consultation-comment-status", args=[args[0], comment.pk])
    assert client.post(status_url, {"status": "done"}).status_code == 403
    assert client.post(reverse("consultation-close", args=args)).status_code == 403
    comment.refresh_from_db()
    round_a.refresh_from_db()
    assert comment.status == "open" and round_a.closed_at is None


def test_editor_of_b_reaches_nothing_of_a(round_a, viewer_a, editor_b, client_for):
    comment = services.add_comment(round_a, services.Author(user=viewer_a), "Hej", None)
    client = client_for(editor_b)
    args = [round_a.organisation_id, round_a.pk]
    posts = [
        reverse("consultation-round-comment", args=args),
        reverse("consultation-close", args=args),
        reverse("consultation-comment-status", args=[args[0], comment.pk]),
    ]
    assert [client.post(url, {"text": "x", "status": "done"}).status_code for url in posts] == [
        403
    ] * 3
    # A's round under B's address: not there
    url = reverse("consultation-round", args=["1480", round_a.pk])
    assert client.get(url).status_code == 404


def test_an_editor_may_not_close_another_organisations_round_through_their_own(
    round_a, org_b, editor_b, client_for
):
    url = reverse("consultation-close", args=[org_b.pk, round_a.pk])
    assert client_for(editor_b).post(url).status_code == 404
    assert Round.objects.get(pk=round_a.pk).closed_at is None


def invitee_page(round_) -> str:
    return reverse("consultation-invitee-round", args=[round_.pk])


def test_the_invitee_sees_their_round_and_no_other(
    round_a, partner_a, org_a, editor_a, org_b, editor_b, invite, partner_client
):
    other_a = make_round(org_a, editor_a, title="En annan runda")
    round_b = make_round(org_b, editor_b, title="Göteborgs runda")
    _invitee, token = invite(round_a, partner_a)
    client = partner_client(token)
    page = client.get(invitee_page(round_a))
    assert page.status_code == 200 and "Stämmer bilden av utmaningarna?" in page.text
    assert client.get(invitee_page(other_a)).status_code == 403
    assert client.get(invitee_page(round_b)).status_code == 403
    for url in staff_pages(round_a).values():  # no member's page either
        assert client.get(url).status_code == 302


def test_an_invitee_of_another_round_is_refused_with_their_cookie(
    round_a, partner_a, org_a, editor_a, invite, partner_client
):
    other = make_round(org_a, editor_a, title="En annan runda")
    _invitee, token = invite(other, make_actor(org_a, "Regionen", "region@example.se"))
    client = partner_client(token)
    # the cookie is bound to the other round's path and signature: copy it to this round's
    cookie = client.cookies["styra_remiss"]
    client.cookies["styra_remiss"] = cookie.value
    client.cookies["styra_remiss"]["path"] = invitee_page(round_a)
    assert client.get(invitee_page(round_a)).status_code == 403
    assert client.post(invitee_page(round_a), {"name": "X", "text": "Y"}).status_code == 403
    assert not Comment.objects.filter(round=round_a).exists()


def test_a_revoked_link_lets_nobody_in(round_a, partner_a, invite, partner_client, client_for):
    invitee, token = invite(round_a, partner_a)
    client = partner_client(token)
    services.revoke(invitee)
    assert client.get(invitee_page(round_a)).status_code == 403
    assert client_for(None).get(f"/remiss/{token}/").status_code == 404


def test_an_expired_link_lets_nobody_in(round_a, partner_a, invite, partner_client, client_for):
    _invitee, token = invite(round_a, partner_a)
    client = partner_client(token)
    # the deadline long past: beyond the grace period the link is dead
    Round.objects.filter(pk=round_a.pk).update(
        deadline=timezone.localdate() - dt.timedelta(days=30)
    )
    assert client.get(invitee_page(round_a)).status_code == 403
    assert client_for(None).get(f"/remiss/{token}/").status_code == 404


def test_after_the_deadline_the_invitee_reads_but_cannot_write(
    round_a, partner_a, invite, partner_client
):
    _invitee, token = invite(round_a, partner_a)
    client = partner_client(token)
    Round.objects.filter(pk=round_a.pk).update(deadline=timezone.localdate() - dt.timedelta(days=1))
    assert client.get(invitee_page(round_a)).status_code == 200
    assert client.post(invitee_page(round_a), {"name": "L", "text": "Sent"}).status_code == 403


def test_a_new_link_ends_the_old_one(round_a, partner_a, invite, partner_client, client_for):
    _invitee, first = invite(round_a, partner_a)
    client = partner_client(first)
    _invitee, second = invite(round_a, partner_a)
    assert client.get(invitee_page(round_a)).status_code == 403
    assert client_for(None).get(f"/remiss/{first}/").status_code == 404
    assert partner_client(second).get(invitee_page(round_a)).status_code == 200


def test_a_member_following_the_invitee_page_is_sent_to_their_own(round_a, viewer_a, client_for):
    response = client_for(viewer_a).get(invitee_page(round_a))
    assert response.status_code == 302
    assert response["Location"] == reverse("consultation-round", args=["0180", round_a.pk])
