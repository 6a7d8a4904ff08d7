"""The matrix as CSV and Excel, long and wide: the CSV files read back into the same matrix;
the Excel files open and name their source; the results table too."""

import io

import openpyxl
import pytest

from styra.priorities import parse_matrix_csv
from styra.web.priorities.interactions.services import to_core

from .conftest import SECRET_RATIONALE, TEN, csv_file, url


def test_long_csv_lists_every_pair_and_reads_back(client_for, viewer_a, matrix_a):
    response = client_for(viewer_a).get(url("export", matrix_a.pk, "lang", "csv"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert f'filename="interaktioner-{matrix_a.pk}-lang.csv"' in response["Content-Disposition"]
    text = response.content.decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[0] == "from_target;to_target;score;rationale"
    assert len(lines) == 1 + 90  # every off-diagonal pair, missing ones with an empty score
    assert f"7.2;13.1;3;{SECRET_RATIONALE}" in lines
    assert "1.1;3.1;;" in lines
    assert parse_matrix_csv(text) == to_core(matrix_a)


def test_wide_csv_reads_back_without_rationales(client_for, viewer_a, matrix_a):
    response = client_for(viewer_a).get(url("export", matrix_a.pk, "bred", "csv"))
    text = response.content.decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[0] == "from_target;" + ";".join(TEN)
    assert lines[TEN.index("11.1") + 1] == "11.1;;;;;;-1;;-2;;"
    back = parse_matrix_csv(text)
    ours = to_core(matrix_a)
    assert back.targets == ours.targets
    assert {p: c.score for p, c in back.cells.items()} == {
        p: c.score for p, c in ours.cells.items()
    }


def test_exported_long_csv_imports_into_another_matrix_unchanged(
    client_for, editor_a, matrix_a, org_a
):
    from .conftest import make_matrix

    client = client_for(editor_a)
    exported = client.get(url("export", matrix_a.pk, "lang", "csv")).content.decode("utf-8-sig")
    other = make_matrix("organisation", org_a, "Kopia", TEN, {})
    response = client.post(url("import", other.pk), {"file": csv_file(exported)})
    assert response.context["preview"].new == 6
    client.post(url("import-confirm", other.pk), {"payload": response.context["payload"]})
    assert to_core(other) == to_core(matrix_a)


@pytest.mark.parametrize("layout", ["lang", "bred"])
def test_excel_opens_and_ends_with_the_source(client_for, viewer_a, matrix_a, layout):
    response = client_for(viewer_a).get(url("export", matrix_a.pk, layout, "xlsx"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    rows = list(
        openpyxl.load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True)
    )
    assert rows[0][0] == "from_target"
    assert rows[-1][0].startswith(
        "Källa: interaktionsmatrisen ”Stockholms hemliga matris” av Stockholm"
    )
    if layout == "bred":
        assert rows[TEN.index("7.2") + 1][TEN.index("13.1") + 1] == 3


def test_results_export_has_the_page_rows(client_for, viewer_a, matrix_a):
    response = client_for(viewer_a).get(url("results-export", matrix_a.pk, "xlsx"))
    rows = list(
        openpyxl.load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True)
    )
    assert rows[0][:4] == (
        "Delmål",
        "Namn",
        "Påverkar andra positivt (ut+)",
        "Påverkar andra negativt (ut−)",
    )
    first = rows[1]
    assert (first[0], first[2], first[3]) == ("7.2", 4, 0)  # largest net out-influence first
    by_target = {row[0]: row for row in rows[1:11]}
    assert by_target["11.1"][9] == "motverkar 7.2 (−2); begränsar 6.1 (−1)"
    csv_text = client_for(viewer_a).get(url("results-export", matrix_a.pk, "csv")).content
    assert "motverkar 7.2 (−2)" in csv_text.decode("utf-8-sig")


@pytest.mark.parametrize(("layout", "fmt"), [("lang", "pdf"), ("hog", "csv")])
def test_unknown_format_or_layout_is_404(client_for, viewer_a, matrix_a, layout, fmt):
    assert client_for(viewer_a).get(url("export", matrix_a.pk, layout, fmt)).status_code == 404
