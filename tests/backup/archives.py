"""A small archive written with the core writer, for the archive tests."""

import io
from pathlib import Path

from styra.backup.archive import ArchiveWriter
from styra.backup.manifest import Manifest

PDF = b"%PDF-1.4 beslut \x00\xff"
ROWS = [[1, "0180", "Stockholm", None], [2, "0114", "Upplands Väsby", 1.5]]


def write_archive(path: Path) -> Manifest:
    manifest = Manifest(
        styra_version="0.1.0",
        django_version="5.2",
        database_vendor="sqlite",
        created_at="2026-12-06T12:00:00+00:00",
        migrations={"organisations": ["0001_initial"]},
    )
    writer = ArchiveWriter(path)
    columns = ["id", "kolada_id", "name", "share"]
    manifest.tables["organisations.organisation"] = writer.add_table(
        "organisations.organisation", "organisations_organisation", columns, iter(ROWS)
    )
    writer.add_stream("files/private/decisions/1/a.pdf", io.BytesIO(PDF), len(PDF))
    manifest.files["private"] = 1
    writer.finish(manifest)
    return manifest


def flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))
