"""A flipped byte, a missing or an unexpected member: the archive is refused, naming it."""

import io
import tarfile

import pytest

from styra.backup.archive import ArchiveError, ArchiveReader
from tests.backup.archives import flip_byte, write_archive


def member_offset(path, name: str) -> int:
    with tarfile.open(path) as tar:
        return tar.getmember(name).offset_data


@pytest.mark.parametrize(
    "member", ["files/private/decisions/1/a.pdf", "tables/organisations.organisation.jsonl.gz"]
)
def test_a_flipped_byte_names_the_member(tmp_path, member):
    path = tmp_path / "backup.tar"
    write_archive(path)
    flip_byte(path, member_offset(path, member) + 3)
    with pytest.raises(ArchiveError, match=f"member {member} is damaged"):
        ArchiveReader(path).verify()


def test_a_damaged_manifest_is_refused(tmp_path):
    path = tmp_path / "backup.tar"
    write_archive(path)
    flip_byte(path, member_offset(path, "manifest.json") + 20)
    with pytest.raises(ArchiveError, match="manifest.json is damaged"):
        ArchiveReader(path).verify()


def test_a_missing_member_is_refused(tmp_path):
    path, cut = tmp_path / "backup.tar", tmp_path / "cut.tar"
    write_archive(path)
    with tarfile.open(path) as source, tarfile.open(cut, "w") as target:
        for info in source.getmembers():
            if not info.name.startswith("files/"):
                target.addfile(info, source.extractfile(info))
    with pytest.raises(ArchiveError, match="member files/private/decisions/1/a.pdf is missing"):
        ArchiveReader(cut).verify()


def test_an_unexpected_member_is_refused(tmp_path):
    path = tmp_path / "backup.tar"
    write_archive(path)
    with tarfile.open(path, "a") as tar:
        tar.addfile(tarfile.TarInfo("files/private/extra.pdf"), io.BytesIO(b""))
    with pytest.raises(ArchiveError, match="files/private/extra.pdf is not in the manifest"):
        ArchiveReader(path).verify()


def test_not_an_archive_is_refused(tmp_path):
    path = tmp_path / "backup.tar"
    path.write_bytes(b"no tar here" * 100)
    with pytest.raises(ArchiveError, match="not a readable backup archive"):
        ArchiveReader(path)
