"""Two editors open the same cell of a matrix; the second save is refused with the
first's score and rationale shown, and saving again after seeing them keeps the second's."""

from styra.web.priorities.interactions import services
from styra.web.priorities.interactions.models import MatrixCell
from tests.web.concurrent_edits import conflicts, form_data, second_save

from .conftest import url

HTMX = {"HTTP_HX_REQUEST": "true"}


def test_the_second_score_shows_the_first(client_for, editor_a, admin_a, matrix_a):
    cell = url("cell", matrix_a.pk, "7-2", "13-1")
    first, second = client_for(editor_a), client_for(admin_a)
    refused = second_save(
        first, second, cell, {"score": "2"}, {"rationale": "Sol och vind"}, saved=200, **HTMX
    )

    assert refused.status_code == 400
    assert conflicts(refused) == {"Värde": ("+2 Förstärker", "+3 Oupplösligt kopplad")}
    assert "Sol och vind" in refused.content.decode()
    assert MatrixCell.objects.get(matrix=matrix_a, from_target="7.2", to_target="13.1").score == 2

    again = second.post(cell, form_data(refused) | {"score": "2"}, **HTMX)
    assert again.status_code == 200
    saved = MatrixCell.objects.get(matrix=matrix_a, from_target="7.2", to_target="13.1")
    assert (saved.score, saved.rationale) == (2, "Sol och vind")


def test_a_scored_cell_is_no_conflict_for_the_matrix_form(client_for, editor_a, matrix_a):
    client, edit = client_for(editor_a), url("edit", matrix_a.pk)
    opened = form_data(client.get(edit))
    services.save_cell(matrix_a, "1.1", "3.1", 1, "", editor_a)  # changes the matrix's time
    assert client.post(edit, opened | {"title": "Klimat 2026"}).status_code == 302
