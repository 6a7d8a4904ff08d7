"""The API's public reads (no login): SDG goals, areas, KPIs, Kolada values and an
area's nulägesanalys. Errors: errors.py; answers' shapes: schemas.py; docs/api.md.
"""

from typing import Literal

from django.http import HttpRequest, StreamingHttpResponse
from django.utils.http import urlencode
from ninja import Query, Router

from styra.agenda2030 import load_curated_kpis
from styra.kolada import ATTRIBUTION
from styra.sdg import load_catalog
from styra.web.indicators.models import Kpi
from styra.web.organisations.models import Organisation
from styra.web.public import values

from . import params
from .area_analysis import area_analysis
from .errors import BAD_REQUEST, ERRORS
from .schemas import AnalysisOut, AreaOut, GoalOut, KpiOut, ValuesPage

router = Router(tags=["Öppna data"])

LICENCE = "CC BY 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
SOURCE = f"{ATTRIBUTION}, {LICENCE}"
DEFAULT_LIMIT, MAX_LIMIT = 1000, 10_000
RIKET = "0000"


@router.get(
    "sdg/goals",
    response={200: list[GoalOut], **BAD_REQUEST},
    url_name="api-goals",
    summary="The 17 goals",
)
def goals(request: HttpRequest, targets: bool = False):
    """The 17 goals: titles in Swedish and English, colour, number of targets (with
    ``?targets=true`` the targets themselves)."""
    catalog = load_catalog()
    found = []
    for goal in catalog.goals:
        of_goal = catalog.targets_of_goal(goal.number)
        found.append(
            {
                "number": goal.number,
                "short_title_sv": goal.short_sv,
                "short_title_en": goal.short_en,
                "title_sv": goal.title_sv,
                "title_en": goal.title_en,
                "colour": goal.colour,
                "n_targets": len(of_goal),
                "targets": [target_out(target) for target in of_goal] if targets else None,
            }
        )
    return found


def target_out(target) -> dict:
    return {
        "id": target.target_id,
        "title_sv": target.title_sv,
        "title_en": target.title_en,
        "short_title_sv": target.short_sv,
    }


@router.get(
    "areas",
    response={200: list[AreaOut], **BAD_REQUEST},
    url_name="api-areas",
    summary="Kommuner, regions and Riket",
)
def areas(request: HttpRequest, type: Literal["K", "L", "riket"] | None = None):
    """Kommuner (K), regioner (L) and Riket, with each kommun's region and SKR kommungrupp."""
    found = Organisation.objects.order_by("kolada_id")
    if type == "riket":
        found = found.filter(pk=RIKET)
    elif type:
        found = found.filter(type=type).exclude(pk=RIKET)
    return [
        {
            "id": area.kolada_id,
            "name": area.name,
            "type": "riket" if area.kolada_id == RIKET else area.type,
            "region": area.region_id,
            "kommungrupp": area.skr_code or None,
            "kommungrupp_name": area.skr_name or None,
        }
        for area in found
    ]


@router.get(
    "kpis", response={200: list[KpiOut], **BAD_REQUEST}, url_name="api-kpis", summary="KPIs"
)
def kpis(request: HttpRequest, agenda2030: bool = False):
    """Every Kolada KPI in the database, or (``?agenda2030=true``) Styra's curated set with
    each KPI's goal, targets, polarity and default target."""
    curated = {kpi.kpi_id: kpi for kpi in load_curated_kpis()}
    stored = Kpi.objects.order_by("kpi_id")
    if agenda2030:
        stored = stored.filter(pk__in=curated)
    found = {
        kpi.kpi_id: {
            "id": kpi.kpi_id,
            "title": kpi.title,
            "unit": kpi.unit,
            "description": kpi.description,
            "municipality_type": kpi.municipality_type,
        }
        for kpi in stored
    }
    if agenda2030:  # the curated KPIs the database does not hold yet, from the catalog
        for kpi_id, kpi in curated.items():
            found.setdefault(
                kpi_id,
                {
                    "id": kpi_id,
                    "title": kpi.title,
                    "unit": kpi.unit,
                    "description": "",
                    "municipality_type": kpi.municipality_type,
                },
            )
    return [
        {**row, "agenda2030": agenda_part(curated.get(kpi_id))}
        for kpi_id, row in sorted(found.items())
    ]


def agenda_part(kpi) -> dict | None:
    if kpi is None:
        return None
    return {
        "goal": kpi.goal,
        "secondary_goal": kpi.secondary_goal,
        "targets": list(kpi.targets),
        "polarity": kpi.polarity,
        "target_value": kpi.target_value,
        "target_year": kpi.target_year,
        "comparable": kpi.comparable,
    }


CSV_RESPONSE = {
    "responses": {
        200: {
            "content": {
                "text/csv": {
                    "schema": {
                        "type": "string",
                        "description": "With ?format=csv: kpi_id,area_id,year,gender,value, "
                        "every matching row.",
                    }
                }
            }
        }
    }
}


@router.get(
    "values",
    response={200: ValuesPage, **BAD_REQUEST},
    url_name="api-values",
    summary="Kolada values (pages or CSV)",
    openapi_extra=CSV_RESPONSE,
)
def value_rows(
    request: HttpRequest,
    kpi: str | None = Query(None, description="KPI ids, comma separated, e.g. N00401,N00945."),
    area: str | None = Query(None, description="Area ids, comma separated, e.g. 0180,1480."),
    year: str | None = Query(None, description="Years, comma separated, e.g. 2020,2022."),
    from_year: int | None = Query(None, ge=1000, le=9999, description="First year (inclusive)."),
    to_year: int | None = Query(None, ge=1000, le=9999, description="Last year (inclusive)."),
    gender: Literal["T", "K", "M"] | None = Query(None, description="T total, K women, M men."),
    cursor: str | None = Query(None, description="From the previous page's next link."),
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Rows per page."),
    format: Literal["json", "csv"] = Query(
        "json", description="csv: every matching row as one streamed CSV (no pages)."
    ),
):
    """Kolada's values in key order (kpi, area, year, gender), a page at a time with
    ``next``, or all at once as CSV. A missing value is null (an empty cell), never 0."""
    chosen = values.ValueFilter(
        kpis=params.known_kpis(kpi),
        areas=params.known_areas(area),
        years=params.year_list(year),
        first_year=from_year,
        last_year=to_year,
        gender=gender,
    )
    if format == "csv":
        return csv_answer(chosen)
    start_after = params.decode_cursor(cursor)
    found = values.page(chosen, limit + 1, start_after)
    more = len(found) > limit
    found = found[:limit]
    next_url = None
    if more:
        query = request.GET.copy()
        query["cursor"] = params.encode_cursor(found[-1][:4])
        next_url = request.build_absolute_uri(f"{request.path}?{urlencode(query, doseq=True)}")
    return {
        "results": [dict(zip(values.COLUMNS, row, strict=True)) for row in found],
        "next": next_url,
        "source": ATTRIBUTION,
        "licence": LICENCE,
    }


def csv_answer(chosen: values.ValueFilter) -> StreamingHttpResponse:
    """Every chosen row as CSV, streamed; the source and licence in the headers, so the
    file stays plain CSV."""
    response = StreamingHttpResponse(
        values.csv_stream(chosen), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="kolada-values.csv"'
    response["Link"] = f'<{LICENCE_URL}>; rel="license"'
    response["X-Source"] = "Kolada (RKA), CC BY 4.0"
    return response


@router.get(
    "areas/{id}/analysis",
    response={200: AnalysisOut, **ERRORS},
    url_name="api-area-analysis",
    summary="An area's nulägesanalys",
)
def analysis(
    request: HttpRequest,
    id: str,
    year: int | None = Query(None, description="Analysis year; default the latest with values."),
    compare: str = Query("all", description="all, kommungrupp or a Kolada group id (G37523)."),
):
    """The area's nulägesanalys, the same document as ``styra analyse --format json``:
    compared with all kommuner or regions, the SKR kommungrupp, or a Kolada group."""
    return area_analysis(id, year, compare)
