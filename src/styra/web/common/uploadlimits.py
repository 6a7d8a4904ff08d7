"""The limits of ``styra.files`` as this site sets them, with the clock the core leaves out.

Every view that reads an uploaded file (focus documents, own values, action
plan import) passes these, so the settings below apply to them all:
``STYRA_MAX_UPLOAD_MB`` (the file), ``STYRA_UPLOAD_MAX_UNPACKED_MB`` (a .docx
or .xlsx unpacked) and ``STYRA_UPLOAD_READ_SECONDS`` (reading it).
"""

import dataclasses
import time

from django.conf import settings

from styra.files import DEFAULT_FILE_LIMITS, FileLimits
from styra.files.limits import MB
from styra.tables import Limits

clock = time.monotonic


def file_limits() -> FileLimits:
    return dataclasses.replace(
        DEFAULT_FILE_LIMITS,
        max_unpacked_bytes=settings.STYRA_UPLOAD_MAX_UNPACKED_MB * MB,
        max_seconds=settings.STYRA_UPLOAD_READ_SECONDS,
    )


def table_limits(max_rows: int) -> Limits:
    """Limits for an uploaded table (CSV or .xlsx) of at most ``max_rows`` rows."""
    return Limits(
        max_bytes=settings.STYRA_MAX_UPLOAD_MB * MB,
        max_rows=max_rows,
        files=file_limits(),
        clock=clock,
    )
