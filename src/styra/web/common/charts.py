"""What every chart of the web shell shares: the Vega-Lite frame and the site's colours.

Specs are drawn in the browser by static/styra/charts.js (and as PNG for the
document by reports/render.py). Every chart has a ``description`` read out by
screen readers and a data table on the page with the same numbers; colours
never carry meaning alone.
"""

SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"
AREA_COLOUR, MEDIAN_COLOUR, RIKET_COLOUR = "#1d4f91", "#6b6b6b", "#a3470f"
WOMEN_COLOUR, MEN_COLOUR = "#7a2e8e", "#0f6b5c"
LEVEL_COLOURS = {"red": "#b3261e", "yellow": "#b58100", "green": "#2e7d32", "grey": "#8a8a8a"}


def base(description: str, height: int = 260) -> dict:
    return {
        "$schema": SCHEMA,
        "description": description,
        "width": "container",
        "height": height,
        "config": {"font": "system-ui, sans-serif", "axis": {"labelFontSize": 12}},
    }
