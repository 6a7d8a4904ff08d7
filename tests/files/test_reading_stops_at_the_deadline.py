"""Every reader checks a deadline while it walks the file (pages, paragraphs, rows) and
stops there with a message naming the file; the clock is a counter, never waited on."""

import dataclasses

import pytest

from styra.files import DEFAULT_FILE_LIMITS
from styra.focus import ExtractError, extract_passages
from styra.tables import Limits, TableError, read_table
from tests.files.bombs import CountingClock, blank_pdf
from tests.focus.documents import make_docx, make_pdf

LIMITS = dataclasses.replace(DEFAULT_FILE_LIMITS, max_seconds=10)
MESSAGE = "tog för lång tid att läsa; gränsen är 10 sekunder. Dela upp den i mindre filer."


def refused_document(data: bytes, filename: str, clock: CountingClock) -> str:
    with pytest.raises(ExtractError) as refused:
        extract_passages(data, filename, limits=LIMITS, clock=clock)
    return str(refused.value)


def test_a_pdf_stops_after_the_pages_read_in_time():
    clock = CountingClock()
    pages = [[f"Sida {n} om klimat och budget i kommunen."] for n in range(40)]
    assert refused_document(make_pdf(pages), "plan.pdf", clock) == f"Filen plan.pdf {MESSAGE}"
    assert clock.reads == 12  # the start, ten pages in time, the eleventh too late


def test_a_word_file_stops_among_its_paragraphs():
    def build(document):
        for n in range(200):
            document.add_paragraph(f"Stycke {n} om vatten.")

    clock = CountingClock()
    assert refused_document(make_docx(build), "plan.docx", clock).startswith("Filen plan.docx")
    assert clock.reads < 40


def test_a_text_file_stops_among_its_passages():
    text = "\n\n".join(f"Stycke {n}. " + "ord " * 60 for n in range(500)).encode()
    clock = CountingClock()
    assert refused_document(text, "plan.txt", clock) == f"Filen plan.txt {MESSAGE}"
    assert clock.reads == 12


def test_a_table_stops_among_its_rows():
    rows = "titel\n" + "\n".join(f"Åtgärd {n}" for n in range(5000))
    clock = CountingClock()
    limits = Limits(files=LIMITS, clock=clock)
    with pytest.raises(TableError) as refused:
        read_table(rows.encode(), "plan.csv", {"title": ("titel",)}, limits=limits)
    assert str(refused.value) == f"Filen plan.csv {MESSAGE}"
    assert clock.reads == 12


def test_without_a_clock_there_is_no_deadline():
    passages = extract_passages(make_pdf([["Text om klimatet."]] * 3), "plan.pdf", limits=LIMITS)
    assert len(passages) == 1
    assert blank_pdf(1)  # the builder the page limit test uses works for one page too
