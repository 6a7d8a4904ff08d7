"""Two editors create own indicators with the same code at the same moment: the
second gets the code field's error (400), never a server error."""

from django.urls import reverse

from styra.web.indicators.forms import OwnIndicatorForm
from styra.web.indicators.models import OwnIndicator
from tests.web.concurrent_edits import clash_after_checks

NEW = {"code": "E2", "title": "Gröna tak", "unit": "st", "polarity": "1", "goal": "11"}
TAKEN = ["Koden E2 används redan av ett annat eget nyckeltal."]


def create(client):
    return client.post(reverse("indicators-own-create", args=["0180"]), NEW)


def test_a_code_in_use_is_a_field_error(client_for, editor_a, org_a):
    OwnIndicator.objects.create(organisation=org_a, code="e2", title="Solceller", goal=7)
    response = create(client_for(editor_a))
    assert response.status_code == 400
    assert response.context["form"].errors["code"] == TAKEN


def test_a_code_taken_during_the_save_is_a_field_error(client_for, editor_a, org_a, monkeypatch):
    clash_after_checks(
        monkeypatch,
        OwnIndicatorForm,
        lambda: OwnIndicator.objects.create(organisation=org_a, code="E2", title="Sol", goal=7),
    )
    response = create(client_for(editor_a))
    assert response.status_code == 400
    assert response.context["form"].errors["code"] == TAKEN
    assert list(OwnIndicator.objects.values_list("title", flat=True)) == ["Sol"]
