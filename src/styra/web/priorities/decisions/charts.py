"""The Vega-Lite spec of the ranking: a stacked bar per goal of each criterion's contribution.

Drawn by static/styra/charts.js, also after an HTMX swap. The ranking table beside it holds
the same numbers; colour never carries meaning alone.
"""

from django.utils.translation import gettext as _

from styra.web.common.charts import base

from .presentation import COLOURS
from .services import Ranking


def contributions(ranking: Ranking, description: str, axis_title: str) -> dict:
    columns = ranking.columns
    labels = [row.label for row in columns]
    data = [
        {
            "goal": f"{goal.goal}. {goal.title}",
            "criterion": row.label,
            "order": index,
            "contribution": round(cell.contribution, 4),
            "value": round(cell.value, 2),
        }
        for goal in ranking.goals
        for index, (row, cell) in enumerate(zip(columns, goal.cells, strict=True))
    ]
    return base(description, max(120, 24 * len(ranking.goals))) | {
        "data": {"values": data},
        "mark": {"type": "bar", "stroke": "#ffffff", "strokeWidth": 1},
        "encoding": {
            "y": {"field": "goal", "type": "nominal", "sort": None, "title": None},
            "x": {
                "field": "contribution",
                "type": "quantitative",
                "stack": "zero",
                "title": axis_title,
                "scale": {"domain": [0, 1]},
            },
            "color": {
                "field": "criterion",
                "type": "nominal",
                "scale": {
                    "domain": labels,
                    "range": [COLOURS[row.criterion] for row in columns],
                },
                "legend": {"title": None, "orient": "bottom", "columns": 3},
            },
            "order": {"field": "order", "type": "quantitative"},
            "tooltip": [
                {"field": "goal", "type": "nominal", "title": _("Mål")},
                {"field": "criterion", "type": "nominal", "title": _("Kriterium")},
                {"field": "value", "type": "quantitative", "title": _("Värde (0–1)")},
                {"field": "contribution", "type": "quantitative", "title": _("Bidrag")},
            ],
        },
    }
