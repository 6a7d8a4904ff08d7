"""The values and batches are built once per Kolada data: a cold process reads the files."""

import pytest

from styra.web.nulage import data


@pytest.fixture
def counted(settings, tmp_path, monkeypatch):
    """Persisting on, in tmp; counts of values read from the database and batches computed."""
    settings.STYRA_CACHE_DIR = str(tmp_path)
    monkeypatch.setattr(data, "_current", None)  # restored afterwards: no store left behind
    counts = {"values": 0, "batches": 0}
    read_values, analyse_all = data.read_values, data.analyse_all

    def counting_read(*args):
        counts["values"] += 1
        return read_values(*args)

    def counting_batch(*args):
        counts["batches"] += 1
        return analyse_all(*args)

    monkeypatch.setattr(data, "read_values", counting_read)
    monkeypatch.setattr(data, "analyse_all", counting_batch)
    return counts


def test_a_cold_process_reads_the_values_and_batches_another_one_built(kolada_sample, counted):
    first = data.snapshot()
    first_batch = first.batch("L")
    assert counted == {"values": 1, "batches": 1}
    assert (first.store.directory / "values.arrow").is_file()

    data._current = None  # what a new worker process starts with
    second = data.snapshot()
    second_batch = second.batch("L")
    assert counted == {"values": 1, "batches": 1}  # read, not built again
    assert second.values is not first.values and second.values.equals(first.values)
    assert second_batch.rows.equals(first_batch.rows)


def test_without_a_cache_dir_every_process_builds_its_own(kolada_sample, counted, settings):
    settings.STYRA_CACHE_DIR = ""
    data.snapshot()
    data._current = None
    assert data.snapshot().store is None
    assert counted["values"] == 2
