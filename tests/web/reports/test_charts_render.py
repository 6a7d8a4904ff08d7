"""The charts drawn on the server: SVG for the PDF, PNG for Word, offline (vl-convert);
a chart that cannot be drawn leaves its table alone, and the PDF fetches nothing."""

import pytest

from styra.web.nulage.charts import goal_scores
from styra.web.reports import render

from .conftest import pdf_text

ROWS = [
    {"goal": 13, "title": "Bekämpa klimatförändringarna", "score": 31.0, "level": "red"},
    {"goal": 3, "title": "Hälsa och välbefinnande", "score": 72.0, "level": "green"},
]


def spec():
    rows = [{**r, "level_text": "Stor utmaning" if r["level"] == "red" else "Mindre"} for r in ROWS]
    return goal_scores(rows, "Poäng per mål", "Poäng (0–100)")


def test_a_spec_becomes_svg_with_its_labels():
    svg = render.svg_of(spec())
    assert svg.startswith("<svg") and 'width="' in svg
    assert "13. Bekämpa klimatförändringarna" in svg and "Poäng (0–100)" in svg
    assert render.FONT in svg


def test_a_spec_becomes_png():
    png = render.png_of(spec())
    assert png[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_container_width_is_fixed_for_the_server():
    fixed = render.fixed(spec())
    assert fixed["width"] == render.WIDTH and spec()["width"] == "container"
    assert fixed["config"]["font"] == render.FONT


def test_a_broken_spec_gives_no_chart_instead_of_an_error():
    broken = {"mark": "bar", "encoding": {"x": {"field": "a", "type": "nonsense"}}}
    assert render.svg_of(broken) is None
    assert render.png_of(broken) is None


def test_the_pdf_fetches_nothing_from_outside(tmp_path):
    fetcher = render.data_only_fetcher()
    for url in ("https://example.org/tracker.png", "file:///etc/passwd"):
        with pytest.raises(ValueError, match="disallowed protocol"):
            fetcher(url)
    assert fetcher("data:text/plain;base64,SGVq").read() == b"Hej"
    secret = tmp_path / "secret.svg"
    secret.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40">'
        '<text y="20">HEMLIG</text></svg>'
    )
    html = f'<p>Hej</p><img src="{secret.as_uri()}" alt="">'
    text = pdf_text(render.pdf_of(html, ["p { color: black; }"]), tmp_path)
    assert "Hej" in text and "HEMLIG" not in text  # a plain WeasyPrint would show it
