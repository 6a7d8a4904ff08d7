"""A network's members side by side: the 17 goals, and one KPI over the years (issue 17).

Only Kolada data (a member's own indicators stay its own), so nothing here needs
sharing. Each member's goals come from its default nulägesanalys (compared with
all of its type, the latest year: ``styra.web.nulage.services.analyse``, cached
per data version). Kommuner and regions are kept apart, never on one scale: their
KPI sets differ, and a region's values are not a kommun's.
"""

from dataclasses import dataclass

import polars as pl
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from styra.analysis import AreaAnalysis
from styra.analysis.goals import NO_DATA
from styra.tables import ExportTable
from styra.web.common.formats import rounded
from styra.web.common.goals import goal_title
from styra.web.nulage.charts import time_series
from styra.web.nulage.comparison import resolve
from styra.web.nulage.data import Snapshot
from styra.web.nulage.presentation import CHALLENGE_TEXT, LEVEL_COLOUR, trend_summary
from styra.web.nulage.rows import KOLADA_SOURCE
from styra.web.nulage.services import analyse
from styra.web.organisations.models import Network, Organisation
from styra.web.reports.render import data_uri, svg_of

GOALS = range(1, 18)
KOMMUN, REGION = "K", "L"
TYPE_LABEL = {KOMMUN: gettext_lazy("Kommuner"), REGION: gettext_lazy("Regioner")}
EVERYONE = {KOMMUN: gettext_lazy("alla kommuner"), REGION: gettext_lazy("alla regioner")}
# The challenge level as a shape, beside its words: never colour alone.
LEVEL_SYMBOL = {"red": "●", "yellow": "◐", "green": "○", "grey": "–"}


@dataclass(frozen=True)
class MemberGroup:
    """The network's kommuner, or its regions, by name."""

    area_type: str
    members: tuple[Organisation, ...]

    @property
    def label(self) -> str:
        return str(TYPE_LABEL[self.area_type])

    @property
    def everyone(self) -> str:
        return str(EVERYONE[self.area_type])


def member_groups(network: Network, snap: Snapshot) -> list[MemberGroup]:
    """The kommuner, then the regions, of the network (a type without members left out)."""
    ids = network.members.values_list("pk", flat=True)
    known = [snap.organisations[pk] for pk in ids if pk in snap.organisations]
    members = sorted((o for o in known if not o.is_riket), key=lambda o: o.name)
    groups = [
        MemberGroup(kind, tuple(o for o in members if o.type == kind)) for kind in (KOMMUN, REGION)
    ]
    return [group for group in groups if group.members]


def default_analysis(member: Organisation, year: int, snap: Snapshot) -> AreaAnalysis:
    """The member's Kolada analysis against all of its type (cached per data version)."""
    return analyse(member, resolve({}, member, snap), year, snap, own=False)


def goal_cell(analysis: AreaAnalysis, goal: int) -> dict:
    """One member's goal: challenge level (words and a shape), score, rank and trends."""
    result = next((g for g in analysis.goals if g.goal == goal), None)
    level = LEVEL_COLOUR[result.level if result else NO_DATA]
    return {
        "level": level,
        "level_text": str(CHALLENGE_TEXT[level]),
        "symbol": LEVEL_SYMBOL[level],
        "score": rounded(result.mean_score, 0) if result else None,
        "rank": result.rank if result else None,
        "n_with_data": result.n_with_data if result else 0,
        "n_kpis": result.n_kpis if result else 0,
        **trend_summary(analysis.kpis_of_goal(goal)),
    }


def goal_rows(group: MemberGroup, year: int, snap: Snapshot) -> list[dict]:
    """One row per goal, one cell per member of the group."""
    analyses = [default_analysis(member, year, snap) for member in group.members]
    return [
        {
            "goal": goal,
            "title": goal_title(goal),
            "cells": [goal_cell(analysis, goal) for analysis in analyses],
        }
        for goal in GOALS
    ]


def goals_table(network: Network, groups: list[MemberGroup], year: int, snap) -> ExportTable:
    """The page's tables as one long table: a row per member and goal."""
    columns = [
        _("Typ"),
        _("Medlem"),
        _("Kolada-id"),
        _("Mål"),
        _("Namn"),
        _("Utmaning"),
        _("Poäng (0–100)"),
        _("Rang bland medlemmens mål"),
        _("Förbättras"),
        _("Oförändrat"),
        _("Försämras"),
        _("Nyckeltal med värden"),
        _("Nyckeltal totalt"),
    ]
    keys = ("level_text", "score", "rank", "improving", "stable", "worsening")
    keys += ("n_with_data", "n_kpis")
    rows = [
        [group.label, member.name, member.pk, row["goal"], row["title"], *(cell[k] for k in keys)]
        for group in groups
        for row in goal_rows(group, year, snap)
        for member, cell in zip(group.members, row["cells"], strict=True)
    ]
    sources = [KOLADA_SOURCE, *comparison_lines(groups, year)]
    title = _("%(name)s – medlemmarna i de 17 målen") % {"name": network.name}
    return ExportTable(title, columns, rows, sources)


def comparison_lines(groups: list[MemberGroup], year: int) -> list[str]:
    """What each group is compared with, in words (page and exports)."""
    return [
        _("%(group)s: år %(year)s, var och en jämförd med %(everyone)s.")
        % {"group": group.label, "year": year, "everyone": group.everyone}
        for group in groups
    ]


def kpis_by_goal(snap: Snapshot, area_types: list[str]) -> list[dict]:
    """The curated KPIs of each goal that apply to these types of area (the KPI chooser)."""
    catalog = snap.catalog.filter(pl.col("municipality_type").is_in([*area_types, "A"]))
    rows = catalog.select("kpi_id", "title", "goal").sort("goal", "kpi_id").to_dicts()
    return [
        {"goal": goal, "title": goal_title(goal), "kpis": [r for r in rows if r["goal"] == goal]}
        for goal in GOALS
        if any(r["goal"] == goal for r in rows)
    ]


def catalog_row(snap: Snapshot, kpi_id: str) -> dict | None:
    """The curated KPI (``kpi_id, title, goal, unit, municipality_type`` …), or None."""
    found = snap.catalog.filter(pl.col("kpi_id") == kpi_id)
    return found.row(0, named=True) if found.height else None


def kpi_groups(groups: list[MemberGroup], kpi: dict) -> list[MemberGroup]:
    """The groups the KPI is measured for: a K KPI only kommuner, an L KPI only regions."""
    kind = kpi["municipality_type"]
    return [group for group in groups if kind in ("A", group.area_type)]


def kpi_panels(group: MemberGroup, kpi: dict, snap: Snapshot) -> dict:
    """One small chart and table per member, on one y-scale for the whole group."""
    ids = [member.pk for member in group.members]
    values = snap.values.filter(
        (pl.col("kpi_id") == kpi["kpi_id"])
        & (pl.col("gender") == "T")
        & pl.col("area_id").is_in(ids)
    ).sort("year")
    scale = shared_scale(values["value"].to_list())
    panels = []
    for member in group.members:
        own = values.filter(pl.col("area_id") == member.pk)
        points = list(zip(own["year"].to_list(), own["value"].to_list(), strict=True))
        chart = small_chart(member, points, kpi, scale) if points else ""
        panels.append({"member": member, "points": points, "chart": chart})
    return {"group": group, "panels": panels, "scale": scale}


def shared_scale(values: list[float]) -> tuple[float, float] | None:
    """The y-axis every member of a group shares: from the lowest value (or 0) to the highest."""
    if not values:
        return None
    low, high = min(values), max(values)
    low = min(low, 0.0)
    return (low, high if high > low else low + 1.0)


def small_chart(member: Organisation, points, kpi: dict, scale) -> str:
    """The member's values as a small server-drawn SVG (a data: URL; "" if it cannot be drawn).

    Drawn at the print width with large type, shown at half of it: text stays readable.
    """
    description = _("Linjediagram: %(kpi)s för %(name)s år för år. Samma siffror i tabellen.") % {
        "kpi": kpi["title"],
        "name": member.name,
    }
    spec = time_series([(member.name, points)], description, kpi.get("unit") or "")
    spec["height"] = 300
    spec["config"] = {**spec["config"], "axis": {"labelFontSize": 24, "titleFontSize": 22}}
    spec["mark"] = {"type": "line", "point": {"size": 120}, "strokeWidth": 4}
    spec["encoding"]["color"]["legend"] = None
    spec["encoding"]["y"]["scale"] = {"domain": list(scale), "nice": True}
    svg = svg_of(spec)
    return data_uri(svg) if svg else ""
