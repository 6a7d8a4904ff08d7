"""The KPI page's context, in named steps: the KPI and its series, the tables (all areas
now, the peers), the charts with their descriptions, and the export links."""

from django.http import Http404
from django.utils.translation import gettext as _

from styra.analysis import AreaAnalysis, KpiResult
from styra.analysis.series import KpiSeries, rank_in_distribution
from styra.web.common.goals import goal_title
from styra.web.radighet.services import kpi_mandate  # rådighet (1c)

from . import charts, rows
from .lookups import kpi_about
from .pages import Page, export_links
from .presentation import OUTLOOK_TEXT, TARGET_LEGEND, number
from .services import analyse, kpi_series

DISTRIBUTION, PEERS = "alla-omraden", "lar-av-andra"


def find_kpi(analysis, kpi_id: str) -> KpiResult:
    for kpi in analysis.kpis:
        if kpi.kpi_id == kpi_id:
            return kpi
    raise Http404(_("Nyckeltalet finns inte i analysen för %(area)s.") % {"area": analysis.title})


def kpi_data(page: Page, kpi_id: str) -> tuple[AreaAnalysis, KpiResult, KpiSeries]:
    """The area's analysis, the KPI's result in it (else 404) and the KPI's series."""
    area, comparison, year = page.area, page.comparison, page.year
    analysis = analyse(area, comparison, year, page.snap, page.own)
    kpi = find_kpi(analysis, kpi_id)
    series = kpi_series(area, comparison, year, kpi_id, kpi.polarity, page.snap, page.own)
    return analysis, kpi, series


def kpi_tables(area, snap, series) -> tuple[list[dict], list[dict]]:
    """The distribution (all areas now, lowest first) and the peers, with area names."""
    titles = dict(snap.areas.select("area_id", "title").iter_rows())
    distribution = [
        {"area": titles.get(a, a), "value": v, "highlight": a == area.pk}
        for a, v in series.distribution
    ]
    peers = [
        {**vars(peer), "name": titles.get(peer.area_id, peer.area_id)}
        for peer in (series.peers.peers if series.peers else ())
    ]
    return distribution, peers


def kpi_context(page: Page, kpi_id: str) -> dict:
    area = page.area
    _analysis, kpi, series = kpi_data(page, kpi_id)
    dist, peer_rows = kpi_tables(area, page.snap, series)
    path = rows.target_path(kpi)
    return {
        "page_title": f"{kpi.title} – {area.name}",
        "charts": True,
        "kpi": kpi,
        "row": rows.kpi_row(kpi),
        "about": kpi_about(kpi_id),
        "goal_title": goal_title(kpi.goal),
        "series_rows": rows.series_rows(series, path),
        "path_name": rows.path_label(kpi) if path else "",
        "distribution": dist,
        "distribution_year": series.distribution_year,
        "rank": rank_in_distribution(series.distribution, area.pk, kpi.polarity),
        "peers": series.peers,
        "peer_rows": peer_rows,
        "outlook_text": OUTLOOK_TEXT,
        "target_legend": TARGET_LEGEND,
        "pace": pace_text(kpi),
        "kpi_mandate": kpi_mandate(area, kpi_id, own=page.own),
        **kpi_charts(page, kpi, series, dist, path),
        **kpi_exports(page, kpi_id),
    }


def kpi_charts(page: Page, kpi: KpiResult, series: KpiSeries, dist: list[dict], path) -> dict:
    """The three charts (year by year with the target and the path needed to it, all areas
    now, women and men), each with its text."""
    area = page.area
    names = {
        "area": area.name,
        "median": _("Median, %(comparison)s") % {"comparison": page.comparison.label},
        "riket": _("Riket"),
    }
    line_description = _("%(kpi)s i %(area)s år för år, med medianen och riket.") % {
        "kpi": kpi.title,
        "area": area.name,
    }
    target = target_line(kpi, path)
    if target:
        line_description += " " + path_description(kpi)
    dist_description = _("Alla %(n)s områdens värden %(year)s; %(area)s markerad.") % {
        "n": len(dist),
        "year": series.distribution_year,
        "area": area.name,
    }
    gender_description = _("Kvinnor och män i %(area)s år för år.") % {"area": area.name}
    lines = [
        (names["area"], series.area),
        (names["median"], series.median),
        (names["riket"], series.riket),
    ]
    genders = [(_("Kvinnor"), series.women), (_("Män"), series.men)]
    return {
        "names": names,
        "line_chart": charts.time_series(lines, line_description, kpi.unit, target),
        "line_description": line_description,
        "distribution_chart": charts.distribution(dist, dist_description, kpi.unit, area.name)
        if dist
        else None,
        "distribution_description": dist_description,
        "gender_chart": charts.time_series(genders, gender_description, kpi.unit)
        if series.women and series.men
        else None,
        "gender_description": gender_description,
    }


def target_line(kpi: KpiResult, path) -> charts.TargetLine | None:
    """The target and the path needed to it from the base year, for the chart (M4)."""
    if kpi.outlook is None or not path:
        return None
    label = _("Målvärde %(value)s år %(year)s") % {
        "value": number(kpi.outlook.target_value, 2, trim=True),
        "year": kpi.outlook.target_year,
    }
    return charts.TargetLine(kpi.outlook.target_value, label, rows.path_label(kpi), path)


def path_description(kpi: KpiResult) -> str:
    """What the chart says of the target, for the screen reader and the caption."""
    outlook = kpi.outlook
    if outlook is None or outlook.base_value is None:
        return ""
    return _(
        "Den tunna linjen är målvärdet %(value)s år %(year)s; den streckade linjen är vägen "
        "dit från %(base)s år %(base_year)s, i den takt som behövs."
    ) % {
        "value": number(outlook.target_value, 2, trim=True),
        "year": outlook.target_year,
        "base": number(outlook.base_value, 2, trim=True),
        "base_year": outlook.base_year,
    }


def pace_text(kpi: KpiResult) -> str:
    """M4's two rates in words: the pace since the base year and the pace the target needs
    (in % a year where M4 compares growth rates, else in the KPI's unit a year)."""
    outlook = kpi.outlook
    if outlook is None or outlook.observed_rate is None or outlook.required_rate is None:
        return ""
    rates = (outlook.observed_rate, outlook.required_rate)
    if outlook.method == "cagr":
        observed, required = (f"{number(100 * rate, 1)} %" for rate in rates)
    else:
        observed, required = (f"{number(rate, 2, trim=True)} {kpi.unit}".strip() for rate in rates)
    return _(
        "Takten sedan %(year)s: %(observed)s per år; takten som behövs: %(required)s per år."
    ) % {
        "year": outlook.base_year,
        "observed": observed,
        "required": required,
    }


def kpi_exports(page: Page, kpi_id: str) -> dict:
    """The links to the KPI page's three tables as CSV and Excel."""
    args = [page.area.pk, kpi_id]
    return {
        "exports": export_links(page, "nulage-kpi-export", args),
        "distribution_exports": export_links(
            page, "nulage-kpi-table-export", [*args, DISTRIBUTION]
        ),
        "peer_exports": export_links(page, "nulage-kpi-table-export", [*args, PEERS]),
    }
