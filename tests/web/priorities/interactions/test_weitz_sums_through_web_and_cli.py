"""The real Swedish matrix of Weitz et al. (2018), imported through the web (long and wide,
as a new matrix and into an existing one) and through the CLI: the results page's
out+ / out− / in sums equal those shipped in sweden_weitz2018_targets.csv for all 34 targets."""

import re

import pytest
from click.testing import CliRunner

from styra.cli import main
from styra.web.priorities.interactions.models import Matrix

from .conftest import csv_file, text_of, url


def import_new(client, text: str, title: str, name: str) -> Matrix:
    response = client.post(
        url("create-from-file"), {"title": title, "description": "", "file": csv_file(text, name)}
    )
    assert response.status_code == 200, text_of(response)[:2000]
    preview = response.context["preview"]
    assert (len(preview.targets), preview.scored, preview.missing) == (34, 1122, 0)
    assert Matrix.objects.count() == 0  # nothing saved before "Spara"
    response = client.post(
        url("create-from-file-confirm"), {"payload": response.context["payload"]}
    )
    assert response.status_code == 302
    return Matrix.objects.get(title=title)


def page_sums(client, matrix: Matrix) -> dict[str, tuple[int, int, int]]:
    """Out+, out− and the signed in-sum per target, from the results page: context and HTML."""
    response = client.get(url("results", matrix.pk))
    assert response.status_code == 200
    page = text_of(response)
    sums = {}
    for row in response.context["rows"]:
        t = row.influence
        sums[t.target_id] = (t.out_positive, t.out_negative, t.in_positive + t.in_negative)
        cells = re.search(rf'<tr id="{row.anchor}">(.*?)</tr>', page, re.S).group(1)
        numbers = re.findall(r"<td>(-?\d+)</td>", cells)[:4]
        assert [int(n) for n in numbers] == [
            t.out_positive,
            t.out_negative,
            t.in_positive,
            t.in_negative,
        ], t.target_id
    return sums


@pytest.mark.parametrize("fixture", ["weitz_long", "weitz_wide"])
def test_web_import_as_new_matrix_gives_the_shipped_sums(
    request, client_for, editor_a, shipped_sums, fixture
):
    client = client_for(editor_a)
    matrix = import_new(client, request.getfixturevalue(fixture), "Weitz m.fl. 2018", "w.csv")
    assert matrix.targets.count() == 34 and matrix.cells.count() == 1122
    assert matrix.created_by == editor_a
    assert page_sums(client, matrix) == shipped_sums


def test_web_import_into_a_matrix_replaces_its_targets_and_cells(
    client_for, editor_a, matrix_a, weitz_long, shipped_sums
):
    client = client_for(editor_a)
    response = client.post(url("import", matrix_a.pk), {"file": csv_file(weitz_long)})
    assert response.status_code == 200
    preview = response.context["preview"]
    # 7.2, 11.1 and 13.1 are in both: of their 4 pairs 7.2 → 11.1 (+1) stays, 3 change;
    # 1.1 → 2.1 and 11.1 → 6.1 go, and with them 2 rationales
    assert (preview.new, preview.changed, preview.unchanged) == (1118, 3, 1)
    assert (preview.cleared, preview.rationales_lost) == (2, 2)
    assert "1.1" in preview.removed and "1.3" in preview.added
    assert matrix_a.cells.count() == 6  # the preview saves nothing
    response = client.post(
        url("import-confirm", matrix_a.pk), {"payload": response.context["payload"]}
    )
    assert response.status_code == 302
    assert response["Location"] == url("matrix", matrix_a.pk)
    assert sorted(matrix_a.targets.values_list("target_id", flat=True)) == sorted(shipped_sums)
    assert matrix_a.cells.count() == 1122
    assert page_sums(client, matrix_a) == shipped_sums


@pytest.mark.parametrize("name", ["long", "wide"])
def test_cli_import_gives_the_shipped_sums(client_for, editor_a, shipped_sums, weitz_long, name):
    from .conftest import FOLDER

    path = FOLDER / f"sweden_weitz2018_matrix_{name}.csv"
    result = CliRunner().invoke(
        main, ["interactions", "import", str(path), "--org", "0180", "--title", "Weitz"]
    )
    assert result.exit_code == 0, result.output
    assert "34 targets, 1122 scored cells, 0 not scored" in result.output
    matrix = Matrix.objects.get(organisation_id="0180", title="Weitz")
    assert page_sums(client_for(editor_a), matrix) == shipped_sums
