"""Bad files give a clear Swedish message (ExtractError) and no passages at all."""

import io
import zipfile

import pytest

from styra.focus import ExtractError, extract_passages
from tests.focus.documents import encrypt_pdf, make_docx, make_pdf


def reason(data: bytes, filename: str, **options) -> str:
    with pytest.raises(ExtractError) as error:
        extract_passages(data, filename, **options)
    return str(error.value)


def test_encrypted_pdf():
    pdf = encrypt_pdf(make_pdf([["Hemlig text om budgeten."]]), user_password="hemligt")
    assert reason(pdf, "budget.pdf").startswith("PDF-filen är krypterad")


def test_scanned_pdf_without_text():
    assert "innehåller ingen text (skannad?)" in reason(make_pdf([[], []]), "skannad.pdf")


def test_corrupt_pdf():
    assert reason(b"%PDF-1.7\n1 0 obj << /Type", "trasig.pdf").startswith("PDF-filen är skadad")


def test_file_that_is_not_what_its_name_says():
    assert "inte en PDF-fil" in reason(b"hej hej", "plan.pdf")
    assert "inte en Word-fil" in reason(make_pdf([["text"]]), "plan.docx")
    assert "inte en textfil" in reason(b"\x00\x01\x02binary", "plan.txt")


def test_corrupt_docx():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/inget.xml", "<x/>")
    assert reason(buffer.getvalue(), "plan.docx").startswith("Word-filen är skadad")
    truncated = make_docx(lambda d: d.add_paragraph("Text"))[:300]
    assert reason(truncated, "plan.docx").startswith("Word-filen är skadad")


def test_unsupported_types():
    assert reason(b"data", "tabell.xlsx") == (
        "Filtypen .xlsx stöds inte. Ladda upp PDF, Word (.docx), text (.txt) eller HTML (.html)."
    )
    assert "utan filändelse" in reason(b"data", "README")
    assert ".doc) stöds inte" in reason(b"\xd0\xcf\x11\xe0", "gammal.doc")


def test_too_large_and_empty():
    assert reason(b"x" * 2048, "stor.txt", max_bytes=1024).startswith("Filen är för stor")
    assert reason(b"", "tom.txt") == "Filen är tom."
    assert reason(b"\n\n  \n", "blank.txt") == "Dokumentet innehåller ingen text att analysera."
