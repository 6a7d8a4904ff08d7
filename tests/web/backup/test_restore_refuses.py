"""`styra restore` refuses a damaged archive, a non-empty target and an archive from a
newer Styra with a clear message; a load that fails half-way leaves the target empty."""

import shutil
import sqlite3
import tarfile

from tests.web.backup.installations import (
    manifest,
    rewrite_archive,
    sqlite_installation,
    sqlite_row_total,
)


def sqlite_tables(installation) -> list[str]:
    path = installation.database_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("SELECT name FROM sqlite_master")]


def test_a_damaged_archive_is_refused_before_anything_is_written(sources, tmp_path):
    _, archive = sources("sqlite")
    damaged = tmp_path / "damaged.tar"
    shutil.copy(archive, damaged)
    with tarfile.open(damaged) as tar:
        member = next(info for info in tar.getmembers() if info.name.startswith("files/private/"))
    data = bytearray(damaged.read_bytes())
    data[member.offset_data + 10] ^= 0xFF
    damaged.write_bytes(bytes(data))
    target = sqlite_installation(tmp_path / "target")
    refused = target.styra("restore", str(damaged), check=False)
    assert refused.returncode != 0
    assert f"member {member.name} is damaged" in refused.stderr
    assert "nothing restored" in refused.stderr
    assert sqlite_tables(target) == []
    assert target.files() == {}


def test_a_target_with_rows_is_refused_and_left_as_it_was(sources, tmp_path):
    source, archive = sources("sqlite")
    before = sqlite_row_total(source)
    refused = source.styra("restore", str(archive), check=False)
    assert refused.returncode != 0
    assert "the target database is not empty: table" in refused.stderr
    assert sqlite_row_total(source) == before


def test_a_load_failing_half_way_leaves_the_target_empty(sources, tmp_path):
    _, archive = sources("sqlite")
    broken = tmp_path / "broken.tar"
    rewrite_archive(archive, broken, table="organisations.organisation")
    target = sqlite_installation(tmp_path / "target")
    refused = target.styra("restore", str(broken), check=False)
    assert refused.returncode != 0
    assert "table organisations_organisation could not be loaded" in refused.stderr
    assert sqlite_row_total(target) == 0
    assert target.files() == {}
    # The same target takes a good archive afterwards.
    target.styra("restore", str(archive))
    assert sqlite_row_total(target) > 0


def test_an_archive_from_a_newer_styra_is_refused(sources, tmp_path):
    _, archive = sources("sqlite")
    newer = tmp_path / "newer.tar"
    migrations = manifest(archive)["migrations"]
    migrations["focus"] = [*migrations["focus"], "9999_from_the_future"]
    rewrite_archive(archive, newer, migrations=migrations)
    target = sqlite_installation(tmp_path / "target")
    refused = target.styra("restore", str(newer), check=False)
    assert refused.returncode != 0
    assert "made by a newer Styra: migration focus.9999_from_the_future" in refused.stderr
    assert sqlite_tables(target) == []
