"""Keep each Kolada data version: the curated KPIs' values as ``styra load`` left them.

After a load the values of Styra's curated KPIs (what every analysis reads) are
written to ``kolada-v<N>.parquet`` in the "versions" storage (``STYRA_VERSIONS_DIR``,
or the S3 bucket's ``versions/`` when several servers share one) with a ``DataRelease`` row
(number = the Kolada data version, the source, how many values, the file, a
fingerprint of the values). A load that left the values exactly as the newest
kept version makes no new one. The newest ``STYRA_KEEP_VERSIONS`` are kept
(never fewer than two); older files and rows are deleted.
"""

import hashlib
import io
from functools import lru_cache

import polars as pl
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import Storage, storages
from django.db import transaction

from styra.agenda2030 import curated_kpis_frame
from styra.web.indicators.versions import kolada_version
from styra.web.nulage.data import VALUE_SCHEMA, read_values

from .models import DataRelease

MIN_KEPT = 2
SORT = ["kpi_id", "area_id", "year", "gender"]


def versions_storage() -> Storage:
    return storages["versions"]


def curated_values(values: pl.DataFrame) -> pl.DataFrame:
    """``values`` cut to the curated KPIs, in one order and schema (what is kept)."""
    ids = curated_kpis_frame()["kpi_id"].to_list()
    frame = values.filter(pl.col("kpi_id").is_in(ids)).select(list(VALUE_SCHEMA))
    return frame.cast(VALUE_SCHEMA).sort(SORT)  # type: ignore[arg-type]


def fingerprint(values: pl.DataFrame) -> str:
    """A digest of the values (cut and sorted as ``curated_values`` does)."""
    digest = hashlib.sha256()
    digest.update(curated_values(values).write_csv().encode())
    return digest.hexdigest()


def write_parquet(frame: pl.DataFrame, name: str) -> str:
    """The frame as ``name`` in the versions storage (a file left by an earlier database
    replaced); the name stored. Readers only open files a ``DataRelease`` names, and its
    row is written after the file."""
    buffer = io.BytesIO()
    frame.write_parquet(buffer, compression="zstd")
    storage = versions_storage()
    storage.delete(name)  # nothing when there is none
    return storage.save(name, ContentFile(buffer.getvalue()))


def archive_version(source: str) -> DataRelease | None:
    """Keep the values now loaded as a new release; None when they equal the newest one."""
    frame = curated_values(read_values(curated_kpis_frame()["kpi_id"].to_list()))
    digest = fingerprint(frame)
    newest = DataRelease.objects.first()
    if newest is not None and newest.fingerprint == digest:
        return None
    number = kolada_version()
    name = write_parquet(frame, f"kolada-v{number}.parquet")
    with transaction.atomic():
        DataRelease.objects.filter(number=number).delete()  # a new database counting again
        release = DataRelease.objects.create(
            number=number,
            source=source[:500],
            values_count=frame.height,
            file_name=name,
            fingerprint=digest,
        )
    prune(settings.STYRA_KEEP_VERSIONS)
    return release


def prune(keep: int) -> None:
    """Delete all but the newest ``keep`` releases (never the newest two) and their files."""
    for old in DataRelease.objects.all()[max(keep, MIN_KEPT) :]:
        versions_storage().delete(old.file_name)
        old.delete()


@lru_cache(maxsize=4)
def _read(name: str, fingerprint: str) -> pl.DataFrame:
    with versions_storage().open(name, "rb") as stored:
        return pl.read_parquet(io.BytesIO(stored.read()))


def release_values(release: DataRelease) -> pl.DataFrame:
    """The kept values of ``release`` (read once per process)."""
    return _read(release.file_name, release.fingerprint)
