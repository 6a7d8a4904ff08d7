"""The limits every reader of an uploaded file keeps, in one place.

A small upload can unpack to gigabytes (a "zip bomb": a .docx or .xlsx is a zip
archive) or hold thousands of pages; parsing it would hold a worker for
minutes and fill its memory. So each reader checks what it can before parsing
(``styra.files.zips.check_zip`` reads only the archive's directory, and the
PDF reader counts pages before extracting text) and keeps a ``Deadline`` while
it walks rows, paragraphs or pages. A refusal is a ``FileRefused`` whose
message (Swedish, shown as it is) names the file and the limit.

Pure: the clock is handed in by the caller (the web passes ``time.monotonic``);
without one a deadline never expires.
"""

from collections.abc import Callable
from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class FileLimits:
    """What an uploaded file may unpack to and how long reading it may take."""

    max_unpacked_bytes: int = 100 * MB  # all members of a .docx/.xlsx together
    max_member_bytes: int = 20 * MB  # one member, e.g. word/document.xml, xl/sharedStrings.xml
    max_members: int = 2_000
    max_ratio: int = 100  # unpacked / packed size of one member larger than RATIO_FLOOR
    max_xml_elements: int = 1_000_000  # all XML members together
    max_pdf_pages: int = 1_000
    max_seconds: float = 20.0  # reading and parsing, checked while walking the file
    # An interaction matrix has at most 40 targets: 1,560 pairs in long form, 41 columns wide.
    max_matrix_rows: int = 2_000
    max_matrix_columns: int = 200


DEFAULT_FILE_LIMITS = FileLimits()
RATIO_FLOOR = 1 * MB  # small members may be packed tightly (styles, repeated markup)


class FileRefused(ValueError):
    """A file beyond a limit; the message names the file and the limit, in Swedish."""


class Deadline:
    """Raises ``FileRefused`` from ``check()`` once ``seconds`` have passed on ``clock``."""

    def __init__(
        self, filename: str, seconds: float, clock: Callable[[], float] | None = None
    ) -> None:
        self.filename, self.seconds, self.clock = filename, seconds, clock
        self.ends = None if clock is None else clock() + seconds
        self.checks = 0  # how often the reader looked: tests count work with it, not time

    def check(self) -> None:
        self.checks += 1
        if self.clock is not None and self.ends is not None and self.clock() > self.ends:
            raise FileRefused(
                f"Filen {self.filename} tog för lång tid att läsa; gränsen är "
                f"{_number(self.seconds)} sekunder. Dela upp den i mindre filer."
            )


def check_pdf_pages(pages: int, filename: str, limits: FileLimits = DEFAULT_FILE_LIMITS) -> None:
    """Refuse a PDF with more pages than the limit (before any text is extracted)."""
    if pages > limits.max_pdf_pages:
        raise FileRefused(
            f"Filen {filename} har {thousands(pages)} sidor; gränsen är "
            f"{thousands(limits.max_pdf_pages)} sidor."
        )


def human_size(size: int) -> str:
    """Bytes as a Swedish reader says them: "1,0 GB", "60 MB", "2,5 MB", "300 kB"."""
    if size >= 1024 * MB:
        return f"{size / (1024 * MB):.1f} GB".replace(".", ",")
    if size >= 10 * MB:
        return f"{size / MB:.0f} MB"
    if size >= MB:
        return f"{size / MB:.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1024))} kB"


def thousands(number: int) -> str:
    """1000000 as "1 000 000" (a non-breaking space would also do; a space reads everywhere)."""
    return f"{number:_}".replace("_", " ")


def _number(value: float) -> str:
    return f"{value:g}".replace(".", ",")
