"""The nulägesanalys PDF and Word files: rendered once per content, one render at a time.

A render takes 1.4–2.5 s (the tagged PDF the most), so it never runs in a
request: the download view serves the file from this cache when it is there,
else enqueues ``reports.tasks.render_document`` and shows the waiting page
(docs/background-work.md). So:

- **Cached per content.** The key is a digest of the content dict (which holds
  the Kolada and own-data versions; its ``built_at`` cut to the day the
  document shows), the format, the frozen version shown (if any) and the code
  and templates the file is rendered with. The file is kept under
  ``STYRA_CACHE_DIR/documents/`` for every worker and restart (written under a
  temporary name, then renamed; the oldest beyond ``MAX_FILES`` removed), or
  in Django's cache when there is no cache directory or a shared Redis cache
  (``STYRA_REDIS_URL``: several servers). The same content is
  rendered once; any change to it (new data, another language) renders afresh.
- **Rendered one at a time.** Rendering needs a slot: one per process, and
  ``STYRA_RENDER_SLOTS`` for all processes together (a lock file each, so
  that a process crashing releases its slot). A render in the background
  worker waits for a slot; one run inline (the immediate backend) does not
  wait but fails with ``RenderBusy``, which the waiting page shows.
"""

import fcntl
import hashlib
import json
import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from django.conf import settings
from django.core.cache import cache as django_cache
from django.utils.translation import gettext as _

MAX_FILES = 200  # about 40 MB of PDFs and Word files
CACHE_SECONDS = 7 * 24 * 3600  # in Django's cache; a key never goes stale, only unused
SLOT_POLL_SECONDS = 0.5  # how often a waiting render looks for a free slot
_in_process = threading.Lock()


class RenderBusy(Exception):
    """Every render slot stayed taken while the render waited for one."""


def rendered(fmt: str, write: Callable, content: dict, version=None, wait: float = 0) -> bytes:
    """The file ``write(content, version)`` makes, from the cache if it was made before;
    waits up to ``wait`` seconds for a render slot, then raises ``RenderBusy``."""
    data = cached(fmt, content, version)
    if data is not None:
        return data
    key = cache_key(fmt, content, version)
    with render_slot(wait) as held:
        if not held:
            raise RenderBusy(_("Alla platser för att ta fram dokument var upptagna. Försök igen."))
        data = _read(key, fmt)  # rendered by another request while this one got its slot
        if data is None:
            data = write(content, version)
            _write(key, fmt, data)
    return data


def cached(fmt: str, content: dict, version=None) -> bytes | None:
    """The file rendered before for this content, or None."""
    return _read(cache_key(fmt, content, version), fmt)


def cache_key(fmt: str, content: dict, version=None) -> str:
    dated = {**content, "built_at": str(content.get("built_at", ""))[:10]}
    digest = hashlib.sha256(json.dumps(dated, sort_keys=True, default=str).encode())
    shown = "" if version is None else f"{version.pk}:{version.label}:{version.created_at}"
    for part in (fmt, shown, code_digest()):
        digest.update(b"\0" + part.encode())
    return digest.hexdigest()[:32]


@cache
def code_digest(package: Path | None = None) -> str:
    """A digest of this package's (or ``package``'s) code, templates and print stylesheet:
    a new release renders its documents afresh."""
    digest = hashlib.sha256()
    package = package or Path(__file__).parent
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".html", ".css") and "migrations" not in path.parts:
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def folder() -> Path | None:
    root = getattr(settings, "STYRA_CACHE_DIR", "")
    return Path(root) / "documents" if root else None


def files_folder() -> Path | None:
    """Where rendered files are kept: None keeps them in Django's cache, as with
    ``STYRA_REDIS_URL``, where a file the worker on one machine rendered is there for
    the web servers on every other (docs/several-servers.md)."""
    return None if getattr(settings, "REDIS_URL", "") else folder()


def _read(key: str, fmt: str) -> bytes | None:
    directory = files_folder()
    if directory is None:
        return django_cache.get(f"reports:file:{key}")
    try:
        return (directory / f"{key}.{fmt}").read_bytes()
    except FileNotFoundError:
        return None


def _write(key: str, fmt: str, data: bytes) -> None:
    directory = files_folder()
    if directory is None:
        django_cache.set(f"reports:file:{key}", data, CACHE_SECONDS)
        return
    directory.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=directory, suffix=".part")
    with os.fdopen(handle, "wb") as file:
        file.write(data)
    os.replace(temporary, directory / f"{key}.{fmt}")
    _prune(directory)


def _prune(directory: Path) -> None:
    files = [path for path in directory.iterdir() if path.suffix in (".pdf", ".docx", ".xlsx")]
    files.sort(key=lambda path: path.stat().st_mtime, reverse=True)
    for old in files[MAX_FILES:]:
        old.unlink(missing_ok=True)


@contextmanager
def render_slot(wait: float = 0) -> Iterator[bool]:
    """True while this process holds a render slot; False if all are still taken after
    ``wait`` seconds (0: at once)."""
    deadline = time.monotonic() + wait
    acquired = _in_process.acquire(timeout=wait) if wait > 0 else _in_process.acquire(False)
    if not acquired:
        yield False
        return
    try:
        while True:
            with _server_slot() as held:
                if held or time.monotonic() >= deadline:
                    yield held
                    return
            time.sleep(SLOT_POLL_SECONDS)
    finally:
        _in_process.release()


@contextmanager
def _server_slot() -> Iterator[bool]:
    """One of ``STYRA_RENDER_SLOTS`` lock files, shared by every process on the machine."""
    directory = folder()
    if directory is None:  # no shared directory: the process's own slot is all there is
        yield True
        return
    directory.mkdir(parents=True, exist_ok=True)
    for number in range(max(1, settings.STYRA_RENDER_SLOTS)):
        with open(directory / f"render-{number}.lock", "a+b") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue
            try:
                yield True
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)
            return
    yield False
