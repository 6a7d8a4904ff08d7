"""`styra interactions import`: creates or replaces an organisation's matrix; a bad file,
too few targets or an unknown organisation exit non-zero and write nothing."""

import pytest
from click.testing import CliRunner

from styra.cli import main
from styra.web.priorities.interactions.models import Matrix

from .conftest import TEN, state

pytestmark = pytest.mark.django_db(transaction=True)
GOOD = "from_target,to_target,score,rationale\n" + "\n".join(
    f"{t},{u},{1 if t < u else -1},skäl {t}" for t in TEN for u in TEN if t != u
)


def run(*args):
    return CliRunner().invoke(main, ["interactions", "import", *map(str, args)])


def test_import_creates_then_replaces_by_title(tmp_path, org_a):
    path = tmp_path / "matris.csv"
    path.write_text(GOOD, encoding="utf-8")
    result = run(path, "--org", "0180", "--title", "Arbetsgruppen 2025", "--description", "Vår")
    assert result.exit_code == 0, result.output
    assert "Created interaction matrix 'Arbetsgruppen 2025'" in result.output
    assert "10 targets, 90 scored cells, 0 not scored" in result.output
    matrix = Matrix.objects.get()
    assert (matrix.organisation_id, matrix.description, matrix.created_by) == ("0180", "Vår", None)
    assert matrix.cells.get(from_target="7.2", to_target="13.1").rationale == "skäl 7.2"
    path.write_text(GOOD.replace(",-1,", ",-3,"), encoding="utf-8")
    result = run(path, "--org", "0180", "--title", "arbetsgruppen 2025")
    assert result.exit_code == 0 and "Replaced" in result.output
    assert Matrix.objects.count() == 1
    assert matrix.cells.filter(score=-3).count() == 45


def test_default_title_comes_from_the_file_name(tmp_path, org_a):
    path = tmp_path / "weitz.csv"
    path.write_text(GOOD, encoding="utf-8")
    assert run(path, "--org", "0180").exit_code == 0
    assert Matrix.objects.get().title == "Interaktioner från weitz.csv"


def test_bad_file_names_row_and_column_and_writes_nothing(tmp_path, org_a):
    path = tmp_path / "fel.csv"
    path.write_text(GOOD.replace("7.2,13.1,-1,", "7.2,13.1,5,"), encoding="utf-8")
    before = state()
    result = run(path, "--org", "0180")
    assert result.exit_code == 1
    assert "nothing written" in result.stderr
    assert (
        'kolumn "score": värdet måste vara ett heltal från −3 till +3 (inte "5")' in result.stderr
    )
    assert state() == before


def test_too_few_targets_and_unknown_organisation_are_refused(tmp_path, org_a):
    small = tmp_path / "liten.csv"
    small.write_text("from_target,to_target,score\n7.2,13.1,2\n", encoding="utf-8")
    result = run(small, "--org", "0180")
    assert result.exit_code == 1 and "mellan 10 och 40 delmål" in result.stderr
    good = tmp_path / "bra.csv"
    good.write_text(GOOD, encoding="utf-8")
    result = run(good, "--org", "9999")
    assert result.exit_code == 1 and "no organisation '9999'" in result.stderr
    assert Matrix.objects.count() == 0
