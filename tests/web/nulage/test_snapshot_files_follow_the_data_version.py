"""The snapshot's files are never stale: a new Kolada load, or a new database, builds anew."""

import polars as pl
import pytest

from styra.web.indicators.models import DataVersion, Value
from styra.web.indicators.versions import KOLADA, bump_kolada
from styra.web.nulage import data


@pytest.fixture(autouse=True)
def _persisting(settings, tmp_path, monkeypatch):
    settings.STYRA_CACHE_DIR = str(tmp_path)
    monkeypatch.setattr(data, "_current", None)  # restored afterwards: no store left behind


def stockholm_n00401(snap, year: int) -> float:
    rows = snap.values.filter(
        (pl.col("kpi_id") == "N00401") & (pl.col("area_id") == "0180")
        & (pl.col("year") == year) & (pl.col("gender") == "T")
    )  # fmt: skip
    return rows["value"].item()


def test_a_load_writes_a_new_directory_with_the_new_values(kolada_sample):
    before = data.snapshot()
    year = before.latest_year
    Value.objects.filter(kpi_id="N00401", area_id="0180", year=year, gender="T").update(value=-1.0)
    assert stockholm_n00401(data.snapshot(), year) != -1.0  # no load yet: same data version
    bump_kolada()  # what styra load does in its transaction
    after = data.snapshot()
    assert stockholm_n00401(after, year) == -1.0
    assert after.store.directory != before.store.directory
    assert not before.store.directory.exists()  # the old data's files are gone


def test_a_new_database_with_the_same_counter_does_not_read_old_files(kolada_sample):
    before = data.snapshot()
    version = before.version
    DataVersion.objects.all().delete()  # a database made again from scratch …
    DataVersion.objects.create(pk=KOLADA, version=version)  # … counting to the same version
    data._current = None
    assert data.snapshot().store.directory != before.store.directory
