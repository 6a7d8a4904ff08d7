"""The seeded installations the backup tests restore from, made once per session."""

import pytest

from tests.web.backup.installations import (
    drop_postgres,
    postgres_installation,
    sqlite_installation,
)

SOURCE_DB = "styra_h_backup_src"


@pytest.fixture(scope="session")
def sources(tmp_path_factory):
    """``sources(kind)`` → a seeded installation ("sqlite" or "postgres") and its archive."""
    made = {}

    def source(kind: str):
        if kind not in made:
            folder = tmp_path_factory.mktemp(f"source-{kind}")
            if kind == "sqlite":
                installation = sqlite_installation(folder)
            else:
                installation = postgres_installation(folder, SOURCE_DB)
            installation.site("seed")
            archive = folder / "styra-backup.tar"
            installation.styra("backup", "--out", str(archive))
            made[kind] = installation, archive
        return made[kind]

    yield source
    drop_postgres(SOURCE_DB)
