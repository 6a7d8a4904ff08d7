"""`styra load` prints its counts, as JSON too, and refuses a bad bundle on stderr."""

import json

import pytest
from click.testing import CliRunner

from styra.cli import main
from tests.kolada.minibundle import VALUES, write_mini_bundle

pytestmark = pytest.mark.django_db(transaction=True)


def test_load_json(tmp_path):
    result = CliRunner().invoke(main, ["load", str(write_mini_bundle(tmp_path)), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert (summary["kommuner"], summary["regioner"], summary["values"]) == (2, 1, 7)


def test_load_text_names_the_source(tmp_path):
    result = CliRunner().invoke(main, ["load", str(write_mini_bundle(tmp_path))])
    assert result.exit_code == 0, result.output
    assert "values: 7" in result.stdout and "Källa: Kolada (RKA)" in result.stdout


def test_bad_bundle_exits_non_zero_with_row_and_column(tmp_path):
    bad = write_mini_bundle(tmp_path, values=VALUES.replace("0114,2021,T,", "0114,2021,T,abc"))
    result = CliRunner().invoke(main, ["load", str(bad)])
    assert result.exit_code != 0
    assert 'rad 3, kolumn "value"' in result.stderr
    assert "nothing loaded" in result.stderr
