"""Charts drawn on the server (PDF and Word) speak the page's language, as the browser's do:
decimal commas and Swedish month names; charts.js holds the same Swedish locale."""

import json
import re
from pathlib import Path

from django.utils import translation

from styra.web.common import formats
from styra.web.reports.render import svg_of

CHARTS_JS = Path(formats.__file__).parents[1] / "static/styra/charts.js"
SPEC = {
    "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
    "data": {"values": [{"day": "2025-01-01", "v": 0.25}, {"day": "2025-10-01", "v": 1.5}]},
    "mark": "point",
    "encoding": {
        "x": {"field": "day", "type": "temporal", "timeUnit": "yearmonth"},
        "y": {"field": "v", "type": "quantitative"},
    },
}


def labels(language: str) -> list[str]:
    with translation.override(language):
        return re.findall(r">([^<>]+)</text>", svg_of(SPEC))


def test_a_swedish_chart_has_decimal_commas_and_swedish_months():
    swedish, english = labels("sv"), labels("en")
    assert "0,2" in swedish and "0.2" in english
    assert any("apr" in label for label in swedish) and not any("Apr" in t for t in swedish)


def test_the_browser_charts_use_the_same_swedish_locale():
    script = CHARTS_JS.read_text()
    for name in formats.CHART_TIME_LOCALE["months"] + formats.CHART_TIME_LOCALE["shortMonths"]:
        assert json.dumps(name, ensure_ascii=False) in script
    assert 'decimal: ","' in script
