"""A failed or interrupted sync leaves nothing half-written and an old bundle intact."""

import pytest

from styra.kolada.client import KoladaError
from styra.kolada.sync import SyncError, sync_bundle
from tests.kolada.fake_kolada import Fault


def snapshot(directory):
    return {path.name: path.read_bytes() for path in sorted(directory.iterdir())}


def test_a_permanent_fault_mid_sync_leaves_no_bundle(fake_kolada, make_client, tmp_path):
    fake_kolada.faults.append(Fault("500", path="/data/", after=3, times=None))
    out = tmp_path / "bundle"

    with pytest.raises(KoladaError, match="gave up"):
        sync_bundle(make_client(concurrency=1), out)

    assert list(tmp_path.iterdir()) == []  # neither the bundle nor a temporary directory


def test_a_failed_sync_keeps_the_previous_bundle(fake_kolada, make_client, tmp_path):
    out = tmp_path / "bundle"
    sync_bundle(make_client(), out, synced_at="first")
    before = snapshot(out)
    fake_kolada.faults.append(Fault("500", path="/data/", after=2, times=None))

    with pytest.raises(KoladaError):
        sync_bundle(make_client(), out, synced_at="second")

    assert snapshot(out) == before
    assert [path.name for path in tmp_path.iterdir()] == ["bundle"]


def test_a_successful_sync_replaces_the_previous_bundle(make_client, tmp_path):
    out = tmp_path / "bundle"
    sync_bundle(make_client(), out, synced_at="first")
    (out / "stale.txt").write_text("from an older sync")

    sync_bundle(make_client(), out, synced_at="second")

    assert '"synced_at": "second"' in (out / "manifest.json").read_text()
    assert not (out / "stale.txt").exists()
    assert [path.name for path in tmp_path.iterdir()] == ["bundle"]


def test_an_interrupted_sync_cleans_up(make_client, tmp_path):
    def interrupt(message):
        if "chunk" in message:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        sync_bundle(make_client(), tmp_path / "bundle", progress=interrupt)

    assert list(tmp_path.iterdir()) == []


def test_a_directory_that_is_not_a_bundle_is_never_replaced(make_client, tmp_path):
    (tmp_path / "thesis.txt").write_text("precious")

    with pytest.raises(SyncError, match="not a Kolada bundle"):
        sync_bundle(make_client(), tmp_path)

    assert (tmp_path / "thesis.txt").read_text() == "precious"


def test_unknown_kpi_ids_are_refused(make_client, tmp_path):
    with pytest.raises(SyncError, match="not in Kolada's KPI catalog: N99999"):
        sync_bundle(make_client(), tmp_path / "bundle", kpis=["N00401", "N99999"])
    assert list(tmp_path.iterdir()) == []
