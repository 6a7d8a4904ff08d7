"""Keep each Kolada data version: the curated KPIs' values as ``styra load`` left them.

After a load the values of Styra's curated KPIs (what every analysis reads) are
written to ``STYRA_VERSIONS_DIR/kolada-v<N>.parquet`` with a ``DataRelease`` row
(number = the Kolada data version, the source, how many values, the file, a
fingerprint of the values). A load that left the values exactly as the newest
kept version makes no new one. The newest ``STYRA_KEEP_VERSIONS`` are kept
(never fewer than two); older files and rows are deleted.
"""

import hashlib
import os
import tempfile
from functools import lru_cache
from pathlib import Path

import polars as pl
from django.conf import settings
from django.db import transaction

from styra.agenda2030 import curated_kpis_frame
from styra.web.indicators.versions import current_versions
from styra.web.nulage.data import VALUE_SCHEMA, read_values

from .models import DataRelease

MIN_KEPT = 2
SORT = ["kpi_id", "area_id", "year", "gender"]


def versions_dir() -> Path:
    return Path(settings.STYRA_VERSIONS_DIR)


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


def write_parquet(frame: pl.DataFrame, path: Path) -> None:
    """Through a temporary file and a rename: no reader sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".writing-")
    os.close(handle)
    try:
        frame.write_parquet(temporary, compression="zstd")
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def archive_version(source: str) -> DataRelease | None:
    """Keep the values now loaded as a new release; None when they equal the newest one."""
    frame = curated_values(read_values(curated_kpis_frame()["kpi_id"].to_list()))
    digest = fingerprint(frame)
    newest = DataRelease.objects.first()
    if newest is not None and newest.fingerprint == digest:
        return None
    number = current_versions()[0]
    name = f"kolada-v{number}.parquet"
    write_parquet(frame, versions_dir() / name)
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
        (versions_dir() / old.file_name).unlink(missing_ok=True)
        old.delete()


@lru_cache(maxsize=4)
def _read(path: Path, fingerprint: str) -> pl.DataFrame:
    return pl.read_parquet(path)


def release_values(release: DataRelease) -> pl.DataFrame:
    """The kept values of ``release`` (read once per process)."""
    return _read(versions_dir() / release.file_name, release.fingerprint)
