"""`styra load` writes the analysis data every web process then reads (no first-page wait)."""

import json

import pytest
from click.testing import CliRunner

from styra.cli import main
from styra.web.nulage import data
from tests.kolada.minibundle import write_mini_bundle

pytestmark = pytest.mark.django_db(transaction=True)


def test_load_writes_the_values_and_batches_of_the_new_data(tmp_path, settings, monkeypatch):
    settings.STYRA_CACHE_DIR = str(tmp_path / "cache")
    monkeypatch.setattr(data, "_current", None)
    result = CliRunner().invoke(main, ["load", str(write_mini_bundle(tmp_path)), "--json"])
    assert result.exit_code == 0, result.output
    assert "analysis_data_seconds" in json.loads(result.stdout)
    (directory,) = [p for p in (tmp_path / "cache" / "snapshot").iterdir() if p.is_dir()]
    assert {p.name for p in directory.iterdir()} >= {"values.arrow", "batch-K.pickle"}
    assert data.snapshot().store.directory == directory  # the web reads what load wrote
