"""The VLR in its three forms — page, PDF, Word — rendered from one content dict.

The blocks (blocks.py) are walked by the body template (templates/vlr/_document.html,
the page and the PDF) and by the Word writer below. The PDF and Word rendering is
the nulägesanalys document's (reports.render: WeasyPrint, tagged PDF/UA-1, only
``data:`` fetched; reports.word: the tables; reports' print stylesheet).
"""

from io import BytesIO

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from docx import Document
from docx.shared import Pt

from styra.web.common.formats import day
from styra.web.reports import render, word
from styra.web.reports.documents import static_text

from . import blocks


def body_context(content: dict, version=None) -> dict:
    return {
        "content": content,
        "version": version,
        "title": blocks.title(content),
        "sections": blocks.sections(content),
        "kolada_source": blocks.source(),
    }


def body_html(content: dict, version=None) -> str:
    with translation.override(content["language"]):
        return render_to_string("vlr/_document.html", body_context(content, version))


def print_html(content: dict, version=None) -> str:
    with translation.override(content["language"]):
        return render_to_string(
            "reports/print_frame.html",
            body_context(content, version) | {"body_template": "vlr/_document.html"},
        )


def pdf_bytes(content: dict, version=None) -> bytes:
    css = [static_text("reports/print.css")]
    return render.pdf_of(print_html(content, version), css)


def status_line(version) -> str:
    if version is None:
        return _("Utkast: siffrorna följer data och ändras när data uppdateras.")
    text = _("Fryst version: %(label)s, beslutad %(date)s.") % {
        "label": version.label,
        "date": day(version.decided_on),
    }
    return f"{text} {version.reference}".strip()


def write_docx(content: dict, version=None) -> bytes:
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    doc.core_properties.title = blocks.title(content)
    doc.core_properties.author = "Styra"
    doc.core_properties.comments = blocks.source()
    doc.add_heading(blocks.title(content), level=0)
    doc.add_paragraph(status_line(version))
    for section in blocks.sections(content):
        doc.add_heading(section["heading"], level=1)
        if section["narrative"]:
            for paragraph in section["narrative"].split("\n\n"):
                doc.add_paragraph(paragraph.strip())
        for part in section["parts"]:
            add_part(doc, part)
    word.add_source(doc, blocks.source())
    out = BytesIO()
    doc.save(out)
    return out.getvalue()


def add_part(doc, part: dict) -> None:
    if "h" in part:
        doc.add_heading(part["h"], level=2)
    elif "p" in part:
        doc.add_paragraph(part["p"])
    elif "list" in part:
        for item in part["list"]:
            doc.add_paragraph(item, style="List Bullet")
    else:
        word.add_table(doc, part["table"], part["columns"], part["rows"])


def docx_bytes(content: dict, version=None) -> bytes:
    with translation.override(content["language"]):
        return write_docx(content, version)


FORMATS = {
    "pdf": ("application/pdf", pdf_bytes),
    "docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        docx_bytes,
    ),
}
