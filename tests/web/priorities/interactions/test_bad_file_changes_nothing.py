"""A bad CSV file: every problem listed with its row and column, and nothing changes —
neither at the upload nor at a confirm with a tampered or foreign preview."""

from styra.web.common import previews
from styra.web.priorities.interactions import imports

from .conftest import TEN, csv_file, state, text_of, url

BAD_LONG = """from_target,to_target,score,rationale
7.2,13.1,4,
7.2,99.1,1,
11.1,11.1,2,
13.1,7.2,,en motivering utan värde
"""


def test_bad_long_file_lists_row_and_column_and_saves_nothing(client_for, editor_a, matrix_a):
    before = state()
    response = client_for(editor_a).post(url("import", matrix_a.pk), {"file": csv_file(BAD_LONG)})
    assert response.status_code == 400
    problems = [(p.row, p.column) for p in response.context["errors"]]
    assert problems == [(2, "score"), (3, "to_target"), (4, "to_target"), (5, "score")]
    page = text_of(response)
    assert "Filen sparades inte: 4 fel" in page
    assert (
        '<tr><td>2</td><td>score</td><td>värdet måste vara ett heltal från −3 till +3 (inte "4")'
        in page
    )
    assert "<td>3</td><td>to_target</td>" in page
    assert 'aria-describedby="file-errors id_file_helptext"' in page
    assert state() == before


def test_bad_wide_file_names_the_column(client_for, editor_a, matrix_a):
    header = "from_target," + ",".join(TEN)
    rows = [t + "," + ",".join("" if u == t else "1" for u in TEN) for t in TEN]
    rows[3] = rows[3].replace(",1,", ",x,", 1)  # 4.1 → 1.1 is "x": CSV row 5, column "1.1"
    before = state()
    response = client_for(editor_a).post(
        url("import", matrix_a.pk), {"file": csv_file("\n".join([header, *rows]))}
    )
    assert response.status_code == 400
    assert [(p.row, p.column) for p in response.context["errors"]] == [(5, "1.1")]
    assert state() == before


def test_fewer_than_ten_targets_is_refused(client_for, editor_a, matrix_a):
    text = "from_target,to_target,score\n7.2,13.1,2\n13.1,7.2,1\n"
    before = state()
    response = client_for(editor_a).post(url("import", matrix_a.pk), {"file": csv_file(text)})
    assert response.status_code == 400
    assert "Matrisen har 2 delmål. En matris ska ha mellan 10 och 40 delmål." in text_of(response)
    assert state() == before


def test_a_file_of_another_type_or_none_is_refused(client_for, editor_a, matrix_a):
    client = client_for(editor_a)
    before = state()
    response = client.post(url("import", matrix_a.pk), {"file": csv_file("a", "matris.xlsx")})
    assert response.status_code == 400
    assert "Filtypen stöds inte" in text_of(response)
    response = client.post(url("import", matrix_a.pk), {})
    assert response.status_code == 400
    assert "Välj en fil." in text_of(response)
    assert state() == before


def test_tampered_payload_is_refused(client_for, editor_a, matrix_a):
    before = state()
    response = client_for(editor_a).post(url("import-confirm", matrix_a.pk), {"payload": "x:y"})
    assert response.status_code == 400
    assert "Förhandsvisningen kunde inte läsas" in text_of(response)
    assert state() == before


def test_payload_for_another_matrix_or_user_is_refused(
    client_for, editor_a, admin_a, matrix_a, org_a
):
    from .conftest import SMALL_CELLS, make_matrix

    other = make_matrix("organisation", org_a, "En annan matris", TEN, SMALL_CELLS)
    text = "from_target,to_target,score\n" + "\n".join(
        f"{t},{u},1" for t in TEN for u in TEN if t != u
    )
    response = client_for(editor_a).post(url("import", other.pk), {"file": csv_file(text)})
    payload = response.context["payload"]
    before = state()
    # the same token for another matrix, or sent by another user: refused
    assert (
        client_for(editor_a)
        .post(url("import-confirm", matrix_a.pk), {"payload": payload})
        .status_code
        == 400
    )
    assert (
        client_for(admin_a).post(url("import-confirm", other.pk), {"payload": payload}).status_code
        == 400
    )
    assert state() == before


def test_expired_preview_sends_back_to_the_upload(client_for, editor_a, matrix_a, monkeypatch):
    text = "from_target,to_target,score\n" + "\n".join(
        f"{t},{u},1" for t in TEN for u in TEN if t != u
    )
    client = client_for(editor_a)
    payload = client.post(url("import", matrix_a.pk), {"file": csv_file(text)}).context["payload"]
    monkeypatch.setattr(previews, "MAX_AGE", -1)
    before = state()
    response = client.post(url("import-confirm", matrix_a.pk), {"payload": payload}, follow=True)
    assert response.redirect_chain[-1][0] == url("import", matrix_a.pk)
    assert "Förhandsvisningen är för gammal" in text_of(response)
    assert state() == before


def test_new_matrix_from_a_bad_file_creates_nothing(client_for, editor_a):
    before = state()
    response = client_for(editor_a).post(
        url("create-from-file"), {"title": "Ny", "description": "", "file": csv_file(BAD_LONG)}
    )
    assert response.status_code == 400
    assert len(response.context["errors"]) == 4
    assert state() == before


def test_an_error_while_saving_leaves_the_matrix_as_it_was(
    client_for, editor_a, matrix_a, monkeypatch
):
    text = "from_target,to_target,score\n" + "\n".join(
        f"{t},{u},-1" for t in TEN for u in TEN if t != u
    )
    client = client_for(editor_a)
    payload = client.post(url("import", matrix_a.pk), {"file": csv_file(text)}).context["payload"]
    before = state()

    def broken(*args, **kwargs):
        raise RuntimeError("the database went away half-way")

    monkeypatch.setattr(imports, "_add_cells", broken)
    client.raise_request_exception = False
    response = client.post(url("import-confirm", matrix_a.pk), {"payload": payload})
    assert response.status_code == 500
    assert state() == before
