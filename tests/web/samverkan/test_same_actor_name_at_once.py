"""Two editors add the same actor at the same moment: the second gets the name
field's error (400), never a server error."""

from styra.web.samverkan.forms import ActorForm
from styra.web.samverkan.models import Actor
from tests.web.concurrent_edits import clash_after_checks

from .conftest import url

NEW = {"name": "Miljönämnden", "category": "namnd", "contact": "", "notes": ""}
TAKEN = ["Det finns redan en aktör som heter Miljönämnden. Välj ett annat namn."]


def test_a_name_in_use_is_a_field_error(client_for, editor_a, org_a):
    Actor.objects.create(organisation=org_a, name="MILJÖNÄMNDEN", category="namnd")
    response = client_for(editor_a).post(url("samverkan-actor-create"), NEW)
    assert response.status_code == 400
    assert response.context["form"].errors["name"] == TAKEN


def test_a_name_taken_during_the_save_is_a_field_error(client_for, editor_a, org_a, monkeypatch):
    clash_after_checks(
        monkeypatch,
        ActorForm,
        lambda: Actor.objects.create(organisation=org_a, name="Miljönämnden", category="namnd"),
    )
    response = client_for(editor_a).post(url("samverkan-actor-create"), NEW)
    assert response.status_code == 400
    assert response.context["form"].errors["name"] == TAKEN
    assert Actor.objects.filter(organisation=org_a).count() == 1
