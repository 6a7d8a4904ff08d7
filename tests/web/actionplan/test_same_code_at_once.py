"""Two editors create actions with the same code at the same moment: the one who
comes second gets the code field's error (400), never a server error."""

from styra.web.actionplan import services
from styra.web.actionplan.forms import ActionForm
from styra.web.actionplan.models import Action

from .conftest import url

NEW = {"level": "strategy", "title": "Energi", "targets": "7.2", "weight": "1", "status": "planned"}


def other_saves_first(monkeypatch, **row):
    """Between the form's checks and its save, another person saves ``row``."""
    is_valid = ActionForm.is_valid

    def valid_then_clash(form):
        valid = is_valid(form)
        if not Action.objects.filter(organisation=row["organisation"], code=row["code"]).exists():
            Action.objects.create(**row)
        return valid

    monkeypatch.setattr(ActionForm, "is_valid", valid_then_clash)


def test_a_code_in_use_is_a_field_error(client_for, editor_a, plan_a):
    response = client_for(editor_a).post(url("actionplan-action-create"), NEW | {"code": "S1"})
    assert response.status_code == 400
    assert response.context["form"].errors["code"] == ["Koden S1 används redan i handlingsplanen."]


def test_a_code_taken_during_the_save_is_a_field_error(
    client_for, editor_a, plan_a, org_a, monkeypatch
):
    other_saves_first(monkeypatch, organisation=org_a, level="strategy", code="S7", title="Vatten")
    response = client_for(editor_a).post(url("actionplan-action-create"), NEW | {"code": "S7"})
    assert response.status_code == 400
    assert response.context["form"].errors["code"] == ["Koden S7 används redan i handlingsplanen."]
    assert list(Action.objects.filter(code="S7").values_list("title", flat=True)) == ["Vatten"]


def test_a_number_taken_during_the_save_gives_the_next(
    client_for, editor_a, plan_a, org_a, monkeypatch
):
    other_saves_first(monkeypatch, organisation=org_a, level="strategy", code="S2", title="Vatten")
    codes_in_use, looked = services.codes_in_use, []

    def before_the_other(organisation):  # the first look is from before the other's save
        looked.append(1)
        return codes_in_use(organisation) - ({"s2"} if len(looked) == 1 else set())

    monkeypatch.setattr(services, "codes_in_use", before_the_other)
    response = client_for(editor_a).post(url("actionplan-action-create"), NEW)
    assert response.status_code == 302
    assert Action.objects.get(title="Energi").code == "S3" and len(looked) == 2
