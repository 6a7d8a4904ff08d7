"""The content of a publication, taken once when an admin approves it.

``build_content(organisation, sections, person_names)`` gives one plain dict
(JSON): what the organisation is, which sections, from which data version,
and per language (``text["sv"]``, ``text["en"]``) each published section as
the public pages show it. The public pages, widgets, open data and the API's
published sections read this dict alone, never the live data: a data refresh
or a half-edited plan reaches the public only with a new approval.

The analysis sections come from the default analysis (``nulage.default``:
compared with all kommuner or all regions, latest year, with the
organisation's own indicators and targets); the decision, the plan, the
follow-up and the coverage from their builders in content_*.py.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import translation
from django.utils.translation import gettext as _

from styra.analysis import AreaAnalysis
from styra.sdg import load_catalog
from styra.web.changes.models import DataRelease
from styra.web.common.goals import goal_title
from styra.web.indicators.models import OWN_PREFIX
from styra.web.nulage import rows
from styra.web.nulage.comparison import all_label, resolve
from styra.web.nulage.data import Snapshot, snapshot
from styra.web.nulage.default import default_analysis
from styra.web.nulage.kpi_page import pace_text, path_description, target_line
from styra.web.nulage.lookups import kpi_about, touched_targets
from styra.web.nulage.presentation import COLOUR_HELP, TARGET_LEGEND, number
from styra.web.nulage.services import kpi_series
from styra.web.organisations.models import Organisation

from . import content_plan
from .sections import DECISION, FOLLOWUP, GOALS, KPIS, OVERVIEW, PLAN, ordered

SCHEMA = 1
LANGUAGES = ("sv", "en")


class NothingToPublish(ValueError):
    """The analysis sections were asked for an area without an analysis."""


def build_content(organisation: Organisation, sections, person_names: bool = False) -> dict:
    snap = snapshot()
    chosen = ordered(sections)
    analysis = default_analysis(organisation, snap)
    if analysis is None and {OVERVIEW, GOALS, KPIS} & set(chosen):
        raise NothingToPublish(organisation.pk)
    release = DataRelease.objects.filter(number=snap.version).first()
    content = {
        "schema": SCHEMA,
        "organisation": {
            "id": organisation.pk,
            "name": organisation.name,
            "type": organisation.type,
        },
        "sections": chosen,
        "person_names": person_names,
        "data": {
            "version": snap.version,
            "loaded_at": release.loaded_at.isoformat() if release else None,
            "year": analysis.year if analysis else snap.latest_year,
            "first_year": (snap.years or (None, None))[0],
        },
        "text": {},
    }
    for language in LANGUAGES:
        with translation.override(language):
            content["text"][language] = language_part(
                organisation, chosen, analysis, snap, person_names
            )
    return plain(content)


def language_part(organisation, chosen, analysis, snap, person_names) -> dict:
    """Every chosen section in the active language."""
    part: dict = {}
    if analysis is not None and OVERVIEW in chosen:
        part[OVERVIEW] = overview(analysis)
    if analysis is not None and GOALS in chosen:
        part[GOALS] = goals(analysis, snap)
    if analysis is not None and KPIS in chosen:
        part[KPIS] = kpis(organisation, analysis, snap)
    if DECISION in chosen:
        part[DECISION] = content_plan.decision(organisation)
    if PLAN in chosen:
        part[PLAN] = content_plan.plan(organisation, person_names)
    if FOLLOWUP in chosen:
        part[FOLLOWUP] = content_plan.followup(organisation)
    if OVERVIEW in chosen:
        part["coverage"] = content_plan.coverage(organisation, analysis, PLAN in chosen)
    return part


def overview(analysis: AreaAnalysis) -> dict:
    return {
        "year": analysis.year,
        "comparison": all_label(analysis.area_type),
        "comparison_size": len(analysis.reference.area_ids),
        "index": number(analysis.overall_index, 0),
        "goals": rows.goal_rows(analysis),
        "colour_help": {key: str(text) for key, text in COLOUR_HELP.items()},
        "target_legend": [[key, str(text)] for key, text in TARGET_LEGEND],
    }


def goals(analysis: AreaAnalysis, snap: Snapshot) -> dict:
    """Per goal (all 17, keyed "1" … "17"): the goal's row, its KPIs and the targets
    they measure."""
    catalog = load_catalog()
    english = translation.get_language() == "en"
    by_goal = {row["goal"]: row for row in rows.goal_rows(analysis)}
    found = {}
    for goal in range(1, 18):
        touched = touched_targets(analysis.kpis_of_goal(goal), snap.catalog)
        found[str(goal)] = {
            "goal": goal,
            "title": goal_title(goal),
            "long_title": catalog.goal(goal).title_en if english else catalog.goal(goal).title_sv,
            "row": by_goal.get(goal),
            "kpis": rows.kpi_rows(analysis, goal),
            "targets": [
                {
                    "id": t,
                    "title": catalog.target(t).title_en if english else catalog.target(t).short_sv,
                }
                for t in touched
            ],
        }
    return found


def kpis(organisation: Organisation, analysis: AreaAnalysis, snap: Snapshot) -> dict:
    """Per KPI of the analysis with a value or a series: its row, about text, the year by
    year table (area, median, Riket, women, men, the path to the target) and the texts
    the chart needs."""
    comparison = resolve({}, organisation, snap)
    median_name = _("Median, %(comparison)s") % {"comparison": comparison.label}
    found = {}
    for kpi in analysis.kpis:
        series = kpi_series(organisation, comparison, analysis.year, kpi.kpi_id, kpi.polarity, snap)
        if kpi.value is None and not series.area:
            continue
        path = rows.target_path(kpi)
        about = kpi_about(kpi.kpi_id)
        line = target_line(kpi, path)
        target = None
        if line is not None and kpi.outlook is not None:
            target = {
                "value": kpi.outlook.target_value,
                "year": kpi.outlook.target_year,
                "label": line.label,
                "path_label": line.path_name,
                "path_description": path_description(kpi),
            }
        found[kpi.kpi_id] = {
            "row": rows.kpi_row(kpi),
            "goal_title": goal_title(kpi.goal),
            "description": about.get("description", ""),
            "kolada": not kpi.kpi_id.startswith(OWN_PREFIX),
            "series": rows.series_rows(series, path),
            "median_name": median_name,
            "target": target,
            "pace": pace_text(kpi),
        }
    return found


def plain(content: dict) -> dict:
    """The content as JSON would store it (lazy texts as text, dates as ISO strings)."""
    return json.loads(json.dumps(content, cls=DjangoJSONEncoder))
