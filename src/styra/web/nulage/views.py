"""The nulägesanalys pages: the 17 goals, one goal, one KPI, and their exports.

What every page shares (the area, comparison and year; downloads) is in pages.py,
the caches in pagecache.py, the KPI page's context in kpi_page.py, the database
look-ups in lookups.py and the search page in search_views.py.
"""

from functools import partial

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.utils.translation import gettext as _

from styra.sdg import load_catalog
from styra.web.common.downloads import download
from styra.web.common.goals import goal_title
from styra.web.practices.learning import learn_from_others
from styra.web.radighet.services import goal_mandate, kpi_goals  # rådighet (1c)

from . import charts, rows
from .comparison import ALL as ALL_KIND
from .comparison import resolve
from .kpi_page import DISTRIBUTION, PEERS, kpi_context, kpi_data, kpi_tables
from .lookups import touched_targets
from .pagecache import render_page
from .pages import Page, export_links, prepared
from .presentation import COLOUR_HELP, TARGET_LEGEND, TREND_SYMBOL, number
from .services import analyse


@login_required
def overview(request, kolada_id: str):
    page = prepared(request, kolada_id)
    area = page.area

    def build() -> dict:
        analysis = analyse(area, page.comparison, page.year, page.snap, page.own)
        goal_rows = rows.goal_rows(analysis, baseline_of(page))
        description = _("Poäng per mål för %(area)s %(year)s, störst utmaning överst.") % {
            "area": area.name,
            "year": page.year,
        }
        return {
            "page_title": _("%(name)s – de 17 målen") % {"name": area.name},
            "charts": True,
            "analysis": analysis,
            "goal_rows": goal_rows,
            "index": number(analysis.overall_index, 0),
            "chart": charts.goal_scores(goal_rows, description, _("Poäng (0–100)")),
            "chart_description": description,
            "target_legend": TARGET_LEGEND,
            "exports": export_links(page, "nulage-overview-export", [area.pk]),
        }

    return render_page(request, page, "overview", build)


def baseline_of(page: Page):
    """The analysis compared with all of the type, when another comparison is chosen."""
    if page.comparison.kind == ALL_KIND:
        return None
    return analyse(page.area, resolve({}, page.area, page.snap), page.year, page.snap, page.own)


@login_required
def overview_export(request, kolada_id: str, fmt: str):
    page = prepared(request, kolada_id)
    analysis = analyse(page.area, page.comparison, page.year, page.snap, page.own)
    table = rows.goals_table(analysis, page.comparison.label)
    return download(table, fmt, f"styra-{page.area.name}-{page.year}-mal")


@login_required
def goal_detail(request, kolada_id: str, goal: int):
    page = prepared(request, kolada_id)
    area = page.area

    def build() -> dict:
        analysis = analyse(area, page.comparison, page.year, page.snap, page.own)
        catalog = load_catalog()
        touched = touched_targets(analysis.kpis_of_goal(goal), page.snap.catalog)
        title = goal_title(goal)
        return {
            "page_title": _("Mål %(n)s: %(title)s – %(name)s")
            % {"n": goal, "title": title, "name": area.name},
            "goal": catalog.goal(goal),
            "goal_title": title,
            "result": next(g for g in analysis.goals if g.goal == goal),
            "goal_row": next(r for r in rows.goal_rows(analysis) if r["goal"] == goal),
            "kpi_rows": rows.kpi_rows(analysis, goal),
            "colour_help": COLOUR_HELP,
            "target_legend": TARGET_LEGEND,
            "trend_symbol": TREND_SYMBOL,
            "targets": [catalog.target(t) for t in touched],
            "goal_targets": catalog.targets_of_goal(goal),
            "exports": export_links(page, "nulage-goal-export", [area.pk, goal]),
            "mandate": goal_mandate(area, goal, own=page.own),
        }

    mine = partial(learn_from_others, request, page, goal)  # goda exempel (network)
    mandate = page.versions.mandate(goal)  # the box shows the goal's rådighet
    return render_page(request, page, "goal", build, goal, *mandate, mine=mine)


@login_required
def goal_export(request, kolada_id: str, goal: int, fmt: str):
    page = prepared(request, kolada_id)
    analysis = analyse(page.area, page.comparison, page.year, page.snap, page.own)
    table = rows.kpis_table(analysis, goal, page.comparison.label)
    return download(table, fmt, f"styra-{page.area.name}-{page.year}-mal-{goal}")


@login_required
def kpi_detail(request, kolada_id: str, kpi_id: str):
    page = prepared(request, kolada_id)
    mandate = page.versions.mandate(*kpi_goals(kpi_id))  # the box shows the targets' rådighet
    return render_page(request, page, "kpi", lambda: kpi_context(page, kpi_id), kpi_id, *mandate)


@login_required
def kpi_export(request, kolada_id: str, kpi_id: str, fmt: str, table: str = ""):
    """The KPI page's tables: year by year (default), all areas now, or the peers."""
    page = prepared(request, kolada_id)
    analysis, kpi, series = kpi_data(page, kpi_id)
    dist, peers = kpi_tables(page.area, page.snap, series)
    label = page.comparison.label
    if table == DISTRIBUTION:
        export = rows.distribution_table(analysis, kpi, dist, series.distribution_year)
    elif table == PEERS:
        export = rows.peers_table(analysis, kpi, peers, label)
    elif not table:
        export = rows.series_table(analysis, kpi, series, label)
    else:
        raise Http404
    return download(export, fmt, f"styra-{page.area.name}-{kpi_id}{'-' + table if table else ''}")
