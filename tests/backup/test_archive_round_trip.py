"""An archive reads back what was written: rows, files and a manifest with their checksums."""

import hashlib

from styra.backup.archive import ArchiveReader, ArchiveWriter
from tests.backup.archives import PDF, ROWS, write_archive


def test_rows_and_files_read_back(tmp_path):
    path = tmp_path / "backup.tar"
    write_archive(path)
    reader = ArchiveReader(path)
    manifest = reader.verify()
    entry = manifest.tables["organisations.organisation"]
    assert (entry.rows, entry.member) == (2, "tables/organisations.organisation.jsonl.gz")
    assert list(reader.table_rows(entry)) == ROWS
    assert [(name, handle.read()) for name, handle in reader.files("private")] == [
        ("decisions/1/a.pdf", PDF)
    ]
    assert manifest.members["files/private/decisions/1/a.pdf"] == {
        "sha256": hashlib.sha256(PDF).hexdigest(),
        "size": len(PDF),
    }
    reader.close()


def test_the_rows_digest_is_of_the_json_lines(tmp_path):
    manifest = write_archive(tmp_path / "backup.tar")
    lines = '[1,"0180","Stockholm",null]\n[2,"0114","Upplands Väsby",1.5]\n'
    expected = hashlib.sha256(lines.encode()).hexdigest()
    assert manifest.tables["organisations.organisation"].rows_sha256 == expected


def test_a_finished_archive_leaves_no_partial_file(tmp_path):
    write_archive(tmp_path / "backup.tar")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["backup.tar"]


def test_the_rows_digest_ignores_the_order_of_json_keys(tmp_path):
    """PostgreSQL's jsonb returns an object's keys in its own order, SQLite as written."""
    writer = ArchiveWriter(tmp_path / "backup.tar")
    one = writer.add_table("a.b", "a_b", ["id", "data"], iter([[1, {"role": 1, "id": 2}]]))
    other = writer.add_table("a.c", "a_c", ["id", "data"], iter([[1, {"id": 2, "role": 1}]]))
    writer.abort()
    assert one.rows_sha256 == other.rows_sha256
    assert not (tmp_path / "backup.tar").exists()
