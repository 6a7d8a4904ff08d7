"""Every commitments view with editor of A (allowed), viewer of A (reads only)
and editor of B (refused, and nothing of A's in the answer)."""

import datetime

import pytest
from django.urls import reverse

from styra.web.organisations.models import BodyMember, ContactPerson, LeadershipDecision

SECRET_NAME = "Karin Hemligsson"
SECRET_EMAIL = "karin.hemligsson@stockholm.se"
SECRET_REFERENCE = "KS 2024/777"


@pytest.fixture
def commitments_a(org_a):
    ContactPerson.objects.create(organisation=org_a, name=SECRET_NAME, email=SECRET_EMAIL)
    LeadershipDecision.objects.create(
        organisation=org_a, decided_on=datetime.date(2024, 3, 1), reference=SECRET_REFERENCE
    )
    member = BodyMember.objects.create(
        organisation=org_a, body=BodyMember.Body.STEERING_GROUP, name="Sara Styr", title="KD"
    )
    return member


def assert_nothing_of_a(response):
    text = response.content.decode()
    for secret in (SECRET_NAME, SECRET_EMAIL, SECRET_REFERENCE, "Sara Styr"):
        assert secret not in text


def test_overview_shows_checklist_and_details_to_members(
    client_for, editor_a, viewer_a, commitments_a
):
    for user in (editor_a, viewer_a):
        response = client_for(user).get(reverse("organisations-detail", args=["0180"]))
        assert response.status_code == 200
        text = response.content.decode()
        assert "3 av 4 åtaganden på plats" in text
        assert SECRET_NAME in text and SECRET_REFERENCE in text and "Sara Styr" in text


def test_overview_edit_links_only_for_editors(client_for, editor_a, viewer_a, commitments_a):
    edit_url = reverse("organisations-contact-edit", args=["0180"])
    assert edit_url in client_for(editor_a).get("/omraden/0180/organisation/").content.decode()
    assert edit_url not in client_for(viewer_a).get("/omraden/0180/organisation/").content.decode()


def test_overview_of_a_is_refused_to_editor_of_b(client_for, editor_b, commitments_a):
    response = client_for(editor_b).get(reverse("organisations-detail", args=["0180"]))
    assert response.status_code == 403
    assert_nothing_of_a(response)


def test_overview_needs_login(client_for, org_a):
    response = client_for(None).get(reverse("organisations-detail", args=["0180"]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts-login"))


def test_unknown_organisation_is_404(client_for, editor_a):
    assert client_for(editor_a).get("/omraden/9999/organisation/").status_code == 404


CONTACT = {"name": "Kim Kontakt", "email": "kim@stockholm.se", "phone": "08-123 45"}
DECISION = {"decided_on": "2024-05-02", "body": "Kommunstyrelsen", "reference": "KS 2024/1"}


@pytest.mark.parametrize(
    "view, data",
    [("organisations-contact-edit", CONTACT), ("organisations-decision-edit", DECISION)],
)
def test_editor_of_a_edits(client_for, editor_a, view, data):
    client = client_for(editor_a)
    url = reverse(view, args=["0180"])
    assert client.get(url).status_code == 200
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()
    page = client.get(reverse("organisations-detail", args=["0180"])).content.decode()
    assert "2 av 4" not in page and "1 av 4 åtaganden på plats" in page


@pytest.mark.parametrize(
    "view, data",
    [("organisations-contact-edit", CONTACT), ("organisations-decision-edit", DECISION)],
)
@pytest.mark.parametrize("who", ["viewer_a", "editor_b"])
def test_others_may_not_edit(request, client_for, commitments_a, view, data, who):
    client = client_for(request.getfixturevalue(who))
    url = reverse(view, args=["0180"])
    for response in (client.get(url), client.post(url, data)):
        assert response.status_code == 403
        assert_nothing_of_a(response)
    assert ContactPerson.objects.get(organisation="0180").name == SECRET_NAME
    assert LeadershipDecision.objects.get(organisation="0180").reference == SECRET_REFERENCE


def test_editor_adds_and_removes_group_members(client_for, editor_a, org_a):
    client = client_for(editor_a)
    url = reverse("organisations-body-member-add", args=["0180", "arbetsgrupp"])
    response = client.post(url, {"arbetsgrupp-name": "Wilma Verk", "arbetsgrupp-title": "strateg"})
    assert response.status_code == 302
    member = BodyMember.objects.get(organisation=org_a)
    assert (member.body, member.name) == (BodyMember.Body.WORKING_GROUP, "Wilma Verk")
    client.post(reverse("organisations-body-member-delete", args=["0180", member.pk]))
    assert not BodyMember.objects.exists()


def test_htmx_add_returns_the_commitments_fragment(client_for, editor_a, org_a):
    url = reverse("organisations-body-member-add", args=["0180", "styrgrupp"])
    response = client_for(editor_a).post(
        url, {"styrgrupp-name": "Sten Styr", "styrgrupp-title": ""}, headers={"HX-Request": "true"}
    )
    text = response.content.decode()
    assert response.status_code == 200
    assert text.startswith('<section id="commitments"') and "<html" not in text
    assert "Sten Styr" in text and "1 av 4 åtaganden på plats" in text


def test_group_member_needs_a_name(client_for, editor_a, org_a):
    url = reverse("organisations-body-member-add", args=["0180", "styrgrupp"])
    response = client_for(editor_a).post(url, {"styrgrupp-name": ""})
    assert response.status_code == 400
    assert not BodyMember.objects.exists()


@pytest.mark.parametrize("who", ["viewer_a", "editor_b"])
def test_others_may_not_change_groups(request, client_for, commitments_a, who):
    client = client_for(request.getfixturevalue(who))
    add = reverse("organisations-body-member-add", args=["0180", "styrgrupp"])
    delete = reverse("organisations-body-member-delete", args=["0180", commitments_a.pk])
    for response in (client.post(add, {"styrgrupp-name": "Inkräktare"}), client.post(delete)):
        assert response.status_code == 403
        assert_nothing_of_a(response)
    assert list(BodyMember.objects.values_list("name", flat=True)) == ["Sara Styr"]


def test_member_of_b_cannot_delete_a_member_of_a_through_b(client_for, editor_b, commitments_a):
    url = reverse("organisations-body-member-delete", args=["1480", commitments_a.pk])
    assert client_for(editor_b).post(url).status_code == 404
    assert BodyMember.objects.count() == 1


def test_group_changes_need_post(client_for, editor_a, org_a):
    url = reverse("organisations-body-member-add", args=["0180", "styrgrupp"])
    assert client_for(editor_a).get(url).status_code == 405


def test_organisation_list_searches(client_for, viewer_a, org_b):
    response = client_for(viewer_a).get(reverse("organisations-list"), {"q": "göte"})
    text = response.content.decode()
    assert '"meta">1480<' in text and '"meta">0180<' not in text
