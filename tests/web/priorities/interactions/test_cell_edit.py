"""One cell at a time: a full-page form with a redirect back to the grid, or the HTMX
panel that swaps the cell in place; clearing a cell; errors tied to the field."""

import pytest

from styra.web.priorities.interactions.models import MatrixCell

from .conftest import SECRET_RATIONALE, state, text_of, url

HX = {"HTTP_HX_REQUEST": "true"}


def cell_url(matrix, source: str, target: str) -> str:
    return url("cell", matrix.pk, source.replace(".", "-"), target.replace(".", "-"))


def stored(matrix, source, target):
    return MatrixCell.objects.filter(matrix=matrix, from_target=source, to_target=target).first()


def test_grid_shows_every_cell_in_words_and_links_it(client_for, viewer_a, matrix_a):
    response = client_for(viewer_a).get(url("matrix", matrix_a.pk))
    assert response.status_code == 200
    page = text_of(response)
    assert "10 delmål, 6 av 90 celler bedömda." in page
    assert "84 celler är inte bedömda än: de räknas inte som 0." in page
    link = f'<a id="c-7-2-13-1" class="score score-p3" href="{cell_url(matrix_a, "7.2", "13.1")}"'
    assert link in page
    assert '+3<span class="has-rationale" aria-hidden="true">*</span>' in page
    assert "Oupplösligt kopplad: 7.2 påverkar 13.1 (motiverad)" in page
    assert "−2" in page and "Motverkar: 11.1 påverkar 7.2" in page
    assert "ej bedömd: 1.1 påverkar 3.1" in page
    assert page.count('<td class="diagonal">') == 10
    assert page.count('<th scope="row">') == 10
    assert f'› <a href="{url("list")}">Interaktioner mellan delmål</a>' in page  # breadcrumb


def test_editor_scores_a_cell_on_the_full_page(client_for, editor_a, matrix_a):
    client = client_for(editor_a)
    path = cell_url(matrix_a, "1.1", "3.1")
    assert client.get(path).status_code == 200
    response = client.post(path, {"score": "-1", "rationale": " Kostar vårdplatser "})
    assert response.status_code == 302
    assert response["Location"] == url("matrix", matrix_a.pk) + "#c-1-1-3-1"
    cell = stored(matrix_a, "1.1", "3.1")
    assert (cell.score, cell.rationale, cell.updated_by) == (-1, "Kostar vårdplatser", editor_a)
    page = text_of(client.get(response["Location"]))
    assert "Sparat: 1.1 påverkar 3.1 – Begränsar." in page


def test_htmx_gets_the_panel_and_the_cell_swapped_in_place(client_for, editor_a, matrix_a):
    client = client_for(editor_a)
    path = cell_url(matrix_a, "7.2", "13.1")
    panel = text_of(client.get(path, **HX))
    assert "<html" not in panel
    assert '<h2 id="cell-heading">7.2 påverkar 13.1</h2>' in panel
    assert '<option value="3" selected>+3 Oupplösligt kopplad</option>' in panel
    assert SECRET_RATIONALE in panel
    response = client.post(path, {"score": "2", "rationale": "Mindre än vi trodde"}, **HX)
    assert response.status_code == 200
    swapped = text_of(response)
    assert "Sparat: 7.2 påverkar 13.1 – Förstärker." in swapped
    assert '<a id="c-7-2-13-1" class="score score-p2"' in swapped
    assert 'hx-swap-oob="true"' in swapped
    assert stored(matrix_a, "7.2", "13.1").score == 2


def test_not_scored_clears_the_cell(client_for, editor_a, matrix_a):
    response = client_for(editor_a).post(cell_url(matrix_a, "7.2", "13.1"), {"score": ""}, **HX)
    assert response.status_code == 200
    assert stored(matrix_a, "7.2", "13.1") is None
    assert 'class="score score-missing"' in text_of(response)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"score": "", "rationale": "Bara ord"}, "Välj ett värde för att spara en motivering."),
        ({"score": "4", "rationale": ""}, "Välj ett giltigt alternativ."),
        ({"score": "x", "rationale": ""}, "Välj ett giltigt alternativ."),
    ],
)
def test_bad_cell_input_is_refused_on_the_field(client_for, editor_a, matrix_a, data, message):
    client = client_for(editor_a)
    before = state()
    response = client.post(cell_url(matrix_a, "1.1", "3.1"), data)
    assert response.status_code == 400
    page = text_of(response)
    assert page.startswith("<!doctype html>") and "<title>Fel: " in page
    assert message in page
    assert 'aria-invalid="true"' in page and 'id="id_score_error"' in page
    # With HTMX the panel with the error comes with 400 too (styra.js swaps it in)
    response = client.post(cell_url(matrix_a, "1.1", "3.1"), data, **HX)
    assert response.status_code == 400 and message in text_of(response)
    assert state() == before


@pytest.mark.parametrize(
    ("source", "target"), [("7-2", "7-2"), ("7-2", "12-1"), ("7-2", "x"), ("99-1", "7-2")]
)
def test_diagonal_or_targets_outside_the_matrix_are_404(
    client_for, editor_a, matrix_a, source, target
):
    path = url("cell", matrix_a.pk, source, target)
    assert client_for(editor_a).get(path).status_code == 404
    assert client_for(editor_a).post(path, {"score": "1"}).status_code == 404


def test_viewer_reads_the_rationale_but_cannot_save(client_for, viewer_a, matrix_a):
    client = client_for(viewer_a)
    page = text_of(client.get(cell_url(matrix_a, "7.2", "13.1")))
    assert SECRET_RATIONALE in page and '<form method="post" action=' not in page.split("<main")[1]
    before = state()
    assert client.post(cell_url(matrix_a, "7.2", "13.1"), {"score": "-3"}).status_code == 403
    assert state() == before
