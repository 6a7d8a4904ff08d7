"""Frictionless Data Packages (``datapackage.json``) for the open data.

Each resource of the open data (``RESOURCES``) is named here once: its title,
what it holds, its columns (name, Table Schema type, description) and its
primary key. The rows (opendata_rows.py) follow these columns, so a file and
its description never disagree. ``descriptor`` writes the package: every
resource twice, as CSV (``<name>``) and as JSON (``<name>-json``, an array of
objects with the same columns), paths relative to the package so that the
folder can be downloaded as it is.

Licences: values and analyses from Kolada are CC BY 4.0 with the source
"Kolada (RKA)"; what an organisation wrote itself (the priority decision, the
handlingsplan) carries the licence it chose when publishing.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import LICENCE_URLS, Licence

PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
KOLADA_URL = "https://www.kolada.se/"
KOLADA_SOURCE = "Kolada (RKA)"
MISSING = [""]  # an empty CSV cell (null in JSON) is a missing value, never 0
CSV_MEDIATYPE = "text/csv"
JSON_MEDIATYPE = "application/json"

# Every column of every resource: its Table Schema type and what it holds.
FIELDS = {
    "organisation_id": ("string", gettext_lazy("Organisationens Kolada-id (fyra siffror).")),
    "organisation_name": ("string", gettext_lazy("Organisationens namn.")),
    "licence": ("string", gettext_lazy("Licensen för raden (SPDX-kod, t.ex. CC-BY-4.0).")),
    "kind": (
        "string",
        gettext_lazy(
            "Vilken sorts rad: goal (mål), kpi (nyckeltal), target (delmål) eller criterion "
            "(kriterium)."
        ),
    ),
    "kpi_id": ("string", gettext_lazy("Nyckeltalets id i Kolada (t.ex. N00401).")),
    "area_id": ("string", gettext_lazy("Områdets Kolada-id: kommun, region eller 0000 för riket.")),
    "gender": ("string", gettext_lazy("T totalt, K kvinnor, M män.")),
    "title": ("string", gettext_lazy("Namnet.")),
    "description": ("string", gettext_lazy("Beskrivningen.")),
    "unit": ("string", gettext_lazy("Enheten.")),
    "year": ("year", gettext_lazy("Året värdet gäller.")),
    "value": ("number", gettext_lazy("Värdet. Tomt betyder att värde saknas (aldrig 0).")),
    "value_year": ("year", gettext_lazy("Året det senaste värdet gäller.")),
    "median": (
        "number",
        gettext_lazy("Medianen bland de jämförda (alla kommuner eller alla regioner)."),
    ),
    "riket": ("number", gettext_lazy("Värdet för hela riket.")),
    "women": ("number", gettext_lazy("Värdet för kvinnor.")),
    "men": ("number", gettext_lazy("Värdet för män.")),
    "goal": ("integer", gettext_lazy("Målet i Agenda 2030 (1–17).")),
    "goal_title": ("string", gettext_lazy("Målets namn.")),
    "rank": ("integer", gettext_lazy("Plats efter hur stor utmaningen är (1 = störst).")),
    "level": (
        "string",
        gettext_lazy(
            "Utmaningens storlek: red (stor), yellow, green (mindre), grey (för lite data)."
        ),
    ),
    "level_text": ("string", gettext_lazy("Utmaningen i ord.")),
    "score": ("number", gettext_lazy("Poäng 0–100 (högre är bättre).")),
    "colour": ("string", gettext_lazy("Läget bland de jämförda: red, yellow, green eller grey.")),
    "colour_text": ("string", gettext_lazy("Läget i ord.")),
    "trend": (
        "string",
        gettext_lazy("Trenden: improving, stable, worsening eller too_little_data."),
    ),
    "trend_text": ("string", gettext_lazy("Trenden i ord.")),
    "target_status": ("string", gettext_lazy("Läget mot målvärdet (kod).")),
    "target_text": ("string", gettext_lazy("Läget mot målvärdet i ord.")),
    "target_value": ("number", gettext_lazy("Målvärdet.")),
    "target_year": ("year", gettext_lazy("Året målvärdet ska nås.")),
    "n_kpis": ("integer", gettext_lazy("Antal nyckeltal.")),
    "n_with_data": ("integer", gettext_lazy("Antal nyckeltal med värden.")),
    "n_with_target": ("integer", gettext_lazy("Antal nyckeltal med ett målvärde.")),
    "n_actions": (
        "integer",
        gettext_lazy("Antal åtgärder i handlingsplanen (tomt om planen inte är publicerad)."),
    ),
    "own": ("boolean", gettext_lazy("Sant för organisationens egna nyckeltal (inte från Kolada).")),
    "decided_on": ("date", gettext_lazy("Dagen beslutet fattades.")),
    "body": ("string", gettext_lazy("Vem som beslutade.")),
    "reference": ("string", gettext_lazy("Beslutets diarienummer eller paragraf.")),
    "id": ("string", gettext_lazy("Målets, delmålets eller kriteriets id.")),
    "weight": ("number", gettext_lazy("Kriteriets vikt (0–1).")),
    "motivation": ("string", gettext_lazy("Skälen för beslutet.")),
    "prioritised": ("boolean", gettext_lazy("Sant om målet är prioriterat.")),
    "code": ("string", gettext_lazy("Åtgärdens kod i planen.")),
    "depth": ("integer", gettext_lazy("Nivå i planen (0 = strategi, sedan mål och åtgärd).")),
    "owner": ("string", gettext_lazy("Ansvarig enhet.")),
    "partners": ("string", gettext_lazy("Samarbetspartner, åtskilda med semikolon.")),
    "persons": (
        "string",
        gettext_lazy("Ansvariga personer, bara om organisationen valt att visa namn."),
    ),
    "status": ("string", gettext_lazy("Status (kod).")),
    "status_text": ("string", gettext_lazy("Status i ord.")),
    "percent": ("number", gettext_lazy("Hur långt åtgärden har kommit, i procent.")),
    "start": ("date", gettext_lazy("Startdag.")),
    "end": ("date", gettext_lazy("Slutdag.")),
    "last_report": ("date", gettext_lazy("Dagen för den senaste rapporten.")),
    "targets": ("string", gettext_lazy("Delmålen i Agenda 2030, åtskilda med semikolon.")),
    "kpis": ("string", gettext_lazy("Nyckeltalen åtgärden ska påverka, åtskilda med semikolon.")),
    "name": ("string", gettext_lazy("Namnet.")),
    "type": ("string", gettext_lazy("K kommun, L region (riket har id 0000).")),
    "region_id": ("string", gettext_lazy("Regionens Kolada-id för en kommun.")),
    "skr_code": ("string", gettext_lazy("SKR:s kommungrupp (kod).")),
    "skr_name": ("string", gettext_lazy("SKR:s kommungrupp (namn).")),
    "municipality_type": ("string", gettext_lazy("K för kommuner, L för regioner, A för båda.")),
    "operating_area": ("string", gettext_lazy("Verksamhetsområdet i Kolada.")),
    "is_divided_by_gender": (
        "boolean",
        gettext_lazy("Sant om nyckeltalet finns för kvinnor och män."),
    ),
    "agenda2030": ("boolean", gettext_lazy("Sant för nyckeltalen i Styras urval för Agenda 2030.")),
    "secondary_goal": ("integer", gettext_lazy("Ett andra mål som nyckeltalet också mäter.")),
    "polarity": (
        "integer",
        gettext_lazy("1 om högre är bättre, -1 om lägre är bättre, 0 om ingen riktning."),
    ),
}


@dataclass(frozen=True)
class Resource:
    """One table of the open data: ``kolada`` true for Kolada-derived data (CC BY 4.0)."""

    name: str
    title: object
    description: object
    fields: tuple[str, ...]
    primary_key: tuple[str, ...] = ()
    kolada: bool = True


ANALYSIS_FIELDS = (
    "kind",
    "year",
    "goal",
    "kpi_id",
    "title",
    "unit",
    "rank",
    "level",
    "level_text",
    "score",
    "value",
    "value_year",
    "colour",
    "colour_text",
    "trend",
    "trend_text",
    "target_status",
    "target_text",
    "target_value",
    "target_year",
    "n_kpis",
    "n_with_data",
    "own",
)
PRIORITY_FIELDS = (
    "decided_on",
    "body",
    "reference",
    "kind",
    "id",
    "title",
    "rank",
    "level",
    "level_text",
    "weight",
    "motivation",
)
PLAN_FIELDS = (
    "goal",
    "goal_title",
    "prioritised",
    "code",
    "title",
    "description",
    "level",
    "level_text",
    "depth",
    "owner",
    "partners",
    "persons",
    "status",
    "status_text",
    "percent",
    "start",
    "end",
    "last_report",
    "targets",
    "kpis",
)
ORGANISATION_FIELDS = ("organisation_id", "organisation_name")

# What one organisation published (/offentligt/<id>/data/).
ORGANISATION_RESOURCES = {
    r.name: r
    for r in (
        Resource(
            "values",
            gettext_lazy("Värden"),
            gettext_lazy(
                "Kolada-värdena för de publicerade nyckeltalen, år för år, med medianen bland "
                "de jämförda, riket, kvinnor och män."
            ),
            ("kpi_id", "title", "unit", "year", "value", "median", "riket", "women", "men"),
            ("kpi_id", "year"),
        ),
        Resource(
            "analysis",
            gettext_lazy("Nulägesanalys"),
            gettext_lazy(
                "Utmaningen per mål (rang, nivå, poäng) och varje nyckeltals läge, trend och "
                "läge mot målvärdet."
            ),
            ANALYSIS_FIELDS,
        ),
        Resource(
            "priorities",
            gettext_lazy("Prioriteringar"),
            gettext_lazy(
                "Det senaste prioriteringsbeslutet: de prioriterade målen och delmålen, "
                "kriterierna och skälen."
            ),
            PRIORITY_FIELDS,
            kolada=False,
        ),
        Resource(
            "plan",
            gettext_lazy("Handlingsplan"),
            gettext_lazy("Åtgärderna per mål med ansvarig enhet, status och framdrift."),
            PLAN_FIELDS,
            kolada=False,
        ),
        Resource(
            "coverage",
            gettext_lazy("Täckning"),
            gettext_lazy(
                "Per mål: hur många nyckeltal som har värden och målvärden, och hur många åtgärder."
            ),
            ("goal", "title", "n_kpis", "n_with_data", "n_with_target", "n_actions"),
            ("goal",),
        ),
    )
}

# The whole instance (/offentligt/data/).
INSTANCE_RESOURCES = {
    r.name: r
    for r in (
        Resource(
            "values",
            gettext_lazy("Alla värden"),
            gettext_lazy("Varje Kolada-värde i databasen: nyckeltal, område, år och kön."),
            ("kpi_id", "area_id", "year", "gender", "value"),
            ("kpi_id", "area_id", "year", "gender"),
        ),
        Resource(
            "areas",
            gettext_lazy("Områden"),
            gettext_lazy("Kommunerna, regionerna och riket."),
            ("area_id", "name", "type", "region_id", "skr_code", "skr_name"),
            ("area_id",),
        ),
        Resource(
            "kpis",
            gettext_lazy("Nyckeltal"),
            gettext_lazy(
                "Kolada-nyckeltalen i databasen; för Styras urval för Agenda 2030 även mål, "
                "delmål och riktning."
            ),
            (
                "kpi_id",
                "title",
                "description",
                "unit",
                "municipality_type",
                "operating_area",
                "is_divided_by_gender",
                "agenda2030",
                "goal",
                "secondary_goal",
                "targets",
                "polarity",
            ),
            ("kpi_id",),
        ),
        Resource(
            "analyses",
            gettext_lazy("Nulägesanalyser"),
            gettext_lazy(
                "Varje publicerande organisations nulägesanalys, en rad per organisation och "
                "mål eller nyckeltal."
            ),
            (*ORGANISATION_FIELDS, *ANALYSIS_FIELDS),
        ),
        Resource(
            "priorities",
            gettext_lazy("Prioriteringar"),
            gettext_lazy(
                "De publicerade prioriteringsbesluten, en rad per organisation och mål, delmål "
                "eller kriterium. Varje rad har organisationens licens."
            ),
            (*ORGANISATION_FIELDS, "licence", *PRIORITY_FIELDS),
            kolada=False,
        ),
        Resource(
            "plans",
            gettext_lazy("Handlingsplaner"),
            gettext_lazy(
                "De publicerade handlingsplanerna, en rad per organisation och åtgärd. Varje "
                "rad har organisationens licens."
            ),
            (*ORGANISATION_FIELDS, "licence", *PLAN_FIELDS),
            kolada=False,
        ),
    )
}


def kolada_licence() -> dict:
    return {
        "name": Licence.CC_BY.value,
        "path": LICENCE_URLS[Licence.CC_BY],
        "title": "Creative Commons Attribution 4.0",
    }


def own_licence(code: str) -> dict:
    """The licence an organisation chose for its own data (CC BY 4.0 if unknown)."""
    licence = Licence(code) if code in Licence.values else Licence.CC_BY
    return {"name": licence.value, "path": LICENCE_URLS[licence], "title": str(licence.label)}


def kolada_sources() -> list[dict]:
    return [{"title": KOLADA_SOURCE, "path": KOLADA_URL}]


def schema(resource: Resource) -> dict:
    fields = []
    for name in resource.fields:
        kind, description = FIELDS[name]
        fields.append({"name": name, "type": kind, "description": str(description)})
    found = {"fields": fields, "missingValues": MISSING}
    if resource.primary_key:
        found["primaryKey"] = list(resource.primary_key)
    return found


def resource_descriptors(resource: Resource, licences: list[dict], sources: list[dict]) -> list:
    """The resource as CSV (``<name>.csv``) and as JSON (``<name>.json``)."""
    common = {
        "title": str(resource.title),
        "description": str(resource.description),
        "encoding": "utf-8",
        "schema": schema(resource),
        "licenses": licences,
        "sources": sources,
    }
    csv_file = {
        "name": resource.name,
        "path": f"{resource.name}.csv",
        "format": "csv",
        "mediatype": CSV_MEDIATYPE,
    }
    json_file = {
        "name": f"{resource.name}-json",
        "path": f"{resource.name}.json",
        "format": "json",
        "mediatype": JSON_MEDIATYPE,
    }
    return [{**csv_file, **common}, {**json_file, **common}]


def package_licences(codes) -> list[dict]:
    """Kolada's licence first, then each other licence the organisations chose."""
    others = sorted({code for code in codes if code and code != Licence.CC_BY})
    return [kolada_licence()] + [own_licence(code) for code in others]


def descriptor(about: dict, resources, codes) -> dict:
    """The whole ``datapackage.json``: ``about`` holds name, title, description, version,
    created and contributors; ``resources`` the Resources present; ``codes`` the licence
    codes of the organisations' own data (one for an organisation, all for the instance)."""
    own = [own_licence(code) for code in sorted(set(codes))]
    described = []
    for resource in resources:
        if resource.kolada:
            described += resource_descriptors(resource, [kolada_licence()], kolada_sources())
        else:
            described += resource_descriptors(resource, own or [kolada_licence()], [])
    return {
        "$schema": PROFILE,
        **about,
        "licenses": package_licences(codes),
        "sources": kolada_sources(),
        "keywords": ["Agenda 2030", "Kolada", _("kommun"), _("region")],
        "resources": described,
    }


def contributors(publisher: str) -> list[dict]:
    """The publisher (an organisation, or this Styra site) and Kolada's maker."""
    return [
        {"title": publisher, "role": "publisher", "roles": ["publisher"]},
        {"title": KOLADA_SOURCE, "path": KOLADA_URL, "role": "author", "roles": ["creator"]},
    ]
