"""`styra load` keeps each data version once (a file and a row); the same values again keep
nothing new, and at most STYRA_KEEP_VERSIONS stay, never fewer than two."""

import json

import pytest
from click.testing import CliRunner

from styra.cli import main
from styra.web.changes.archive import prune
from styra.web.changes.models import DataRelease
from tests.kolada.minibundle import VALUES, write_mini_bundle

pytestmark = pytest.mark.django_db(transaction=True)


def load(bundle) -> dict:
    result = CliRunner().invoke(main, ["load", str(bundle), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_a_load_keeps_its_version_once(tmp_path, settings):
    first = load(write_mini_bundle(tmp_path / "a"))
    (release,) = DataRelease.objects.all()
    assert first["kept_data_version"] == release.number
    assert (settings.STYRA_VERSIONS_DIR / release.file_name).is_file()
    assert "kept_data_version" not in load(write_mini_bundle(tmp_path / "a"))
    changed = VALUES.replace("N00401,0180,2021,T,1.4", "N00401,0180,2021,T,1.9")
    load(write_mini_bundle(tmp_path / "b", values=changed))
    assert DataRelease.objects.count() == 2
    assert DataRelease.objects.first().source == str(tmp_path / "b")


def test_old_versions_are_pruned_but_never_the_newest_two(tmp_path, settings):
    for number in range(1, 5):
        path = settings.STYRA_VERSIONS_DIR / f"kolada-v{number}.parquet"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
        DataRelease.objects.create(
            number=number, source="s", values_count=1, file_name=path.name, fingerprint="f"
        )
    prune(0)
    assert list(DataRelease.objects.values_list("number", flat=True)) == [4, 3]
    assert sorted(p.name for p in settings.STYRA_VERSIONS_DIR.iterdir()) == [
        "kolada-v3.parquet",
        "kolada-v4.parquet",
    ]


def test_the_versions_live_in_the_versions_storage_shared_by_every_server(tmp_path, settings):
    """With several servers the "versions" storage is the shared bucket (settings.py): a
    version one server kept is read by any other, and nothing is on the local disk."""
    from django.core.files.storage import storages

    from styra.web.changes.archive import release_values
    from styra.web.nulage.data import read_values

    settings.STORAGES = {
        **settings.STORAGES,
        "versions": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    load(write_mini_bundle(tmp_path / "a"))
    (release,) = DataRelease.objects.all()
    assert storages["versions"].exists(release.file_name)
    assert not settings.STYRA_VERSIONS_DIR.exists()
    kept = release_values(release)
    loaded = read_values(kept["kpi_id"].unique().to_list())
    assert kept.height == loaded.height == release.values_count > 0
