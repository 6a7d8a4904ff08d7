"""A matrix has 10–40 targets, chosen from the 169 in fieldsets per goal; the form says so."""

import pytest

from styra.sdg import load_catalog
from styra.web.priorities.interactions.models import Matrix

from .conftest import TEN, state, text_of, url

ALL = [t.target_id for t in load_catalog().targets]


def post_create(client, targets, title="Ny matris"):
    return client.post(url("create"), {"title": title, "description": "", "targets": targets})


def test_the_form_groups_the_169_targets_by_goal(client_for, editor_a):
    page = text_of(client_for(editor_a).get(url("create")))
    assert page.count('type="checkbox" name="targets"') == 169
    assert page.count('<fieldset class="goal-targets">') == 17
    assert "<legend>Mål 13: Bekämpa klimatförändringen</legend>" in page
    assert '<label for="delmal-1-a">1.a ' in page
    assert "Välj mellan 10 och 40 delmål" in page


@pytest.mark.parametrize("count", [0, 9, 41])
def test_outside_ten_to_forty_is_refused(client_for, editor_a, count):
    before = state()
    response = post_create(client_for(editor_a), ALL[:count])
    assert response.status_code == 400
    page = text_of(response)
    expected = (
        "Välj mellan 10 och 40 delmål."
        if count == 0
        else f"Matrisen har {count} delmål. En matris ska ha mellan 10 och 40 delmål."
    )
    assert expected in page
    assert '<li><a href="#delmal-1-1">Delmål i matrisen</a>: ' in page  # error summary
    assert 'id="targets-error"' in page and 'aria-describedby="targets-help targets-error"' in page
    assert state() == before


def test_chosen_boxes_stay_checked_after_an_error(client_for, editor_a):
    page = text_of(post_create(client_for(editor_a), ["7.2", "13.1"], title=""))
    assert 'value="7.2" id="delmal-7-2" checked' in page
    assert 'value="1.1" id="delmal-1-1">' in page


@pytest.mark.parametrize("count", [10, 40])
def test_ten_and_forty_are_accepted(client_for, editor_a, count):
    response = post_create(client_for(editor_a), ALL[:count])
    matrix = Matrix.objects.get()
    assert response.status_code == 302
    assert response["Location"] == url("matrix", matrix.pk)
    assert matrix.targets.count() == count and matrix.cells.count() == 0
    assert (matrix.organisation_id, matrix.created_by.username) == ("0180", "erik_redaktor")


def test_unknown_target_is_refused(client_for, editor_a):
    response = post_create(client_for(editor_a), [*TEN[:9], "99.9"])
    assert response.status_code == 400
    assert "99.9 är inget delmål i Agenda 2030." in text_of(response)


def test_the_same_title_twice_is_refused(client_for, editor_a, matrix_a):
    response = post_create(client_for(editor_a), TEN, title=matrix_a.title.upper())
    assert response.status_code == 400
    assert "Det finns redan en matris som heter" in text_of(response)


def test_removing_targets_removes_their_cells(client_for, editor_a, matrix_a):
    targets = [t for t in TEN if t != "11.1"] + ["12.1"]
    client = client_for(editor_a)
    response = client.post(
        url("edit", matrix_a.pk), {"title": "Omdöpt", "description": "Ny text", "targets": targets}
    )
    assert response.status_code == 302
    matrix_a.refresh_from_db()
    assert (matrix_a.title, matrix_a.description) == ("Omdöpt", "Ny text")
    assert sorted(matrix_a.targets.values_list("target_id", flat=True)) == sorted(targets)
    # 11.1 had three cells: 7.2 → 11.1, 11.1 → 7.2, 11.1 → 6.1
    assert matrix_a.cells.count() == 3
    page = text_of(client.get(response["Location"]))
    assert "3 bedömningar av borttagna delmål togs bort." in page


def test_edit_keeping_too_few_targets_changes_nothing(client_for, editor_a, matrix_a):
    before = state()
    response = client_for(editor_a).post(
        url("edit", matrix_a.pk), {"title": "X", "description": "", "targets": TEN[:9]}
    )
    assert response.status_code == 400
    assert state() == before
