"""The results page's charts, drawn on the server as SVG (no JavaScript needed).

Each chart is a horizontal bar chart (bars in the order of the table, with the 95 %
interval as a line across each bar where there is one), given as an ``<img>`` with a
data: URL and a text alternative; the table before it holds the same numbers. The
drawing is kept with the results in the cache (results.py).
"""

from styra.web.common.charts import AREA_COLOUR, base
from styra.web.reports.render import data_uri, svg_of

INTERVAL_COLOUR = "#222222"
BAR_HEIGHT = 24


def bar_chart(
    bars: list[tuple[str, float | None, float | None, float | None]],
    description: str,
    value_title: str,
    *,
    domain: tuple[float, float] | None = None,
) -> dict:
    """``bars``: (label, value, interval's lower end, upper end) in the order to show.
    Returns the chart's ``image`` (a data: URL; "" when it could not be drawn, or there is
    nothing to draw) and its ``description``."""
    rows = [
        {"label": label, "value": value, "low": low, "high": high}
        for label, value, low, high in bars
        if value is not None
    ]
    if not rows:
        return {"image": "", "description": description}
    svg = svg_of(spec_of(rows, description, value_title, domain))
    return {"image": data_uri(svg) if svg else "", "description": description}


def spec_of(rows: list[dict], description: str, value_title: str, domain) -> dict:
    scale = {"domain": list(domain)} if domain else {"zero": True}
    y = {"field": "label", "type": "nominal", "sort": None, "title": None}
    x = {"field": "value", "type": "quantitative", "title": value_title, "scale": scale}
    layers = [
        {"mark": {"type": "bar", "color": AREA_COLOUR}, "encoding": {"y": y, "x": x}},
    ]
    if any(row["low"] is not None for row in rows):
        layers.append(
            {
                "transform": [{"filter": "datum.low != null"}],
                "mark": {"type": "rule", "color": INTERVAL_COLOUR, "strokeWidth": 2},
                "encoding": {
                    "y": y,
                    "x": {"field": "low", "type": "quantitative"},
                    "x2": {"field": "high"},
                },
            }
        )
    return {
        **base(description, height=max(80, BAR_HEIGHT * len(rows))),
        "data": {"values": rows},
        "layer": layers,
    }
