"""A coordinator invites a kommun, its admins get an e-mail, an admin accepts (a member)
or declines; an editor cannot answer; one open invitation per organisation."""

from django.core import mail
from django.urls import reverse

from styra.web.network import services
from styra.web.network.models import NetworkInvitation, SectionShare
from tests.web.factories import make_member


def invite(client, network, organisation):
    url = reverse("network-invite", args=[network.pk])
    return client.post(url, {"organisation": organisation.pk})


def answer(client, organisation, invitation, reply: str):
    url = reverse("network-org-invitation-answer", args=[organisation.pk, invitation.pk])
    return client.post(url, {"svar": reply})


def test_invite_mail_accept_makes_a_member(
    client_for, coordinator_n, network_n, org_b, editor_b, settings
):
    admin_b = make_member("bea_admin", org_b, "admin")
    settings.STYRA_SITE_URL = "https://styra.example.se"
    assert invite(client_for(coordinator_n), network_n, org_b).status_code == 302
    [email] = mail.outbox
    assert email.to == ["bea_admin@example.se"]  # the admins, not the editor
    assert "Nätverk N" in email.subject
    assert "https://styra.example.se/omraden/1480/natverk/" in email.body
    invitation = NetworkInvitation.objects.get()
    page = client_for(admin_b).get(reverse("network-org-list", args=[org_b.pk]))
    assert "Gå med" in page.content.decode()
    assert answer(client_for(admin_b), org_b, invitation, "ja").status_code == 302
    assert network_n.members.filter(pk=org_b.pk).exists()
    invitation.refresh_from_db()
    assert invitation.accepted is True and invitation.answered_by == admin_b
    detail = client_for(coordinator_n).get(reverse("network-detail", args=[network_n.pk]))
    assert "Göteborg gick med i nätverket." in detail.content.decode()


def test_decline_leaves_the_organisation_outside(client_for, coordinator_n, network_n, org_b):
    admin_b = make_member("bea_admin", org_b, "admin")
    invitation = services.invite(network_n, org_b, coordinator_n)
    assert answer(client_for(admin_b), org_b, invitation, "nej").status_code == 302
    invitation.refresh_from_db()
    assert invitation.accepted is False and not network_n.members.filter(pk=org_b.pk).exists()
    # answered once: a second answer changes nothing
    assert answer(client_for(admin_b), org_b, invitation, "ja").status_code == 302
    assert not network_n.members.filter(pk=org_b.pk).exists()


def test_an_editor_cannot_answer(client_for, coordinator_n, network_n, org_b, editor_b):
    invitation = services.invite(network_n, org_b, coordinator_n)
    assert answer(client_for(editor_b), org_b, invitation, "ja").status_code == 403
    page = client_for(editor_b).get(reverse("network-org-list", args=[org_b.pk])).content
    assert "Gå med" not in page.decode() and "En administratör" in page.decode()
    assert NetworkInvitation.objects.get().is_open


def test_an_answer_other_than_yes_or_no_is_refused(client_for, coordinator_n, network_n, org_b):
    admin_b = make_member("bea_admin", org_b, "admin")
    invitation = services.invite(network_n, org_b, coordinator_n)
    assert answer(client_for(admin_b), org_b, invitation, "kanske").status_code == 400
    assert NetworkInvitation.objects.get().is_open


def test_an_invitation_of_another_organisation_is_a_404(
    client_for, coordinator_n, network_n, org_b, admin_a
):
    invitation = services.invite(network_n, org_b, coordinator_n)
    assert answer(client_for(admin_a), network_n.members.get(), invitation, "ja").status_code == 404


def test_two_coordinators_inviting_at_once_make_one_invitation(
    client_for, coordinator_n, network_n, org_b, platform_admin
):
    services.invite(network_n, org_b, platform_admin)  # the other coordinator was first
    # the form offered B a moment ago: posting it now is refused with a message
    response = invite(client_for(coordinator_n), network_n, org_b)
    assert response.status_code == 400
    assert NetworkInvitation.objects.count() == 1


def test_the_database_keeps_one_open_invitation(coordinator_n, network_n, org_b):
    services.invite(network_n, org_b, coordinator_n)
    try:
        services.invite(network_n, org_b, coordinator_n)
    except services.NetworkError as error:
        assert "redan inbjuden" in str(error)
    else:
        raise AssertionError("a second open invitation was made")
    assert NetworkInvitation.objects.count() == 1


def test_a_member_is_not_invited_again(coordinator_n, network_n, org_a):
    try:
        services.invite(network_n, org_a, coordinator_n)
    except services.NetworkError as error:
        assert "redan medlem" in str(error)
    else:
        raise AssertionError("a member was invited")


def test_an_admin_leaves_and_stops_sharing(client_for, admin_a, viewer_a, network_n, org_a):
    SectionShare.objects.create(organisation=org_a, network=network_n, section="focus")
    url = reverse("network-org-leave", args=[org_a.pk, network_n.pk])
    assert client_for(viewer_a).post(url).status_code == 403
    asked = client_for(admin_a).get(url)
    assert asked.status_code == 200 and "slutar delas direkt" in asked.content.decode()
    assert network_n.members.exists()  # asking changes nothing
    assert client_for(admin_a).post(url).status_code == 302
    assert not network_n.members.exists() and not SectionShare.objects.exists()
