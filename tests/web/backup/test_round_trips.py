"""`styra backup` then `styra restore` gives back every row and file: SQLite → SQLite,
PostgreSQL → PostgreSQL and SQLite → PostgreSQL; the restored organisation is served.

Rows are compared by backing the restored installation up again: each table's row
count and the digest of its rows (as JSON lines, by primary key) must be equal.
"""

import json

import pytest

from tests.web.backup.installations import (
    drop_postgres,
    manifest,
    postgres_installation,
    sqlite_installation,
    table_digests,
)


@pytest.mark.parametrize(
    "source_kind, target_kind",
    [("sqlite", "sqlite"), ("postgres", "postgres"), ("sqlite", "postgres")],
)
def test_every_row_and_file_is_restored_and_served(sources, tmp_path, source_kind, target_kind):
    source, archive = sources(source_kind)
    target_db = f"styra_h_backup_{source_kind}_dst"
    if target_kind == "sqlite":
        target = sqlite_installation(tmp_path / "target")
    else:
        target = postgres_installation(tmp_path / "target", target_db)
    try:
        restored = target.styra("restore", str(archive))
        assert "every checksum equal" in restored.stdout
        again = tmp_path / "again.tar"
        target.styra("backup", "--out", str(again))

        assert table_digests(again) == table_digests(archive)
        original = manifest(archive)
        assert original["database_vendor"] == (
            "sqlite" if source_kind == "sqlite" else "postgresql"
        )
        assert manifest(again)["migrations"] == original["migrations"]
        assert original["tables"]["organisations.network_members"]["rows"] == 2
        assert original["tables"]["indicators.value"]["rows"] > 0
        assert original["files"] == {"media": 1, "private": 3, "versions": 1}
        assert target.files() == source.files()

        served = json.loads(target.site("serve").stdout)
        assert served == {
            "page_status": 200,
            "page_names_organisation": True,
            "document_status": 200,
            "document_is_pdf": True,
        }
    finally:
        if target_kind == "postgres":
            drop_postgres(target_db)
