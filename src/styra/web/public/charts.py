"""The public pages' charts, drawn on the server as SVG (no JavaScript needed).

Each chart is an ``<img>`` (a data: URL) with a text alternative, after the data
table that holds the same numbers. Drawing is deterministic per published version
and language, so each SVG is kept in the cache under the publication's etag.
"""

from django.core.cache import cache
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from styra.web.nulage.charts import TargetLine, goal_scores, time_series
from styra.web.reports.render import data_uri, svg_of

from .models import Publication

SECONDS = 24 * 3600


def cached_image(publication: Publication, name: str, spec_of) -> str:
    """The chart ``name`` as a data: URL ("" when it cannot be drawn: the table says it)."""
    key = f"styra:public:svg:{publication.etag}:{get_language()}:{name}"
    found = cache.get(key)
    if found is None:
        svg = svg_of(spec_of())
        found = data_uri(svg) if svg else ""
        cache.set(key, found, SECONDS)
    return found


def goal_scores_image(publication: Publication, overview: dict) -> str:
    rows = overview.get("goals", [])
    return cached_image(
        publication,
        "goal-scores",
        lambda: goal_scores(rows, goal_scores_description(overview), _("Poäng (0–100)")),
    )


def goal_scores_description(overview: dict) -> str:
    return _(
        "Stapeldiagram: varje mål får en poäng 0–100, största utmaningen överst. "
        "Samma siffror finns i tabellen ovan."
    )


def kpi_image(publication: Publication, organisation_name: str, kpi: dict) -> str:
    row = kpi["row"]
    return cached_image(
        publication,
        f"kpi-{row['kpi_id']}",
        lambda: time_series(
            series_points(organisation_name, kpi),
            kpi_description(kpi),
            row.get("unit") or "",
            target_of(kpi),
        ),
    )


def kpi_description(kpi: dict) -> str:
    text = _("Linjediagram: %(title)s år för år.") % {"title": kpi["row"]["title"]}
    if kpi.get("target"):
        text += " " + kpi["target"].get("path_description", "")
    return text + " " + _("Samma siffror finns i tabellen ovan.")


def series_points(organisation_name: str, kpi: dict) -> list[tuple[str, list]]:
    """The lines: the area, the comparison's median and Riket (years with a value)."""
    series = kpi.get("series", [])
    names = (
        ("area", organisation_name),
        ("median", kpi.get("median_name") or _("Median")),
        ("riket", _("Riket")),
    )
    return [
        (name, [(r["year"], r[field]) for r in series if r.get(field) is not None])
        for field, name in names
    ]


def target_of(kpi: dict) -> TargetLine | None:
    target = kpi.get("target")
    if not target or target.get("value") is None:
        return None
    path = [(r["year"], r["path"]) for r in kpi.get("series", []) if r.get("path") is not None]
    return TargetLine(
        value=target["value"],
        label=target.get("label", ""),
        path_name=target.get("path_label", ""),
        path=path,
    )
