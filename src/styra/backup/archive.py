"""The archive: one uncompressed tar, so any member can be read without unpacking the rest.

Layout::

    tables/<app>.<model>.jsonl.gz   one JSON array of column values a line, by primary key
    files/<store>/<path>            each file a storage held, byte for byte
    manifest.json                   what the archive holds (styra.backup.manifest)
    manifest.sha256                 the digest of manifest.json

Every member's sha256 is in the manifest; ``ArchiveReader.verify`` checks them all
(and the manifest's own) before anything is restored.
"""

import gzip
import hashlib
import io
import json
import os
import tarfile
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from .manifest import Manifest, ManifestError, TableEntry

MANIFEST = "manifest.json"
MANIFEST_DIGEST = "manifest.sha256"
CHUNK = 1 << 20


class ArchiveError(Exception):
    """The archive is damaged or incomplete; the message names the member."""


def table_member(label: str) -> str:
    return f"tables/{label}.jsonl.gz"


def file_member(store: str, name: str) -> str:
    return f"files/{store}/{name}"


class _HashingReader(io.RawIOBase):
    """Reads through ``source`` while hashing what passes."""

    def __init__(self, source: IO[bytes]):
        self.source = source
        self.digest = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data = self.source.read(size)
        self.digest.update(data)
        return data


class ArchiveWriter:
    """Writes ``<path>.partial`` and renames it to ``path`` once complete."""

    def __init__(self, path: Path):
        self.path = path
        self.partial = path.with_name(path.name + ".partial")
        # Kept open across calls: finish() or abort() closes it.
        self.tar = tarfile.open(self.partial, "w", format=tarfile.PAX_FORMAT)  # noqa: SIM115
        self.members: dict[str, dict[str, Any]] = {}

    def add_stream(self, name: str, source: IO[bytes], size: int) -> str:
        """Add ``size`` bytes of ``source`` as member ``name``; its sha256."""
        if name in self.members:
            raise ArchiveError(f"{name} twice in one archive")
        info = tarfile.TarInfo(name)
        info.size, info.mtime, info.mode = size, int(time.time()), 0o600
        reader = _HashingReader(source)
        self.tar.addfile(info, reader)
        digest = reader.digest.hexdigest()
        self.members[name] = {"sha256": digest, "size": size}
        return digest

    def add_table(self, label: str, db_table: str, columns: list[str], rows: Iterable[list]):
        """Add one table's rows (lists of JSON-ready values) as gzipped JSON lines."""
        counted, lines_digest = 0, hashlib.sha256()
        with tempfile.TemporaryFile(dir=self.partial.parent) as staged:
            with gzip.GzipFile(fileobj=staged, mode="wb", compresslevel=5, mtime=0) as packed:
                for row in rows:
                    # Keys sorted: PostgreSQL's jsonb keeps no order, and the digest must not care.
                    line = json.dumps(
                        row, ensure_ascii=False, separators=(",", ":"), sort_keys=True
                    )
                    data = (line + "\n").encode()
                    lines_digest.update(data)
                    packed.write(data)
                    counted += 1
            size = staged.tell()
            staged.seek(0)
            member = table_member(label)
            self.add_stream(member, staged, size)
        return TableEntry(db_table, member, columns, counted, lines_digest.hexdigest())

    def finish(self, manifest: Manifest) -> None:
        manifest.members = dict(self.members)
        data = json.dumps(manifest.to_json(), ensure_ascii=False, indent=1).encode()
        self.add_stream(MANIFEST, io.BytesIO(data), len(data))
        digest = hashlib.sha256(data).hexdigest().encode()
        self.add_stream(MANIFEST_DIGEST, io.BytesIO(digest), len(digest))
        self.tar.close()
        os.replace(self.partial, self.path)

    def abort(self) -> None:
        self.tar.close()
        self.partial.unlink(missing_ok=True)


class ArchiveReader:
    def __init__(self, path: Path):
        try:
            self.tar = tarfile.open(path, "r:")  # noqa: SIM115  (close() closes it)
            self.entries = {info.name: info for info in self.tar.getmembers()}
        except (OSError, tarfile.TarError) as error:
            raise ArchiveError(f"{path} is not a readable backup archive: {error}") from error

    def close(self) -> None:
        self.tar.close()

    def _open(self, name: str) -> IO[bytes]:
        info = self.entries.get(name)
        handle = self.tar.extractfile(info) if info is not None else None
        if handle is None:
            raise ArchiveError(f"the archive has no member {name}")
        return handle

    def read_manifest(self) -> Manifest:
        data = self._open(MANIFEST).read()
        expected = self._open(MANIFEST_DIGEST).read().decode(errors="replace").strip()
        if hashlib.sha256(data).hexdigest() != expected:
            raise ArchiveError(f"{MANIFEST} is damaged (its checksum differs)")
        try:
            return Manifest.from_json(json.loads(data))
        except (ValueError, ManifestError) as error:
            raise ArchiveError(f"{MANIFEST} is unreadable: {error}") from error

    def verify(self) -> Manifest:
        """The manifest, once every member is present, expected, and has its checksum."""
        manifest = self.read_manifest()
        present = set(self.entries) - {MANIFEST, MANIFEST_DIGEST}
        for name in sorted(set(manifest.members) - {MANIFEST, MANIFEST_DIGEST}):
            if name not in present:
                raise ArchiveError(f"member {name} is missing")
            expected = manifest.members[name]
            digest, size = hashlib.sha256(), 0
            with self._open(name) as handle:
                while chunk := handle.read(CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
            if digest.hexdigest() != expected["sha256"] or size != expected["size"]:
                raise ArchiveError(f"member {name} is damaged (its checksum differs)")
        extra = present - set(manifest.members)
        if extra:
            raise ArchiveError(f"member {sorted(extra)[0]} is not in the manifest")
        return manifest

    def table_rows(self, entry: TableEntry) -> Iterator[list]:
        with gzip.GzipFile(fileobj=self._open(entry.member), mode="rb") as lines:
            for line in lines:
                yield json.loads(line)

    def files(self, store: str) -> Iterator[tuple[str, IO[bytes]]]:
        """(name in the store, contents) of each file archived from ``store``."""
        prefix = file_member(store, "")
        for name in sorted(self.entries):
            if name.startswith(prefix):
                yield name[len(prefix) :], self._open(name)
