"""The network graph of the results page: a Vega-Lite spec drawn by static/styra/charts.js.

Targets sit on a circle (positions computed here, members of a cluster next to
each other), coloured and shaped by cluster. A link is a tapered line, wide at
the influencing target and narrow at the influenced one; trade-offs are red
and carry a cross at their middle, so colour never carries meaning alone. The
links drawn are listed in a table beside the graph.
"""

import math

from django.utils.translation import gettext as _

from styra.priorities import InteractionAnalysis
from styra.web.common.charts import SCHEMA

from .results import Link, cluster_name

SIZE = 560
POSITIVE, NEGATIVE = "#1d4f91", "#a4262c"


def positions(analysis: InteractionAnalysis) -> dict[str, tuple[float, float]]:
    """Target → (x, y) on the unit circle, clockwise from the top, cluster by cluster."""
    ordered = [target for members in analysis.clusters for target in members]
    count = len(ordered)
    return {
        target: (
            round(math.cos(math.pi / 2 - 2 * math.pi * k / count), 4),
            round(math.sin(math.pi / 2 - 2 * math.pi * k / count), 4),
        )
        for k, target in enumerate(ordered)
    }


def network_graph(analysis: InteractionAnalysis, links: list[Link], description: str) -> dict:
    where = positions(analysis)
    cluster_of = {t.target_id: cluster_name(t.cluster) for t in analysis.targets}
    ends = [
        {
            "link": f"{link.source} → {link.target}",
            "sign": 1 if link.score > 0 else -1,
            "score": link.shown_score,
            "x": where[name][0],
            "y": where[name][1],
            "width": width,
            "end": end,
        }
        for link in links
        for end, (name, width) in enumerate(((link.source, 6), (link.target, 1)))
    ]
    middles = [
        {
            "link": f"{link.source} → {link.target}",
            "score": link.shown_score,
            "x": round((where[link.source][0] + where[link.target][0]) / 2, 4),
            "y": round((where[link.source][1] + where[link.target][1]) / 2, 4),
        }
        for link in links
        if link.score < 0
    ]
    nodes = [
        {
            "target": target,
            "cluster": cluster_of[target],
            "x": x,
            "y": y,
            "lx": round(x * 1.14, 4),
            "ly": round(y * 1.14, 4),
        }
        for target, (x, y) in where.items()
    ]
    return {
        "$schema": SCHEMA,
        "description": description,
        "width": SIZE,
        "height": SIZE,
        "config": {"font": "system-ui, sans-serif", "view": {"stroke": None}},
        "layer": [
            _trails([end for end in ends if end["sign"] > 0], POSITIVE),
            _trails([end for end in ends if end["sign"] < 0], NEGATIVE),
            {
                "data": {"values": middles},
                "mark": {"type": "point", "shape": "cross", "filled": True, "size": 90},
                "encoding": {**_xy("x", "y"), "color": {"value": NEGATIVE}, **_link_tooltip()},
            },
            {
                "data": {"values": nodes},
                "mark": {
                    "type": "point",
                    "filled": True,
                    "size": 260,
                    "stroke": "#1b1b1b",
                    "strokeWidth": 1,
                    "opacity": 1,
                },
                "encoding": {
                    **_xy("x", "y"),
                    "color": {
                        "field": "cluster",
                        "type": "nominal",
                        "title": _("Kluster"),
                        "scale": {"scheme": "dark2"},
                    },
                    "shape": {"field": "cluster", "type": "nominal", "title": _("Kluster")},
                    "tooltip": [
                        {"field": "target", "title": _("Delmål")},
                        {"field": "cluster", "title": _("Kluster")},
                    ],
                },
            },
            {
                "data": {"values": nodes},
                "mark": {"type": "text", "fontSize": 12, "fontWeight": "bold", "color": "#1b1b1b"},
                "encoding": {**_xy("lx", "ly"), "text": {"field": "target"}},
            },
        ],
    }


def _xy(x: str, y: str) -> dict:
    scale = {"type": "quantitative", "axis": None, "scale": {"domain": [-1.25, 1.25]}}
    return {"x": {"field": x, **scale}, "y": {"field": y, **scale}}


def _link_tooltip() -> dict:
    return {
        "tooltip": [
            {"field": "link", "title": _("Samband")},
            {"field": "score", "title": _("Värde")},
        ]
    }


def _trails(ends: list[dict], colour: str) -> dict:
    """Tapered lines, one per link: 6 px at the influencing end, 1 px at the other."""
    return {
        "data": {"values": ends},
        "mark": {"type": "trail", "opacity": 0.55, "color": colour},
        "encoding": {
            **_xy("x", "y"),
            "detail": {"field": "link"},
            "order": {"field": "end"},
            "size": {"field": "width", "type": "quantitative", "scale": None, "legend": None},
            **_link_tooltip(),
        },
    }
