"""The follow-up report and the årsredovisning chapter as files: PDF, Word and Excel.

One content dict (report_content.py, annual.py) → parts (report_parts.py) →
the page and the PDF (the same body template in the print frame, rendered with
the nulägesanalys document's print stylesheet and tagged PDF/UA settings,
``styra.web.reports.render``), the Word file (python-docx, with the document's
table helper, ``styra.web.reports.word``) and the Excel workbook
(``styra.tables.write_xlsx``). ``write_followup_report`` is what
``styra report followup`` calls.
"""

from dataclasses import replace
from io import BytesIO
from pathlib import Path

from django.template.loader import render_to_string
from django.utils import timezone, translation
from docx import Document

from styra.tables import write_xlsx
from styra.web.common.downloads import XLSX
from styra.web.organisations.models import Organisation
from styra.web.reports import render, word
from styra.web.reports.documents import static_text
from styra.web.reports.presentation import KOLADA_SOURCE

from . import report_parts
from .models import Cycle
from .report_content import cycle_content

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def parts_of(content: dict) -> list[report_parts.Part]:
    if content["kind"] == "year":
        from .annual import annual_parts

        return annual_parts(content)
    return report_parts.cycle_parts(content)


def shown_parts(content: dict) -> list[report_parts.Part]:
    """The parts with every cell as the reader sees it (the page, the PDF, Word)."""
    parts = parts_of(content)
    for part in parts:
        part.tables = [
            replace(table, rows=[[report_parts.shown(c) for c in row] for row in table.rows])
            for table in part.tables
        ]
    return parts


def body_context(content: dict) -> dict:
    return {
        "content": content,
        "title": report_parts.title(content),
        "parts": shown_parts(content),
        "kolada_source": KOLADA_SOURCE,
    }


def body_html(content: dict) -> str:
    """The report's body for a page, in the content's language."""
    with translation.override(content["language"]):
        return render_to_string("followup/_report_body.html", body_context(content))


def pdf_bytes(content: dict, version=None) -> bytes:
    with translation.override(content["language"]):
        html = render_to_string(
            "reports/print_frame.html",
            body_context(content) | {"body_template": "followup/_report_body.html"},
        )
    return render.pdf_of(html, [static_text("reports/print.css")])


def docx_bytes(content: dict, version=None) -> bytes:
    with translation.override(content["language"]):
        doc = Document()
        doc.add_heading(report_parts.title(content), level=0)
        for part in shown_parts(content):
            doc.add_heading(part.heading, level=part.level - 1)
            for text in part.texts:
                doc.add_paragraph(text)
            for table in part.tables:
                word.add_table(doc, table.title, list(table.columns), list(table.rows))
        word.add_source(doc, KOLADA_SOURCE)
        out = BytesIO()
        doc.save(out)
    return out.getvalue()


def xlsx_bytes(content: dict, version=None) -> bytes:
    with translation.override(content["language"]):
        return write_xlsx(*report_parts.cycle_sheets(content))


# format → (content type, writer); the download view, the render task and the CLI
# look the writer up here. The årsredovisning chapter is Word only (and its page).
FORMATS = {
    "pdf": ("application/pdf", pdf_bytes),
    "docx": (DOCX, docx_bytes),
    "xlsx": (XLSX, xlsx_bytes),
}


def find_cycle(kolada_id: str, cycle_id: int) -> Cycle:
    """The organisation's cycle; ``LookupError`` naming what is unknown."""
    organisation = Organisation.objects.filter(pk=kolada_id).first()
    if organisation is None:
        raise LookupError(f"no organisation with Kolada id {kolada_id!r} uses Styra")
    cycle = Cycle.objects.filter(organisation=organisation, pk=cycle_id).first()
    if cycle is None:
        known = ", ".join(
            f"{pk} ({name})"
            for pk, name in Cycle.objects.filter(organisation=organisation).values_list(
                "pk", "name"
            )
        )
        raise LookupError(
            f"{organisation.name} has no follow-up cycle {cycle_id}"
            + (f"; its cycles: {known}" if known else "; it has no cycles yet")
        )
    return cycle


def write_followup_report(kolada_id: str, cycle_id: int, fmt: str, out: Path) -> None:
    """Write the cycle's follow-up report as ``fmt`` (pdf, docx, xlsx) to ``out``."""
    if fmt not in FORMATS:
        raise LookupError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    cycle = find_cycle(kolada_id, cycle_id)
    with translation.override("sv"):
        content = cycle_content(cycle, timezone.localdate())
    out.write_bytes(FORMATS[fmt][1](content))


def file_stem(content: dict) -> str:
    """The file's name before its ending (``attachment`` slugifies it)."""
    name = content["organisation"]["name"]
    if content["kind"] == "year":
        return f"arsredovisning-uppfoljning-{name}-{content['year']}"
    return f"uppfoljningsrapport-{name}-{content['cycle']['name']}"
