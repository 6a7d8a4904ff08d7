"""A matrix's name is unique within its organisation, also in the database: two
people creating "Klimat" at the same moment get one matrix and one field error."""

import pytest
from django.db import IntegrityError, transaction

from styra.web.priorities.interactions import forms
from styra.web.priorities.interactions.forms import MatrixForm
from styra.web.priorities.interactions.models import Matrix

from .conftest import TEN, csv_file, url

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


FILE = "from_target,to_target,score,rationale\n" + "".join(
    f"{source},{target},1,\n" for source, target in zip(TEN, TEN[1:], strict=False)
)


def previewed(client, description: str) -> str:
    """The signed preview of a new matrix "Klimat" from a file, as the page holds it."""
    upload = {"title": "Klimat", "description": description, "file": csv_file(FILE)}
    response = client.post(url("create-from-file"), upload)
    assert response.status_code == 200
    return response.context["payload"]


def test_two_imports_with_the_same_name_at_once(client_for, editor_a, admin_a, org_a, monkeypatch):
    first, second = client_for(editor_a), client_for(admin_a)
    payloads = previewed(first, "Första"), previewed(second, "Andra")
    confirm = url("create-from-file-confirm")
    assert first.post(confirm, {"payload": payloads[0]}).status_code == 302
    found, missed = forms.find_by_title, []

    def before_the_first_saved(scope, title):  # the second's check ran a moment earlier
        if not missed:
            return missed.append(title)
        return found(scope, title)

    monkeypatch.setattr(forms, "find_by_title", before_the_first_saved)

    response = second.post(confirm, {"payload": payloads[1]})

    assert response.status_code == 400
    assert response.context["form"].errors["title"] == [TAKEN]
    assert response.context["form"]["title"].value() == "Klimat"  # kept, to rename
    assert Matrix.objects.get(organisation=org_a).description == "Första"
