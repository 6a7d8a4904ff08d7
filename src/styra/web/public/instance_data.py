"""The whole instance's open data: every Kolada value, the areas, the KPIs, and what
every organisation has published (from each current publication's content alone).

The values are streamed in key order in chunks (values.py), as CSV or as one JSON
array written piece by piece, so that every value leaves in constant memory.
"""

import json
from collections.abc import Iterator

from django.core.cache import cache
from django.db.models import Max

from styra.agenda2030 import load_curated_kpis
from styra.web.indicators.models import DataVersion, Kpi
from styra.web.indicators.versions import KOLADA, kolada_version
from styra.web.organisations.models import Organisation

from .models import Publication
from .opendata_rows import resource_names, section_rows
from .sections import DECISION, PLAN
from .values import COLUMNS, ValueFilter, csv_stream, rows

PUBLISHED = Publication.State.PUBLISHED
JSON_CHUNK = 5000
# The instance resource of each organisation resource built from the publications.
FROM_PUBLICATIONS = {"analyses": "analysis", "priorities": "priorities", "plans": "plan"}
KPI_COLUMNS = ("kpi_id", "title", "description", "unit", "municipality_type", "operating_area")
KPI_COLUMNS += ("is_divided_by_gender",)  # Kolada's catalog; the rest from the curated set


def current_publications():
    return Publication.objects.filter(state=PUBLISHED).order_by("organisation_id")


def fingerprint_parts() -> list:
    """What the instance's files depend on: the Kolada data version and each publication."""
    published = current_publications().values_list("organisation_id", "etag")
    return [kolada_version(), [list(pair) for pair in published]]


def versions() -> tuple[int, int]:
    """(Kolada data version, the newest current publication's id) for the package version."""
    newest = current_publications().aggregate(newest=Max("pk"))["newest"]
    return kolada_version(), newest or 0


def last_change() -> str | None:
    """When the instance's data last changed: a data load or an approval (ISO 8601)."""
    moments = [current_publications().aggregate(last=Max("decided_at"))["last"]]
    moments.append(
        DataVersion.objects.filter(pk=KOLADA).values_list("changed_at", flat=True).first()
    )
    found = [moment for moment in moments if moment is not None]
    return max(found).isoformat() if found else None


def licence_codes() -> list[str]:
    """The licences organisations chose for the own data they published."""
    codes = set()
    for licence, sections in current_publications().values_list("licence", "sections"):
        if {DECISION, PLAN} & set(sections):
            codes.add(licence)
    return sorted(codes)


def publishers() -> list[dict]:
    """The organisations with a published version, by Kolada id."""
    found = current_publications().values_list("organisation_id", "organisation__name")
    return [{"id": kolada_id, "name": name} for kolada_id, name in found]


def value_count() -> int:
    """How many Kolada values the database holds (counted once per data version)."""
    key = f"styra:public:value-count:{kolada_version()}"
    count = cache.get(key)
    if count is None:
        count = ValueFilter().query().count()
        cache.set(key, count, 24 * 3600)
    return count


def value_csv() -> Iterator[str | bytes]:
    return csv_stream(ValueFilter())


def value_json() -> Iterator[str]:
    """Every value as one JSON array of objects, written in pieces."""
    yield "["
    pieces: list[str] = []
    first = True
    for row in rows(ValueFilter()):
        pieces.append(("\n" if first else ",\n") + json.dumps(dict(zip(COLUMNS, row, strict=True))))
        first = False
        if len(pieces) >= JSON_CHUNK:
            yield "".join(pieces)
            pieces = []
    yield "".join(pieces) + "\n]\n"


def resource_rows(name: str, language: str) -> Iterator[dict]:
    """The rows of an instance resource other than the values."""
    if name == "areas":
        return area_rows()
    if name == "kpis":
        return kpi_rows()
    if name in FROM_PUBLICATIONS:
        return publication_rows(FROM_PUBLICATIONS[name], language)
    raise KeyError(name)


def area_rows() -> Iterator[dict]:
    fields = ("kolada_id", "name", "type", "region_id", "skr_code", "skr_name")
    for row in Organisation.objects.order_by("kolada_id").values(*fields):
        yield {**row, "area_id": row["kolada_id"]}


def kpi_rows() -> Iterator[dict]:
    curated = {kpi.kpi_id: kpi for kpi in load_curated_kpis()}
    for row in Kpi.objects.order_by("kpi_id").values(*KPI_COLUMNS):
        mapped = curated.get(row["kpi_id"])
        yield {**row, "agenda2030": mapped is not None, **curated_columns(mapped)}


def curated_columns(kpi) -> dict:
    if kpi is None:
        return {}
    return {
        "goal": kpi.goal,
        "secondary_goal": kpi.secondary_goal,
        "targets": "; ".join(kpi.targets),
        "polarity": kpi.polarity,
    }


def publication_rows(section_resource: str, language: str) -> Iterator[dict]:
    """One organisation resource's rows for every current publication that has it,
    each with the organisation and the licence of its own data."""
    for publication in current_publications().iterator(chunk_size=10):
        if section_resource not in resource_names(publication.sections):
            continue
        content = publication.content or {}
        texts = content.get("text") or {}
        text = texts.get(language) or texts.get("sv") or {}
        organisation = content.get("organisation") or {}
        about = {
            "organisation_id": publication.organisation_id,
            "organisation_name": organisation.get("name", ""),
            "licence": publication.licence,
        }
        year = (content.get("data") or {}).get("year")
        for row in section_rows(section_resource, text, publication.sections, year):
            yield {**row, **about}
