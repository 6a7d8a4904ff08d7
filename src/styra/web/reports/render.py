"""Server-side rendering: charts to SVG and PNG (vl-convert), HTML to PDF (WeasyPrint).

vl-convert runs Vega-Lite in an embedded JavaScript engine shipped inside its
wheel: nothing is fetched at run time. WeasyPrint gets the document's HTML
with every chart inline (data: URIs) and a fetcher that refuses everything
else, so a PDF never reaches the network or the file system.
"""

import base64
import logging

from styra.web.common.formats import chart_locale

log = logging.getLogger(__name__)

WIDTH = 640  # px: the charts' width on an A4 page and in Word (16 cm at 96 dpi)
FONT = "DejaVu Sans"  # installed with the PDF's fonts (fonts-dejavu-core)
PDF_VARIANT = "pdf/ua-1"  # WeasyPrint tags the PDF (structure tree, /Lang, title)


def fixed(spec: dict, width: int = WIDTH) -> dict:
    """The spec with a fixed width (no container to fit on the server) and the print font."""
    config = {**spec.get("config", {}), "font": FONT}
    return {**spec, "width": width, "config": config, "background": "white"}


def svg_of(spec: dict) -> str | None:
    """The chart as SVG text; None if it cannot be drawn (the table beside it still is)."""
    import vl_convert

    try:
        return vl_convert.vegalite_to_svg(fixed(spec), **chart_locale())
    except Exception:  # a chart must never stop the document: its table says the same
        log.exception("vl-convert could not draw a chart")
        return None


def png_of(spec: dict, scale: float = 2) -> bytes | None:
    """The chart as PNG (for Word); None if it cannot be drawn."""
    import vl_convert

    try:
        return vl_convert.vegalite_to_png(fixed(spec), scale=scale, **chart_locale())
    except Exception:
        log.exception("vl-convert could not draw a chart")
        return None


def data_uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def data_only_fetcher():
    """WeasyPrint's URL fetcher: the document is self-contained, so only ``data:`` URIs load."""
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols={"data"}, timeout=1)


def pdf_of(html: str, stylesheets: list[str]) -> bytes:
    """The HTML (with its print stylesheets, given as CSS text) as a tagged PDF/UA-1.

    Tagged, so that a screen reader follows headings, lists and tables (DOS-lagen asks
    for accessible documents); the language comes from ``<html lang>``, the title
    from ``<title>``.
    """
    from weasyprint import CSS, HTML

    document = HTML(string=html, url_fetcher=data_only_fetcher(), base_url="about:blank")
    return document.write_pdf(
        stylesheets=[CSS(string=css) for css in stylesheets], pdf_variant=PDF_VARIANT
    )
