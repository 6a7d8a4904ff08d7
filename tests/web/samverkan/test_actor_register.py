"""The actor register: grouped list, create, edit, delete with confirmation, and bad input."""

import pytest

from styra.web.samverkan.models import Actor, Involvement
from tests.web.pages import field_error_shown

from .conftest import PARTNER_A, SECRET_A, url

NEW = {"name": "Miljö- och hälsoskyddsnämnden", "category": "namnd", "contact": "", "notes": ""}


def test_list_groups_internal_and_external_actors(client_for, viewer_a, lead_a, partner_a):
    response = client_for(viewer_a).get(url("samverkan-actors"))
    assert response.status_code == 200
    text = response.content.decode()
    internal, external = text.split("Utanför organisationen", 1)
    assert SECRET_A in internal and PARTNER_A not in internal
    assert PARTNER_A in external and SECRET_A not in external
    assert "Mål 13</a>: leder" in internal
    assert url("samverkan-actor-edit", lead_a.actor.pk) not in text  # a viewer edits nothing


def test_editor_creates_an_actor_and_its_kind_follows_the_category(client_for, editor_a):
    response = client_for(editor_a).post(url("samverkan-actor-create"), NEW)
    assert response.status_code == 302
    actor = Actor.objects.get(organisation="0180", name=NEW["name"])
    assert (actor.kind, actor.category) == ("internal", "namnd")
    response = client_for(editor_a).post(
        url("samverkan-actor-create"), NEW | {"name": "KTH", "category": "akademi"}
    )
    assert Actor.objects.get(name="KTH").kind == "external"


def test_editor_renames_an_actor(client_for, editor_a, unit_a):
    data = {"name": "  Klimat-   och miljöförvaltningen ", "category": "bolag"}
    response = client_for(editor_a).post(url("samverkan-actor-edit", unit_a.pk), data)
    assert response.status_code == 302
    unit_a.refresh_from_db()
    assert (unit_a.name, unit_a.category) == ("Klimat- och miljöförvaltningen", "bolag")


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"name": SECRET_A.upper()}, "name", "Det finns redan en aktör som heter"),
        ({"name": ""}, "name", "Detta fält måste fyllas i."),
        ({"category": "kungahuset"}, "category", "Välj ett giltigt alternativ"),
        ({"category": ""}, "category", "Detta fält måste fyllas i."),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(
    client_for, editor_a, unit_a, change, field, message
):
    response = client_for(editor_a).post(url("samverkan-actor-create"), NEW | change)
    field_error_shown(response, field, message)
    assert list(response.context["form"].errors) == [field]
    assert Actor.objects.filter(organisation="0180").count() == 1


def test_the_same_name_is_fine_in_another_organisation(client_for, editor_b, unit_a):
    data = NEW | {"name": SECRET_A}
    assert client_for(editor_b).post(url("samverkan-actor-create", kolada_id="1480"), data)
    assert Actor.objects.filter(name=SECRET_A).count() == 2


def test_delete_asks_first_then_removes_the_actor_and_its_roles(client_for, editor_a, lead_a):
    client = client_for(editor_a)
    delete = url("samverkan-actor-delete", lead_a.actor.pk)
    page = client.get(delete)
    assert page.status_code == 200
    assert "och aktörens 1 roll i målen tas bort" in page.content.decode()
    assert Actor.objects.filter(pk=lead_a.actor.pk).exists()
    response = client.post(delete)
    assert response.status_code == 302
    assert not Actor.objects.filter(pk=lead_a.actor.pk).exists()
    assert not Involvement.objects.exists()


def test_the_database_also_refuses_a_name_twice_in_any_case(org_a):
    from django.db import IntegrityError, transaction

    Actor.objects.create(organisation=org_a, name="KTH", category="akademi")
    with pytest.raises(IntegrityError), transaction.atomic():
        Actor.objects.create(organisation=org_a, name="kth", category="akademi")
