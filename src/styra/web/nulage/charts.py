"""Vega-Lite specs for the analysis pages (drawn in the browser by static/styra/charts.js).

Every chart has a ``description`` (read out by screen readers) and a data
table on the page with the same numbers. Colours are the site's own and
never carry meaning alone: the tables and labels say it in words.
"""

from styra.web.common.charts import (
    AREA_COLOUR,
    LEVEL_COLOURS,
    MEDIAN_COLOUR,
    MEN_COLOUR,
    RIKET_COLOUR,
    WOMEN_COLOUR,
    base,
)


def goal_scores(rows: list[dict], description: str, score_label: str) -> dict:
    """Horizontal bars: each goal's mean score (0–100), biggest challenge on top."""
    data = [
        {"goal": f"{r['goal']}. {r['title']}", "score": r["score"], "level": r["level_text"]}
        for r in rows
        if r["score"] is not None
    ]
    levels = sorted({r["level_text"]: r["level"] for r in rows}.items())
    return {
        **base(description, height=max(120, 24 * len(data))),
        "data": {"values": data},
        "mark": {"type": "bar", "tooltip": True},
        "encoding": {
            "y": {"field": "goal", "type": "nominal", "sort": None, "title": None},
            "x": {
                "field": "score",
                "type": "quantitative",
                "scale": {"domain": [0, 100]},
                "title": score_label,
            },
            "color": {
                "field": "level",
                "type": "nominal",
                "scale": {
                    "domain": [text for text, _ in levels],
                    "range": [LEVEL_COLOURS[level] for _, level in levels],
                },
                "legend": {"title": None, "orient": "bottom"},
            },
        },
    }


def time_series(series: list[tuple[str, list[tuple[int, float]]]], description, unit) -> dict:
    """Lines over the years, one per named series (area, median, Riket …)."""
    colours = [AREA_COLOUR, MEDIAN_COLOUR, RIKET_COLOUR, WOMEN_COLOUR, MEN_COLOUR]
    data = [
        {"series": name, "year": year, "value": value}
        for name, points in series
        for year, value in points
    ]
    names = [name for name, points in series if points]
    return {
        **base(description),
        "data": {"values": data},
        "mark": {"type": "line", "point": True, "tooltip": True},
        "encoding": {
            "x": {"field": "year", "type": "ordinal", "title": None},
            "y": {"field": "value", "type": "quantitative", "title": unit or None},
            "color": {
                "field": "series",
                "type": "nominal",
                "scale": {"domain": names, "range": colours[: len(names)]},
                "legend": {"title": None, "orient": "bottom"},
            },
            "strokeDash": {"field": "series", "type": "nominal", "legend": None},
        },
    }


def distribution(values: list[dict], description: str, unit: str, area_label: str) -> dict:
    """Every area's value in one year as a dot; the analysed area marked and labelled."""
    return {
        **base(description, height=90),
        "data": {"values": values},
        "layer": [
            {
                "mark": {"type": "tick", "thickness": 1, "tooltip": True},
                "encoding": {
                    "x": {"field": "value", "type": "quantitative", "title": unit or None},
                    "color": {"value": MEDIAN_COLOUR},
                },
            },
            {
                "transform": [{"filter": "datum.highlight"}],
                "mark": {"type": "tick", "thickness": 4, "size": 40},
                "encoding": {
                    "x": {"field": "value", "type": "quantitative"},
                    "color": {"value": AREA_COLOUR},
                },
            },
            {
                "transform": [{"filter": "datum.highlight"}],
                "mark": {"type": "text", "dy": -26, "fontWeight": "bold"},
                "encoding": {
                    "x": {"field": "value", "type": "quantitative"},
                    "text": {"value": area_label},
                },
            },
        ],
    }
