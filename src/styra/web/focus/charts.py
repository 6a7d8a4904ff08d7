"""The Vega-Lite spec of the result page: challenge × focus (drawn by static/styra/charts.js).

One point per goal with a rank: focus across (0–1), challenge up the page (rank 1,
the biggest challenge, on top), each labelled with its goal number. Blind spots
are red diamonds, the other goals grey circles: shape and label, never colour
alone. The table on the page holds the same numbers and says "blind fläck" in words.
"""

from styra.web.common.charts import base

BLIND_COLOUR, OTHER_COLOUR = "#b3261e", "#5c5c5c"


def challenge_focus(rows, description: str, labels: dict[str, str]) -> dict:
    """``rows``: the result's ``GoalRow``s; only goals with both a rank and a focus are drawn.

    ``labels``: the translated words — ``focus``, ``challenge``, ``goal``, ``blind``,
    ``other``, ``kind``."""
    data = [
        {
            "goal": row.goal,
            "label": str(row.goal),
            "name": f"{row.goal}. {row.title}",
            "focus": round(row.focus, 2),
            "rank": row.rank,
            "kind": labels["blind"] if row.blind_spot == "yes" else labels["other"],
        }
        for row in rows
        if row.rank is not None and row.focus is not None
    ]
    ranks = [point["rank"] for point in data] or [1]
    kinds = [labels["blind"], labels["other"]]
    return {
        **base(description, height=380),
        "data": {"values": data},
        "encoding": {
            "x": {
                "field": "focus",
                "type": "quantitative",
                "scale": {"domain": [-0.05, 1.05], "nice": False},
                "axis": {"values": [0, 0.25, 0.5, 0.75, 1], "format": ".2~f"},
                "title": labels["focus"],
            },
            "y": {
                "field": "rank",
                "type": "quantitative",
                "scale": {"domain": [max(ranks) + 0.5, 0.5]},
                "axis": {"tickMinStep": 1, "format": "d"},
                "title": labels["challenge"],
            },
        },
        "layer": [
            {
                "mark": {"type": "point", "filled": True, "size": 140, "opacity": 1},
                "encoding": {
                    "color": {
                        "field": "kind",
                        "type": "nominal",
                        "scale": {"domain": kinds, "range": [BLIND_COLOUR, OTHER_COLOUR]},
                        "legend": {"title": None, "orient": "bottom"},
                    },
                    "shape": {
                        "field": "kind",
                        "type": "nominal",
                        "scale": {"domain": kinds, "range": ["diamond", "circle"]},
                        "legend": {"title": None, "orient": "bottom"},
                    },
                    "tooltip": [
                        {"field": "name", "type": "nominal", "title": labels["goal"]},
                        {"field": "focus", "type": "quantitative", "title": labels["focus"]},
                        {"field": "rank", "type": "quantitative", "title": labels["challenge"]},
                        {"field": "kind", "type": "nominal", "title": labels["kind"]},
                    ],
                },
            },
            {
                "mark": {"type": "text", "align": "left", "dx": 9, "dy": -7, "fontSize": 12},
                "encoding": {"text": {"field": "label"}},
            },
        ],
    }
