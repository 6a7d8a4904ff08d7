"""Files that keep what data.py builds once per Kolada data, for every process and restart.

Under ``STYRA_CACHE_DIR`` (default ``var/cache``), ``snapshot/`` holds one
directory per *fingerprint* of the Kolada data: its data version, when the
database made the version's row (a new database, whose counter starts again,
never reads an old directory), which database, and a digest of the code the
frames come from (the analysis core, the curated set, data.py). In it:
``values.arrow`` (polars IPC), ``batch-K.pickle`` and ``batch-L.pickle``, and
the analyses ``styra load`` and ``styra serve`` warmed. Pickles are written by
Styra into its own directory, as Django's file cache does; the polars frames
in them are stored as zstd-compressed IPC (a tenth of the size, read faster).

A file is written under a temporary name and renamed, so no reader sees half
of one. One process builds at a time (an exclusive lock on a file beside the
directory): another one that needs the same file waits, then reads it. Writing
a new directory removes the directories of other fingerprints.
"""

import fcntl
import hashlib
import io
import os
import pickle
import shutil
import tempfile
import time
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import polars as pl
from django.conf import settings
from django.db import connection

import styra.agenda2030
import styra.analysis
from styra.web.indicators.models import DataVersion
from styra.web.indicators.versions import KOLADA

FORMAT = 2  # bump when the files' layout changes
FRAME = "polars-ipc-zstd"
CHANGED_AT_SQL = f"SELECT changed_at FROM {DataVersion._meta.db_table} WHERE id = %s"


@cache
def code_digest() -> str:
    """A digest of the code and data files the persisted frames are computed by."""
    digest = hashlib.sha256()
    roots = [Path(styra.analysis.__file__).parent, Path(styra.agenda2030.__file__).parent]
    files = [
        path for root in roots for path in sorted(root.rglob("*")) if path.suffix in (".py", ".csv")
    ]
    for path in [*files, Path(__file__).with_name("data.py")]:
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def data_fingerprint(version: int) -> str:
    """What identifies the Kolada data of ``version`` in this database (see the docstring)."""
    with connection.cursor() as cursor:
        cursor.execute(CHANGED_AT_SQL, [KOLADA])
        row = cursor.fetchone()
    database = connection.settings_dict
    parts = (FORMAT, version, str(row[0] if row else None), code_digest())
    parts += (database["ENGINE"], database["NAME"], database.get("HOST"), database.get("PORT"))
    return f"v{version}-{hashlib.sha256(repr(parts).encode()).hexdigest()[:16]}"


def cache_root() -> Path | None:
    """The snapshot directory's parent, or None when persisting is off (no cache dir)."""
    root = getattr(settings, "STYRA_CACHE_DIR", None)
    return Path(root) / "snapshot" if root else None


class Store:
    """The files of one fingerprint."""

    def __init__(self, root: Path, fingerprint: str):
        self.root = root
        self.directory = root / fingerprint

    @contextmanager
    def locked(self):
        """Hold the lock of this fingerprint (across processes) while building."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.directory.with_suffix(".lock"), "a+b") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def read_frame(self, name: str) -> pl.DataFrame | None:
        path = self.directory / f"{name}.arrow"
        try:
            return pl.read_ipc(path)
        except (OSError, pl.exceptions.PolarsError):
            return None

    def write_frame(self, name: str, frame: pl.DataFrame) -> None:
        self._write(f"{name}.arrow", lambda handle: frame.write_ipc(handle, compression="zstd"))

    def has_object(self, name: str, max_age: float | None = None) -> bool:
        """Whether the object is stored (and not older than ``max_age`` seconds)."""
        try:
            modified = (self.directory / f"{name}.pickle").stat().st_mtime
        except FileNotFoundError:
            return False
        return max_age is None or time.time() - modified <= max_age

    def read_object(self, name: str, max_age: float | None = None):
        """The pickled object, or None if there is none (or it is older than ``max_age`` s)."""
        if not self.has_object(name, max_age):
            return None
        try:
            with (self.directory / f"{name}.pickle").open("rb") as handle:
                return FrameUnpickler(handle).load()
        except (FileNotFoundError, EOFError, pickle.UnpicklingError):
            return None

    def write_object(self, name: str, value) -> None:
        self._write(f"{name}.pickle", lambda handle: FramePickler(handle, protocol=5).dump(value))

    def _write(self, name: str, write) -> None:
        """Write through a temporary file, then rename; the first write prunes old directories."""
        if not self.directory.is_dir():
            self.directory.mkdir(parents=True, exist_ok=True)
            self.prune()
        handle, temporary = tempfile.mkstemp(dir=self.directory, prefix=".writing-")
        try:
            with os.fdopen(handle, "wb") as file:
                write(file)
            os.replace(temporary, self.directory / name)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def prune(self) -> None:
        """Remove the directories (and locks) of other fingerprints."""
        for path in self.root.iterdir():
            if path.name.startswith("v") and path.stem != self.directory.name:
                if path.is_dir():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink(missing_ok=True)


class FramePickler(pickle.Pickler):
    """Pickles with every polars frame in them written as compressed IPC."""

    def persistent_id(self, obj):
        if isinstance(obj, pl.DataFrame):
            buffer = io.BytesIO()
            obj.write_ipc(buffer, compression="zstd")
            return (FRAME, buffer.getvalue())
        return None


class FrameUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, data = pid
        if kind != FRAME:
            raise pickle.UnpicklingError(f"unknown stored object {kind!r}")
        return pl.read_ipc(io.BytesIO(data))


def store_for(version: int) -> Store | None:
    root = cache_root()
    return Store(root, data_fingerprint(version)) if root else None
