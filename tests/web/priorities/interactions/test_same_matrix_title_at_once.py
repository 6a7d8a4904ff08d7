"""A matrix's name is unique within its organisation, also in the database: two
people creating "Klimat" at the same moment get one matrix and one field error."""

import pytest
from django.db import IntegrityError, transaction

from styra.web.priorities.interactions.forms import MatrixForm
from styra.web.priorities.interactions.models import Matrix

from .conftest import TEN, url

TAKEN = "Det finns redan en matris som heter Klimat. Välj ett annat namn."


def create(client, title="Klimat"):
    return client.post(url("create"), {"title": title, "description": "", "targets": TEN})


def test_a_name_in_use_is_a_field_error(client_for, editor_a, org_a):
    Matrix.objects.create(organisation=org_a, title="klimat")
    response = create(client_for(editor_a))
    assert response.status_code == 400
    assert response.context["form"].errors["title"] == [TAKEN]


def test_a_name_taken_during_the_save_is_a_field_error(client_for, editor_a, org_a, monkeypatch):
    is_valid = MatrixForm.is_valid

    def valid_then_clash(form):  # another person saves "Klimat" after the checks
        valid = is_valid(form)
        Matrix.objects.get_or_create(organisation=org_a, title="Klimat")
        return valid

    monkeypatch.setattr(MatrixForm, "is_valid", valid_then_clash)
    response = create(client_for(editor_a))
    assert response.status_code == 400
    assert response.context["form"].errors["title"] == [TAKEN]
    assert Matrix.objects.filter(organisation=org_a).count() == 1


def test_the_database_refuses_the_same_name_twice(org_a, org_b):
    Matrix.objects.create(organisation=org_a, title="Klimat")
    Matrix.objects.create(organisation=org_b, title="Klimat")  # another owner: allowed
    with pytest.raises(IntegrityError), transaction.atomic():
        Matrix.objects.create(organisation=org_a, title="KLIMAT")
