"""Limits for reading uploaded files (Office, PDF, CSV) before and while they are parsed."""

from styra.files.limits import (
    DEFAULT_FILE_LIMITS,
    Deadline,
    FileLimits,
    FileRefused,
    check_pdf_pages,
    human_size,
)
from styra.files.problems import FileProblem
from styra.files.zips import check_zip

__all__ = [
    "DEFAULT_FILE_LIMITS",
    "Deadline",
    "FileLimits",
    "FileProblem",
    "FileRefused",
    "check_pdf_pages",
    "check_zip",
    "human_size",
]
