"""The document's charts as Vega-Lite specs, built from the content dict alone.

The same spec is drawn in the browser on the page (static/styra/charts.js)
and turned into SVG (PDF) or PNG (Word) on the server (render.py), so every
form of the document shows the same chart. Each chart has a table with the
same numbers beside it; colours never carry meaning alone.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from styra.web.maturity.charts import round_spread
from styra.web.nulage.charts import goal_scores
from styra.web.radighet.charts import level_counts
from styra.web.radighet.services import label_of


@dataclass(frozen=True)
class Chart:
    id: str  # the HTML id of the spec on the page
    spec: dict
    description: str


@dataclass(frozen=True)
class _Counts:
    counts: tuple[int, int, int, int]  # level 3, 2, 1, 0 (as the content keeps them)

    def count(self, level: int) -> int:
        return self.counts[3 - level]


@dataclass(frozen=True)
class _MandateRow:
    """A content row in the shape ``radighet.charts.level_counts`` reads."""

    goal: int
    title: str
    summary: _Counts


def challenge_chart(content: dict) -> Chart | None:
    section = content["challenges"]
    if not section.get("available") or not any(g["score"] is not None for g in section["goals"]):
        return None
    description = _("Poäng per mål för %(area)s %(year)s, störst utmaning överst.") % {
        "area": content["organisation"]["name"],
        "year": section["year"],
    }
    spec = goal_scores(section["goals"], description, _("Poäng (0–100)"))
    return Chart("chart-challenges", spec, description)


def mandate_chart(content: dict) -> Chart | None:
    section = content["mandate"]
    if not section.get("available"):
        return None
    rows = [
        _MandateRow(g["goal"], g["title"], _Counts(tuple(g["counts"]))) for g in section["goals"]
    ]
    names = {level: f"{level} – {label_of(level)}" for level in range(4)}
    description = _("Antal delmål på varje rådighetsnivå, per mål, för %(name)s.") % {
        "name": content["organisation"]["name"]
    }
    spec = level_counts(rows, description, _("Antal delmål"), names)
    return Chart("chart-mandate", spec, description)


def maturity_chart(content: dict) -> Chart | None:
    section = content["maturity"]
    if not section.get("available") or not any(
        d["median"] is not None for d in section["dimensions"]
    ):
        return None
    rows = [{**d, "dimension": d["name"]} for d in section["dimensions"]]
    description = _(
        "Median (punkt), mittersta hälften av svaren (stapel) och lägsta till högsta svar "
        "(linje) per dimension i omgången %(title)s, på skalan 0–4."
    ) % {"title": section["round"]["title"]}
    spec = round_spread(rows, description, _("Nivå (0–4)"))
    return Chart("chart-maturity", spec, description)


def charts_of(content: dict) -> dict[str, Chart | None]:
    return {
        "challenges": challenge_chart(content),
        "mandate": mandate_chart(content),
        "maturity": maturity_chart(content),
    }
