"""The Vega-Lite spec of the rådighet overview (drawn by static/styra/charts.js).

A stacked bar per goal: how many of its targets sit on each level. The table
on the page holds the same numbers; the colours never carry meaning alone.
"""

from styra.radighet import LEVELS
from styra.web.common.charts import base

# Dark to light: own responsibility (3) darkest, no mandate (0) grey.
LEVEL_COLOURS = {3: "#1d4f91", 2: "#4a7bc4", 1: "#a9c2e6", 0: "#d0d0d0"}


def level_counts(rows, description: str, axis_title: str, level_names: dict[int, str]) -> dict:
    """``rows``: the overview's goal rows (``GoalRow``); one bar segment per goal and level."""
    order = list(reversed(LEVELS))
    data = [
        {
            "goal": f"{row.goal}. {row.title}",
            "level": level_names[level],
            "order": order.index(level),
            "targets": row.summary.count(level),
        }
        for row in rows
        for level in order
        if row.summary.count(level)
    ]
    return base(description, max(120, 24 * len(rows))) | {
        "data": {"values": data},
        "mark": {"type": "bar", "tooltip": True, "stroke": "#ffffff", "strokeWidth": 1},
        "encoding": {
            "y": {"field": "goal", "type": "nominal", "sort": None, "title": None},
            "x": {
                "field": "targets",
                "type": "quantitative",
                "stack": "zero",
                "title": axis_title,
                "axis": {"tickMinStep": 1},
            },
            "color": {
                "field": "level",
                "type": "nominal",
                "scale": {
                    "domain": [level_names[level] for level in order],
                    "range": [LEVEL_COLOURS[level] for level in order],
                },
                "legend": {"title": None, "orient": "bottom", "columns": 2, "labelLimit": 320},
            },
            "order": {"field": "order", "type": "quantitative"},
        },
    }
