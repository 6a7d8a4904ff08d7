"""Open data with real Kolada values: an organisation's files say what the database
says, and the whole instance's files hold every value, area and KPI, and what every
organisation published, each file keeping to its data package.

The sample of real data (tests/web/analysis_data.py) is loaded once for the module;
Stockholm's publication is prepared and approved as an editor and admin would.
"""

import csv
import io
import json

import pytest
from django.urls import reverse

from styra.agenda2030 import load_curated_kpis
from styra.web.common.formats import number
from styra.web.indicators.models import Value
from styra.web.public import publishing
from styra.web.public.models import Licence
from styra.web.public.sections import GOALS, KPIS, OVERVIEW
from tests.web.analysis_data import (  # noqa: F401  (the fixtures of the real data)
    fresh_analysis,
    sample_loaded,
    sample_org_a,
    sample_org_b,
)
from tests.web.public.open_data_check import csv_problems, json_problems, package_problems
from tests.web.public.public_content import publish


@pytest.fixture
def stockholm(org_a):
    """Stockholm's analysis sections, prepared and approved (the content taken now)."""
    prepared = publishing.prepare(org_a, None, [OVERVIEW, GOALS, KPIS], Licence.CC_BY)
    return publishing.approve(prepared, None)


def csv_rows(response) -> list[dict]:
    text = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.DictReader(io.StringIO(text.decode(), newline="")))


def test_an_organisations_values_are_the_databases(client, org_a, stockholm):
    url = reverse("public-data-file", args=[org_a.pk, "values", "csv"])
    rows = csv_rows(client.get(url))
    assert len(rows) > 100
    kpis = {row["kpi_id"] for row in rows}
    stored = {
        (v.kpi_id, v.area_id, v.year, v.gender): v.value
        for v in Value.objects.filter(kpi_id__in=kpis, area_id__in=[org_a.pk, "0000"])
    }
    for row in rows:
        key = (row["kpi_id"], org_a.pk, int(row["year"]))
        for column, area, gender in [
            ("value", org_a.pk, "T"),
            ("riket", "0000", "T"),
            ("women", org_a.pk, "K"),
            ("men", org_a.pk, "M"),
        ]:
            expected = stored.get((key[0], area, key[2], gender))
            got = float(row[column]) if row[column] else None
            assert got == pytest.approx(expected), (row["kpi_id"], row["year"], column)


def test_the_instance_streams_every_value_as_csv_and_as_json(client, org_a):
    response = client.get(reverse("public-data-instance-file", args=["values", "csv"]))
    assert response.streaming
    assert response["Content-Disposition"] == 'attachment; filename="values.csv"'
    assert response["Cache-Control"] == "public, no-cache"
    rows = csv_rows(response)
    assert len(rows) == Value.objects.count() > 1000
    first = Value.objects.order_by("kpi_id", "area_id", "year", "gender").first()
    assert rows[0] == {
        "kpi_id": first.kpi_id,
        "area_id": first.area_id,
        "year": str(first.year),
        "gender": first.gender,
        "value": "" if first.value is None else str(first.value),
    }
    as_json = client.get(reverse("public-data-instance-file", args=["values", "json"]))
    assert as_json.streaming
    found = json.loads(b"".join(as_json.streaming_content))
    assert len(found) == len(rows)
    assert found[0] == {**rows[0], "year": first.year, "value": first.value}


def test_the_instance_package_covers_every_organisation_and_keeps_to_its_schemas(
    client, org_a, org_b, stockholm
):
    gothenburg = publish(org_b)  # hand-written priorities and plan, under CC0
    gothenburg.licence = Licence.CC0
    gothenburg.save()
    package_url = reverse("public-data-instance-package")
    descriptor = client.get(package_url).json()
    assert package_problems(descriptor) == []
    assert [x["name"] for x in descriptor["licenses"]] == ["CC-BY-4.0", "CC0-1.0"]
    files = {}
    problems = []
    for resource in descriptor["resources"]:
        response = client.get(package_url.replace("datapackage.json", resource["path"]))
        assert response.status_code == 200, resource["path"]
        body = b"".join(response.streaming_content) if response.streaming else response.content
        if resource["format"] == "csv":
            problems += csv_problems(resource, body.decode())
            files[resource["name"]] = list(csv.DictReader(io.StringIO(body.decode())))
        else:
            problems += json_problems(resource, json.loads(body))
    assert problems == []

    analysed = {(r["organisation_id"], r["kind"]) for r in files["analyses"]}
    assert {("0180", "goal"), ("0180", "kpi"), ("1480", "goal")} <= analysed
    assert {(r["organisation_id"], r["licence"]) for r in files["plans"]} == {("1480", "CC0-1.0")}
    assert {r["organisation_id"] for r in files["priorities"]} == {"1480"}
    assert {"0180", "1480", "0000"} <= {r["area_id"] for r in files["areas"]}
    curated = load_curated_kpis()[0]
    kpi = next(r for r in files["kpis"] if r["kpi_id"] == curated.kpi_id)
    assert (kpi["agenda2030"], kpi["goal"], kpi["polarity"]) == (
        "True",
        str(curated.goal),
        str(curated.polarity),
    )


def test_the_instance_page_lists_the_files_and_who_published(client, org_a, org_b, stockholm):
    response = client.get(reverse("public-data-instance"))
    assert response.status_code == 200
    html = response.content.decode()
    for name in ("values", "areas", "kpis", "analyses", "priorities", "plans"):
        assert reverse("public-data-instance-file", args=[name, "csv"]) in html
    assert reverse("public-data", args=[org_a.pk]) in html
    assert reverse("public-data", args=[org_b.pk]) not in html  # nothing published
    assert f"{number(Value.objects.count(), 0)} värden" in html
