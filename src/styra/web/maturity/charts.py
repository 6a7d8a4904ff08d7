"""Vega-Lite specs for the results page (drawn by static/styra/charts.js).

Every chart has a description and a table on the page with the same numbers.
"""

from styra.web.common.charts import AREA_COLOUR, base

RANGE_COLOUR, QUARTILE_COLOUR = "#6b6b6b", "#9fb7d6"
LINE_COLOURS = ["#1d4f91", "#a3470f", "#0f6b5c", "#7a2e8e", "#6b6b6b", "#b3261e", "#4d6b00"]


def _level_axis(title: str) -> dict:
    return {
        "type": "quantitative",
        "scale": {"domain": [0, 4]},
        "axis": {"values": [0, 1, 2, 3, 4], "format": "d"},
        "title": title,
    }


def round_spread(rows: list[dict], description: str, level_title: str) -> dict:
    """Per dimension: min–max as a thin line, Q1–Q3 as a bar, the median as a dot."""
    data = [
        {k: r[k] for k in ("dimension", "median", "minimum", "maximum", "q1", "q3", "n")}
        for r in rows
        if r["n"]
    ]
    y = {"field": "dimension", "type": "nominal", "sort": None, "title": None}
    tooltip = [{"field": f, "type": "quantitative"} for f in ("n", "median", "minimum", "maximum")]
    return {
        **base(description, height=max(120, 40 * len(data))),
        "data": {"values": data},
        "encoding": {"y": y},
        "layer": [
            {
                "mark": {"type": "rule", "color": RANGE_COLOUR, "strokeWidth": 2},
                "encoding": {
                    "x": {"field": "minimum", **_level_axis(level_title)},
                    "x2": {"field": "maximum"},
                },
            },
            {
                "mark": {"type": "bar", "color": QUARTILE_COLOUR, "size": 16},
                "encoding": {
                    "x": {"field": "q1", **_level_axis(level_title)},
                    "x2": {"field": "q3"},
                },
            },
            {
                "mark": {"type": "point", "filled": True, "size": 140, "color": AREA_COLOUR},
                "encoding": {
                    "x": {"field": "median", **_level_axis(level_title)},
                    "tooltip": tooltip,
                },
            },
        ],
    }


def history_lines(
    points: list[dict], dimensions: list[str], description: str, level_title: str
) -> dict:
    """The median of each dimension over the rounds, one line per dimension."""
    rounds = list(dict.fromkeys(p["round"] for p in points))
    return {
        **base(description),
        "data": {"values": points},
        "mark": {"type": "line", "point": True, "tooltip": True},
        "encoding": {
            "x": {"field": "round", "type": "ordinal", "sort": rounds, "title": None},
            "y": {"field": "median", **_level_axis(level_title)},
            "color": {
                "field": "dimension",
                "type": "nominal",
                "scale": {"domain": dimensions, "range": LINE_COLOURS[: len(dimensions)]},
                "legend": {"title": None, "orient": "bottom", "columns": 2},
            },
        },
    }
