"""Open data: bulk downloads as CSV and JSON, each with a Frictionless Data Package.

Per organisation (``/offentligt/<id>/data/``) only what it published, read from
the published version (publishing.published): nothing published, or a section
not published, answers 404. For the whole instance (``/offentligt/data/``) every
Kolada value (streamed, never built whole in memory), the areas, the KPIs, and
the analyses, priorities and plans of every current publication.

The files are public: ``Cache-Control: public`` with an ETag from the published
version (or, for the instance, from the data version and every publication), and
``downloads.public_file`` tells the private-download middleware so. Texts are in
the visitor's language (the language cookie), so the ETag carries the language.
"""

import hashlib
import json
from collections.abc import Iterable, Iterator

from django.conf import settings
from django.http import Http404, HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import get_conditional_response
from django.utils.http import quote_etag

from styra.tables import write_plain_csv
from styra.web.common.downloads import public_file

from . import datapackage, instance_data
from .datapackage import INSTANCE_RESOURCES, ORGANISATION_RESOURCES, Resource
from .opendata_rows import resource_names, section_rows, table
from .pages import (
    Page,
    chosen_language,
    etag_of,
    public_headers,
    public_page,
    publication_or_404,
    switch_language,
    texts,
)

CSV_TYPE = "text/csv; charset=utf-8"
JSON_TYPE = "application/json; charset=utf-8"
FORMATS = ("csv", "json")


def language() -> str:
    return translation.get_language() or settings.LANGUAGE_CODE


def tagged(value: str) -> str:
    return quote_etag(f"{value}-{language()}")


def cached(request, etag: str, make) -> HttpResponse:
    """``make()``'s response, or 304 if the client has it; public, with the ETag."""
    response = get_conditional_response(request, etag=etag) or make()
    response["ETag"] = etag
    return public_file(public_headers(response))


def csv_text(resource: Resource, found: Iterable[dict]) -> str:
    """CSV for programs (commas, decimal points); text that looks like a formula is
    written as text."""
    return write_plain_csv(resource.fields, table(resource, found))


def json_text(resource: Resource, found: Iterable[dict]) -> str:
    rows = [dict(zip(resource.fields, row, strict=True)) for row in table(resource, found)]
    return json.dumps(rows, ensure_ascii=False, indent=1)


def file_response(body, content_type: str, filename: str) -> HttpResponse:
    """A file to save under ``filename`` (the path the data package names)."""
    response_type = StreamingHttpResponse if isinstance(body, Iterator) else HttpResponse
    response = response_type(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def rendered(resource: Resource, found: Iterable[dict], fmt: str) -> HttpResponse:
    if fmt == "csv":
        body, content_type = csv_text(resource, found), CSV_TYPE
    else:
        body, content_type = json_text(resource, found), JSON_TYPE
    return file_response(body, content_type, f"{resource.name}.{fmt}")


# Per organisation ------------------------------------------------------------------


def organisation_resources(publication) -> list[Resource]:
    return [ORGANISATION_RESOURCES[name] for name in resource_names(publication.sections)]


def organisation_rows(publication, name: str) -> Iterator[dict]:
    year = publication.content.get("data", {}).get("year")
    return section_rows(name, texts(publication, language()), publication.sections, year)


def organisation_file(request, kolada_id: str, name: str, fmt: str):
    publication = publication_or_404(kolada_id)
    if fmt not in FORMATS or name not in resource_names(publication.sections):
        raise Http404
    resource = ORGANISATION_RESOURCES[name]
    return cached(
        request,
        etag_of(publication, language()),
        lambda: rendered(resource, organisation_rows(publication, name), fmt),
    )


def organisation_descriptor(publication) -> dict:
    content = publication.content
    organisation = content["organisation"]
    about = {
        "name": f"styra-{organisation['id']}",
        "title": translation.gettext("Öppna data från %(name)s") % {"name": organisation["name"]},
        "description": translation.gettext(
            "Det %(name)s har publicerat om Agenda 2030 i Styra. Värden och analyser "
            "bygger på Kolada (RKA), CC BY 4.0; organisationens egna uppgifter har "
            "licensen som anges per resurs."
        )
        % {"name": organisation["name"]},
        "version": f"{content['data'].get('version') or 0}.{publication.pk}.0",
        "created": publication.decided_at.isoformat() if publication.decided_at else None,
        "contributors": datapackage.contributors(organisation["name"]),
    }
    return datapackage.descriptor(about, organisation_resources(publication), [publication.licence])


def organisation_package(request, kolada_id: str):
    publication = publication_or_404(kolada_id)
    return cached(
        request,
        etag_of(publication, language()),
        lambda: JsonResponse(
            organisation_descriptor(publication), json_dumps_params={"ensure_ascii": False}
        ),
    )


@public_page(None)
def organisation_page(request, publication, part):
    """The downloads in plain words, each with its size (the files are small)."""
    downloads = []
    for resource in organisation_resources(publication):
        rows = list(organisation_rows(publication, resource.name))
        sizes = {
            "csv": len(csv_text(resource, rows).encode()),
            "json": len(json_text(resource, rows).encode()),
        }
        downloads.append({"resource": resource, "rows": len(rows), "sizes": sizes})
    return Page(
        "public/data.html",
        {
            "downloads": downloads,
            "own_licence": datapackage.own_licence(publication.licence),
            "kolada_licence": datapackage.kolada_licence(),
        },
    )


# The whole instance ---------------------------------------------------------------


def instance_etag() -> str:
    key = json.dumps(instance_data.fingerprint_parts(), sort_keys=True)
    return tagged(hashlib.sha256(key.encode()).hexdigest()[:32])


def instance_file(request, name: str, fmt: str):
    if fmt not in FORMATS or name not in INSTANCE_RESOURCES:
        raise Http404
    resource = INSTANCE_RESOURCES[name]

    def make():
        if name == "values":
            pieces = instance_data.value_csv() if fmt == "csv" else instance_data.value_json()
            content_type = CSV_TYPE if fmt == "csv" else JSON_TYPE
            return file_response(pieces, content_type, f"values.{fmt}")
        return rendered(resource, instance_data.resource_rows(name, language()), fmt)

    return cached(request, instance_etag(), make)


def instance_descriptor() -> dict:
    kolada_version, last_publication = instance_data.versions()
    about = {
        "name": "styra",
        "title": translation.gettext("Öppna data från Styra"),
        "description": translation.gettext(
            "Alla Kolada-värden i Styra, områdena och nyckeltalen, och det kommunerna och "
            "regionerna har publicerat. Kolada (RKA), CC BY 4.0; varje organisations egna "
            "uppgifter har den licens den valt (kolumnen licence)."
        ),
        "version": f"{kolada_version}.{last_publication}.0",
        "created": instance_data.last_change(),
        "contributors": datapackage.contributors("Styra"),
    }
    return datapackage.descriptor(
        about, list(INSTANCE_RESOURCES.values()), instance_data.licence_codes()
    )


def instance_package(request):
    return cached(
        request,
        instance_etag(),
        lambda: JsonResponse(instance_descriptor(), json_dumps_params={"ensure_ascii": False}),
    )


def instance_page(request):
    asked = chosen_language(request)
    if asked:
        return switch_language(request, asked)
    return render(
        request,
        "public/data_instance.html",
        {
            "resources": list(INSTANCE_RESOURCES.values()),
            "n_values": instance_data.value_count(),
            "organisations": instance_data.publishers(),
            "kolada_licence": datapackage.kolada_licence(),
        },
    )
