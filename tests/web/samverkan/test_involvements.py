"""Roles per goal and target: add, change, remove; bad input is refused naming the field."""

import pytest

from styra.web.samverkan.models import Involvement
from tests.web.pages import field_error_shown

from .conftest import PARTNER_A, SECRET_A, url


def add(client, actor, **data):
    return client.post(url("samverkan-goal", 13), {"actor": actor.pk, "role": "lead"} | data)


def test_goal_page_lists_the_roles(client_for, viewer_a, lead_a):
    response = client_for(viewer_a).get(url("samverkan-goal", 13))
    text = response.content.decode()
    assert "Mål 13: Bekämpa klimatförändringen" in text
    assert SECRET_A in text and "Hela målet" in text and "Leder" in text and "Klimatplanen" in text
    assert response.context["form"] is None  # a viewer gets no form
    assert 'name="role"' not in text


def test_editor_adds_a_role_for_a_target(client_for, editor_a, partner_a):
    response = add(client_for(editor_a), partner_a, target_id="13-2", role="contribute")
    assert response.status_code == 302
    involvement = Involvement.objects.get(actor=partner_a)
    assert (involvement.goal, involvement.target_id, involvement.role) == (13, "13.2", "contribute")
    page = client_for(editor_a).get(url("samverkan-goal", 13)).content.decode()
    assert PARTNER_A in page and "Delmål 13.2" in page and "Bidrar" in page


def test_the_form_offers_the_goal_targets_and_roles_in_a_fieldset(client_for, editor_a, unit_a):
    text = client_for(editor_a).get(url("samverkan-goal", 13)).content.decode()
    assert '<option value="13.1">13.1' in text and 'value="13.a"' in text
    assert 'value="1.1"' not in text
    assert "<fieldset" in text and "<legend>Roll" in text


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"target_id": "1.1"}, "target_id", "Delmål 1.1 hör till mål 1, inte till mål 13."),
        ({"target_id": "13.9"}, "target_id", "13.9 är inget delmål i Agenda 2030."),
        ({"target_id": "klimat"}, "target_id", "klimat är inget delmål i Agenda 2030."),
        ({"role": "sponsrar"}, "role", "Välj ett giltigt alternativ"),
        ({"role": ""}, "role", "Detta fält måste fyllas i."),
        ({"note": "x" * 301}, "note", "som mest 300 tecken"),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(
    client_for, editor_a, unit_a, data, field, message
):
    response = add(client_for(editor_a), unit_a, **data)
    field_error_shown(response, field, message)
    assert list(response.context["form"].errors) == [field]
    assert not Involvement.objects.exists()


def test_a_second_role_for_the_same_actor_and_target_is_refused(client_for, editor_a, lead_a):
    response = add(client_for(editor_a), lead_a.actor, target_id="", role="inform")
    assert response.status_code == 400
    assert "actor" in response.context["form"].errors
    assert "har redan en roll för mål 13" in response.content.decode()
    assert Involvement.objects.count() == 1
    # ... but the same actor may have a role for one target of the goal
    assert add(client_for(editor_a), lead_a.actor, target_id="13.1").status_code == 302


def test_editor_changes_a_role(client_for, editor_a, lead_a):
    edit = url("samverkan-involvement-edit", lead_a.pk)
    assert "Gäller hela mål 13" in client_for(editor_a).get(edit).content.decode()
    response = client_for(editor_a).post(edit, {"role": "inform", "note": "Bara information"})
    assert response.status_code == 302
    lead_a.refresh_from_db()
    assert (lead_a.role, lead_a.note) == ("inform", "Bara information")
    bad = client_for(editor_a).post(edit, {"role": "styr"})
    assert bad.status_code == 400 and "role" in bad.context["form"].errors


def test_editor_removes_a_role(client_for, editor_a, lead_a):
    response = client_for(editor_a).post(url("samverkan-involvement-delete", lead_a.pk))
    assert response.status_code == 302
    assert response["Location"] == url("samverkan-goal", 13)
    assert not Involvement.objects.exists()


def test_remove_needs_post(client_for, editor_a, lead_a):
    response = client_for(editor_a).get(url("samverkan-involvement-delete", lead_a.pk))
    assert response.status_code == 405
    assert Involvement.objects.exists()


@pytest.mark.parametrize("goal", ["0", "18", "99", "01"])
def test_goals_outside_1_to_17_are_404(client_for, editor_a, goal):
    page = url("samverkan-goal", 1).replace("/mal/1/", f"/mal/{goal}/")
    assert client_for(editor_a).get(page).status_code == 404


def test_goal_page_without_actors_points_to_the_register(client_for, editor_a):
    text = client_for(editor_a).get(url("samverkan-goal", 5)).content.decode()
    assert "Registret har inga aktörer ännu." in text
    assert url("samverkan-actor-create") in text
