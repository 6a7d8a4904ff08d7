"""``styra report vlr ORG --year YEAR --format pdf|docx --out FILE``: writes the file (the
newest frozen VLR of the year, else the draft) and refuses bad input."""

from io import BytesIO

from click.testing import CliRunner
from docx import Document

from styra.cli import main

from .conftest import ACTION, DRAFT, YEAR, pdf_text


def run(*args):
    return CliRunner().invoke(main, ["report", "vlr", *args])


def test_writes_the_draft_as_pdf_and_word(plan_a, tmp_path):
    pdf, docx = tmp_path / "vlr.pdf", tmp_path / "vlr.docx"
    result = run("0180", "--year", str(YEAR), "--format", "pdf", "--out", str(pdf))
    assert result.exit_code == 0, result.output
    assert "draft" in result.output
    text = pdf_text(pdf.read_bytes(), tmp_path)
    assert "Statistisk bilaga" in text and ACTION in text
    result = run("0180", "--year", str(YEAR), "--format", "docx", "--out", str(docx))
    assert result.exit_code == 0, result.output
    doc = Document(BytesIO(docx.read_bytes()))
    assert any("Frivillig lokal granskning" in p.text for p in doc.paragraphs)


def test_writes_the_frozen_version_of_the_year(client_for, editor_a, plan_a, tmp_path):
    client = client_for(editor_a)
    client.post(f"{DRAFT}frys/", {"label": "Beslutad i KF", "decided_on": "2026-06-01"})
    out = tmp_path / "vlr.docx"
    result = run("0180", "--year", str(YEAR), "--format", "docx", "--out", str(out))
    assert result.exit_code == 0 and "Beslutad i KF" in result.output
    assert out.stat().st_size > 0


def test_refuses_bad_input(org_a, tmp_path):
    out = tmp_path / "vlr.pdf"
    unknown = run("9999", "--year", "2026", "--format", "pdf", "--out", str(out))
    assert unknown.exit_code != 0 and "9999" in unknown.output
    wrong = run("0180", "--year", "2026", "--format", "xlsx", "--out", str(out))
    assert wrong.exit_code != 0 and "xlsx" in wrong.output
    early = run("0180", "--year", "1990", "--format", "pdf", "--out", str(out))
    assert early.exit_code != 0
    missing = run("0180", "--format", "pdf", "--out", str(out))
    assert missing.exit_code != 0 and "--year" in missing.output
    assert not out.exists()
