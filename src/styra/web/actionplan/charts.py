"""The timeline's Vega-Lite spec (drawn by static/styra/charts.js): one bar per action from
its start to its end, coloured by status, and a line for today.

The table under the chart holds the same dates and statuses in words; the
colours never carry meaning alone.
"""

from datetime import date

from styra.web.common.charts import base

from .models import Status

STATUS_COLOURS = {
    Status.PLANNED: "#9fb7d6",
    Status.ONGOING: "#1d4f91",
    Status.DONE: "#2e7d32",
    Status.DELAYED: "#a3470f",
    Status.CANCELLED: "#6b6b6b",
}
TODAY_COLOUR = "#b3261e"


def timeline(rows: list[dict], today: date, description: str, titles: dict[str, str]) -> dict:
    """``rows``: label, start, end (ISO dates), status (in words), progress; in plan order.

    ``titles``: the axis and legend titles (``time``, ``status``, ``today``).
    """
    data = [{k: row[k] for k in ("label", "start", "end", "status", "progress")} for row in rows]
    statuses = [Status(s).label for s in STATUS_COLOURS]
    y = {"field": "label", "type": "nominal", "sort": [r["label"] for r in rows], "title": None}
    y["axis"] = {"labelLimit": 320}
    return {
        **base(description, height=max(80, 28 * len(data))),
        "layer": [
            {
                "data": {"values": data},
                "mark": {"type": "bar", "tooltip": True, "cornerRadius": 2},
                "encoding": {
                    "y": y,
                    "x": {"field": "start", "type": "temporal", "title": titles["time"]},
                    "x2": {"field": "end"},
                    "color": {
                        "field": "status",
                        "type": "nominal",
                        "title": titles["status"],
                        "scale": {
                            "domain": [str(s) for s in statuses],
                            "range": list(STATUS_COLOURS.values()),
                        },
                        "legend": {"orient": "bottom"},
                    },
                },
            },
            {
                "data": {"values": [{"today": today.isoformat(), "label": titles["today"]}]},
                "mark": {
                    "type": "rule",
                    "color": TODAY_COLOUR,
                    "strokeWidth": 2,
                    "strokeDash": [4, 3],
                },
                "encoding": {
                    "x": {"field": "today", "type": "temporal"},
                    "tooltip": [{"field": "label", "type": "nominal"}],
                },
            },
        ],
    }
