"""End to end: the editor opens a cycle, the contributor and the editor report, the editor
closes it; the follow-up report downloads as PDF (pdftotext finds each action's status),
Word and Excel (python-docx and openpyxl find the same), with what moved since the cycle
before. Not yet rendered, the file waits on the waiting page (a queued job)."""

import re
from datetime import date
from io import BytesIO

from docx import Document
from openpyxl import load_workbook

from styra.web.followup.models import Cycle, Report
from tests.web.reports.conftest import pdf_text

from .conftest import make_cycle, url

NEW = {
    "name": "Tertial 1 2027",
    "kind": "tertial",
    "period_start": "2027-01-01",
    "period_end": "2027-04-30",
    "opens_on": "2027-05-02",
    "deadline": "2027-05-15",
}
# action code → the status it is reported with, as the files say it
EXPECTED = {"S1.1": "Genomförd", "S1.3": "Påbörjad"}


def run_a_cycle(editor, cilla, plan) -> Cycle:
    before = make_cycle(
        plan["x"].organisation, "Tertial 3 2026", date(2026, 9, 1), date(2026, 12, 31), closed=True
    )
    Report.objects.create(cycle=before, action=plan["x"], status="started")
    Report.objects.create(cycle=before, action=plan["z"], status="started")
    editor.post(url("followup-cycle-create"), NEW)
    cycle = Cycle.objects.get(name=NEW["name"])
    editor.post(url("followup-cycle-open", cycle.pk))
    done = {"status": "done", "comment": "Alla stolpar på plats", "matt_N00401": "0,4"}
    assert cilla.post(url("followup-report", cycle.pk, plan["x"].pk), done).status_code == 302
    started = {"status": "started", "comment": "Upphandling pågår"}
    assert editor.post(url("followup-report", cycle.pk, plan["z"].pk), started).status_code == 302
    editor.post(url("followup-cycle-close", cycle.pk))
    cycle.refresh_from_db()
    assert cycle.is_closed
    return cycle


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def docx_text(data: bytes) -> str:
    doc = Document(BytesIO(data))
    cells = [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def test_the_closed_cycles_report_as_pdf_word_and_excel(
    client_for, editor_a, contributor_a, other_contributor, plan, tmp_path
):
    editor, cilla = client_for(editor_a), client_for(contributor_a)
    cycle = run_a_cycle(editor, cilla, plan)
    page = editor.get(url("followup-cycle", cycle.pk)).content.decode()
    pdf_url = url("followup-cycle-file", cycle.pk, "pdf")
    assert pdf_url in page and url("followup-cycle-file", cycle.pk, "xlsx") in page

    response = cilla.get(pdf_url)  # a contributor is a member: she reads the report
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "private, no-store"
    assert (
        'filename="uppfoljningsrapport-stockholm-tertial-1-2027.pdf"'
        in (response["Content-Disposition"])
    )
    text = flat(pdf_text(response.content, tmp_path))
    assert "Uppföljningsrapport: Tertial 1 2027 – Stockholm" in text
    for code, status in EXPECTED.items():
        assert re.search(rf"{re.escape(code)} .*?{status}", text), (code, status)
    assert "2 av 2 åtgärder är rapporterade." in text
    assert "Vad har ändrats sedan Tertial 3 2026?" in text
    assert "Påbörjad Genomförd Framåt" in text  # S1.1 moved up; S1.3 stayed
    print(text)
    assert "Nyckeltal mot målvärden" in text and "N00401" in text

    word = docx_text(editor.get(url("followup-cycle-file", cycle.pk, "docx")).content)
    assert "Uppföljningsrapport: Tertial 1 2027 – Stockholm" in word
    assert "Alla stolpar på plats" in word and "Upphandling pågår" in word
    assert "Vad har ändrats sedan Tertial 3 2026?" in word

    book = load_workbook(BytesIO(editor.get(url("followup-cycle-file", cycle.pk, "xlsx")).content))
    actions = [[c.value for c in row] for row in book["Åtgärder"].iter_rows(min_row=2)]
    statuses = {row[2]: row[4] for row in actions}
    assert statuses == EXPECTED
    measures = [[c.value for c in row] for row in book["Åtgärdernas mått"].iter_rows(min_row=2)]
    assert measures[0][0] == "S1.1" and measures[0][4] == 0.4  # the value reported, a number
    moves = [[c.value for c in row] for row in book["Åtgärder som bytt status"].iter_rows()]
    assert moves[1][:5] == ["S1.1", "Laddstolpar", "Påbörjad", "Genomförd", "Framåt"]
    for code, status in EXPECTED.items():
        assert re.search(rf"{re.escape(code)}\s.*{status}", word, re.S)


def test_a_report_not_rendered_yet_waits_for_its_job(client_for, viewer_a, plan, cycles, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    viewer = client_for(viewer_a)
    response = viewer.get(url("followup-cycle-file", cycles["open"].pk, "docx"))
    assert response.status_code == 302
    assert "/uppfoljning/dokument/" in response["Location"]
    waiting = viewer.get(response["Location"])
    assert waiting["Cache-Control"] == "private, no-store"
    body = waiting.content.decode()
    assert "Dokumentet står i kö" in body and "Tertial 2 2026" in body  # its breadcrumb
    again = viewer.get(url("followup-cycle-file", cycles["open"].pk, "docx"))
    assert again["Location"] == response["Location"]  # the same job, not a second one


def test_an_unknown_format_is_not_found(client_for, viewer_a, plan, cycles):
    assert (
        client_for(viewer_a).get(url("followup-cycle-file", cycles["open"].pk, "odt")).status_code
        == 404
    )
