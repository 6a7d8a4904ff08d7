"""Vega-Lite specs for the analysis pages (drawn in the browser by static/styra/charts.js).

Every chart has a ``description`` (read out by screen readers) and a data
table on the page with the same numbers. Colours are the site's own and
never carry meaning alone: the tables and labels say it in words.
"""

from dataclasses import dataclass

from styra.web.common.charts import (
    AREA_COLOUR,
    LEVEL_COLOURS,
    MEDIAN_COLOUR,
    MEN_COLOUR,
    RIKET_COLOUR,
    WOMEN_COLOUR,
    base,
)

Points = list[tuple[int, float]]
TARGET_COLOUR = "#222222"
DASHES = [[1, 0], [4, 2], [2, 1], [1, 1], [1, 2, 4, 2]]  # the lines' own, as Vega draws them
PATH_DASH = [8, 4]  # the path needed to the target: long dashes


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


@dataclass(frozen=True)
class TargetLine:
    """The target (M4) on a time series: its value, and the path needed to it."""

    value: float
    label: str  # written at the line, e.g. "Målvärde 30 år 2030"
    path_name: str  # the path's name in the legend
    path: Points  # (year, value) from the base year to the target year


def time_series(
    series: list[tuple[str, Points]], description, unit, target: TargetLine | None = None
) -> dict:
    """Lines over the years, one per named series (area, median, Riket …); with ``target``
    also the target value as a line across and the path needed to it from the base year
    (long dashes), which the legend names."""
    colours = [AREA_COLOUR, MEDIAN_COLOUR, RIKET_COLOUR, WOMEN_COLOUR, MEN_COLOUR]
    names = [name for name, points in series if points]
    colours = colours[: len(names)]
    if target and target.path:
        series = [*series, (target.path_name, target.path)]
        names, colours = [*names, target.path_name], [*colours, TARGET_COLOUR]
    data = [
        {"series": name, "year": year, "value": value}
        for name, points in series
        for year, value in points
    ]
    legend = {"title": None, "orient": "bottom"}
    lines = {
        "data": {"values": data},
        "mark": {"type": "line", "point": True, "tooltip": True},
        "encoding": {
            "x": {"field": "year", "type": "ordinal", "title": None},
            "y": {"field": "value", "type": "quantitative", "title": unit or None},
            "color": {
                "field": "series",
                "type": "nominal",
                "scale": {"domain": names, "range": colours},
                "legend": legend,
            },
            "strokeDash": {"field": "series", "type": "nominal", "legend": None},
        },
    }
    if target is None:
        return {**base(description), **lines}
    dashes = [DASHES[i % len(DASHES)] for i in range(len(names) - 1)] + [PATH_DASH]
    lines["encoding"]["strokeDash"] |= {"scale": {"domain": names, "range": dashes}}
    legend |= {"symbolType": "stroke", "symbolStrokeWidth": 2}  # the legend shows the dashes
    lines["encoding"]["color"]["legend"] = lines["encoding"]["strokeDash"]["legend"] = legend
    return {**base(description), "layer": [lines, *target_line(target)]}


def target_line(target: TargetLine) -> list[dict]:
    """A thin dotted line across at the target value, labelled at its left end."""
    data = {"values": [{"target": target.value, "label": target.label}]}
    y = {"field": "target", "type": "quantitative"}
    return [
        {
            "data": data,
            "mark": {"type": "rule", "color": TARGET_COLOUR, "strokeDash": [2, 2]},
            "encoding": {"y": y},
        },
        {
            "data": data,
            "mark": {"type": "text", "align": "left", "dx": 4, "dy": -8, "x": 0},
            "encoding": {"y": y, "text": {"field": "label"}, "color": {"value": TARGET_COLOUR}},
        },
    ]


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
