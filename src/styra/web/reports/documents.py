"""The document in its three forms — page, PDF, Word — rendered from one content dict.

The body (templates/reports/_document.html) is rendered in the language the
content was built in, for the page and for the PDF alike; the PDF is that
same body in a print frame (print_frame.html, shared with the VLR and the
follow-up report) with the print stylesheet,
its charts drawn on the server as SVG. The Word file (word.py) reads the same
dict, summary and sources.
"""

from dataclasses import dataclass

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation

from styra.web.radighet.services import label_of

from . import presentation, render, word
from .charts import charts_of


@dataclass(frozen=True)
class PrintChart:
    id: str
    description: str
    src: str | None  # a data: URI of the SVG; None if it could not be drawn


def print_charts(content: dict) -> dict:
    found = {}
    for key, chart in charts_of(content).items():
        if chart is None:
            found[key] = None
            continue
        svg = render.svg_of(chart.spec)
        found[key] = PrintChart(chart.id, chart.description, render.data_uri(svg) if svg else None)
    return found


def body_context(content: dict, version=None, for_print: bool = False) -> dict:
    return {
        "content": content,
        "version": version,
        "title": presentation.title(content),
        "summary": presentation.summary(content),
        "data_age_note": presentation.data_age_note(content),
        "sources": presentation.sources(content),
        "charts": print_charts(content) if for_print else charts_of(content),
        "level_names": [f"{level} – {label_of(level)}" for level in (3, 2, 1, 0)],
        "kolada_source": presentation.KOLADA_SOURCE,
        "print": for_print,
    }


def body_html(content: dict, version=None) -> str:
    """The document's body for the page, in the content's language."""
    with translation.override(content["language"]):
        return render_to_string("reports/_document.html", body_context(content, version))


def static_text(path: str) -> str:
    found = finders.find(path)
    if not found:
        raise FileNotFoundError(path)
    with open(found, encoding="utf-8") as handle:
        return handle.read()


def pdf_bytes(content: dict, version=None) -> bytes:
    with translation.override(content["language"]):
        html = render_to_string(
            "reports/print_frame.html",
            body_context(content, version, for_print=True)
            | {"body_template": "reports/_document.html"},
        )
    return render.pdf_of(html, [static_text("reports/print.css")])


def docx_bytes(content: dict, version=None) -> bytes:
    with translation.override(content["language"]):
        return word.write_docx(content, version)


# The document's files: format → (content type, writer). The download view and the
# render task look the writer up here.
FORMATS = {
    "pdf": ("application/pdf", pdf_bytes),
    "docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        docx_bytes,
    ),
}
