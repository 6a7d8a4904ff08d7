"""An organisation's open data is what it published, as CSV and JSON with a data package.

Content written by hand (public_content.py, in the shapes of docs/public-site.md):
each published section gives its files, nothing else exists (404), the files are
public and cacheable, text never runs as a formula, the organisation's own data
carries the licence it chose, and datapackage.json describes exactly the files.
"""

import csv
import io
import json
import re

import pytest
from django.urls import reverse

from styra.web.public import publishing
from styra.web.public.models import Licence
from styra.web.public.sections import DECISION, GOALS, KPIS, OVERVIEW, PLAN
from tests.web.public.open_data_check import csv_problems, json_problems, package_problems
from tests.web.public.public_content import fresh_cache, publish  # noqa: F401

ALL_FILES = ("values", "analysis", "priorities", "plan", "coverage")
PAYLOAD = '=HYPERLINK("http://evil.example/","Öppna")'


def file_url(kolada_id: str, name: str, fmt: str) -> str:
    return reverse("public-data-file", args=[kolada_id, name, fmt])


def csv_rows(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(response.content.decode(), newline="")))


def test_nothing_published_answers_404_everywhere(client, org_a):
    urls = [
        reverse("public-data", args=[org_a.pk]),
        reverse("public-data-package", args=[org_a.pk]),
        *(file_url(org_a.pk, name, fmt) for name in ALL_FILES for fmt in ("csv", "json")),
    ]
    assert [client.get(url).status_code for url in urls] == [404] * len(urls)


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_each_file_is_public_cacheable_and_named_as_the_package_says(client, org_a, fmt):
    publication = publish(org_a)
    response = client.get(file_url(org_a.pk, "plan", fmt))
    assert response.status_code == 200
    expected_type = "text/csv" if fmt == "csv" else "application/json"
    assert response["Content-Type"] == f"{expected_type}; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="plan.{fmt}"'
    assert response["Cache-Control"] == "public, no-cache"  # not private, no-store
    assert response["ETag"] == f'"{publication.etag}-sv"'
    again = client.get(file_url(org_a.pk, "plan", fmt), HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


def test_only_published_sections_have_files(client, org_a):
    publication = publish(org_a, sections=[OVERVIEW, GOALS])
    codes = {name: client.get(file_url(org_a.pk, name, "csv")).status_code for name in ALL_FILES}
    assert codes == {
        "values": 200,
        "analysis": 200,
        "priorities": 404,
        "plan": 404,
        "coverage": 200,
    }
    for name, fmt in [("values", "xml"), ("nope", "csv"), ("datapackage", "csv")]:
        assert client.get(file_url(org_a.pk, name, fmt)).status_code == 404

    publishing.unpublish_section(publication, GOALS, None)
    publishing.forget(org_a.pk)
    assert client.get(file_url(org_a.pk, "values", "csv")).status_code == 404  # no KPIs left
    descriptor = client.get(reverse("public-data-package", args=[org_a.pk])).json()
    assert [r["path"] for r in descriptor["resources"]] == [
        "analysis.csv",
        "analysis.json",
        "coverage.csv",
        "coverage.json",
    ]


def test_values_are_the_kpi_pages_series_and_missing_stays_empty(client, org_a):
    publish(org_a, sections=[KPIS])
    rows = csv_rows(client.get(file_url(org_a.pk, "values", "csv")))
    assert [(r["kpi_id"], r["year"], r["value"], r["median"], r["women"]) for r in rows] == [
        ("N07806", "2020", "1.5", "2.0", ""),
        ("N07806", "2021", "1.4", "2.1", ""),
        ("N07806", "2022", "1.23456", "2.2", ""),
    ]
    as_json = client.get(file_url(org_a.pk, "values", "json")).json()
    assert as_json[2] == {
        "kpi_id": "N07806",
        "title": "Cykelväg i kommunen, meter/inv",
        "unit": "meter/inv",
        "year": 2022,
        "value": 1.23456,
        "median": 2.2,
        "riket": 2.4,
        "women": None,
        "men": None,
    }


def test_analysis_has_the_goal_rows_then_the_kpi_rows(client, org_a):
    publish(org_a, sections=[OVERVIEW, GOALS])
    rows = csv_rows(client.get(file_url(org_a.pk, "analysis", "csv")))
    assert [(r["kind"], r["goal"], r["kpi_id"], r["rank"], r["level"]) for r in rows] == [
        ("goal", "11", "", "1", "red"),
        ("goal", "4", "", "2", "green"),
        ("kpi", "11", "N07806", "", ""),
    ]
    assert rows[2]["target_status"] == "moving_away" and rows[2]["own"] == "False"


def test_the_plan_is_one_row_per_action_with_its_goal(client, org_a):
    publish(org_a)
    rows = csv_rows(client.get(file_url(org_a.pk, "plan", "csv")))
    assert [(r["goal"], r["code"], r["owner"], r["status"], r["percent"]) for r in rows] == [
        ("11", "S1.2", "Tekniska förvaltningen", "ongoing", "40"),
        ("11", "S1.3", "Tekniska förvaltningen", "done", "50"),
    ]
    assert rows[0]["start"] == "2025-01-01" and rows[0]["kpis"] == "N07806"
    assert rows[0]["targets"] == "11.2" and rows[0]["persons"] == ""


def test_priorities_carry_the_decision_on_each_row(client, org_a):
    publish(org_a)
    rows = csv_rows(client.get(file_url(org_a.pk, "priorities", "csv")))
    assert [(r["kind"], r["id"], r["rank"], r["weight"]) for r in rows] == [
        ("goal", "11", "1", ""),
        ("target", "11.2", "", ""),
        ("criterion", "Utmaning", "", "0.3"),
    ]
    assert {r["reference"] for r in rows} == {"KS 2025/12 §34"}


def test_text_that_looks_like_a_formula_is_written_as_text(client, org_a):
    publication = publish(org_a)
    plan = publication.content["text"]["sv"][PLAN]
    plan["goals"][0]["actions"][0]["title"] = PAYLOAD
    publication.save()
    publishing.forget(org_a.pk)
    rows = csv_rows(client.get(file_url(org_a.pk, "plan", "csv")))
    assert rows[0]["title"] == "'" + PAYLOAD
    assert client.get(file_url(org_a.pk, "plan", "json")).json()[0]["title"] == PAYLOAD


def test_own_data_has_the_chosen_licence_and_kolada_data_cc_by(client, org_a):
    publication = publish(org_a)
    publication.licence = Licence.CC0
    publication.save()
    publishing.forget(org_a.pk)
    descriptor = client.get(reverse("public-data-package", args=[org_a.pk])).json()
    licences = {r["name"]: [x["name"] for x in r["licenses"]] for r in descriptor["resources"]}
    assert licences["values"] == licences["analysis"] == licences["coverage"] == ["CC-BY-4.0"]
    assert licences["priorities"] == licences["plan-json"] == ["CC0-1.0"]
    sources = {r["name"]: r["sources"] for r in descriptor["resources"]}
    assert sources["values"] == [{"title": "Kolada (RKA)", "path": "https://www.kolada.se/"}]
    assert sources["plan"] == []
    assert [x["name"] for x in descriptor["licenses"]] == ["CC-BY-4.0", "CC0-1.0"]


def test_the_package_describes_exactly_the_files_and_they_keep_to_it(client, org_a):
    publish(org_a)
    package_url = reverse("public-data-package", args=[org_a.pk])
    descriptor = client.get(package_url).json()
    assert package_problems(descriptor) == []
    assert descriptor["name"] == "styra-0180"
    assert descriptor["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    paths = [resource["path"] for resource in descriptor["resources"]]
    assert paths == [f"{name}.{fmt}" for name in ALL_FILES for fmt in ("csv", "json")]
    problems = []
    for resource in descriptor["resources"]:
        response = client.get(package_url.replace("datapackage.json", resource["path"]))
        assert response.status_code == 200, resource["path"]
        if resource["format"] == "csv":
            problems += csv_problems(resource, response.content.decode())
        else:
            problems += json_problems(resource, json.loads(response.content))
    assert problems == []


def test_the_page_lists_every_download_with_its_size_in_plain_words(client, org_a):
    publish(org_a, sections=[OVERVIEW, PLAN, DECISION])
    response = client.get(reverse("public-data", args=[org_a.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    for name in ("analysis", "priorities", "plan", "coverage"):
        assert file_url(org_a.pk, name, "csv") in html
        assert file_url(org_a.pk, name, "json") in html
    assert file_url(org_a.pk, "values", "csv") not in html
    assert reverse("public-data-package", args=[org_a.pk]) in html
    assert "Handlingsplan" in html and "Åtgärderna per mål" in html
    assert re.search(r"\d+(,\d)?\xa0(byte|KB)", html)  # a size beside each file
    assert "Källa: Kolada (RKA)" in html
    assert all("table" in t for t in re.findall(r"<table[^>]*>", html))
    assert "Logga in" not in html  # the public frame


def test_texts_follow_the_visitors_language_and_so_does_the_etag(client, org_a, settings):
    publication = publish(org_a, sections=[OVERVIEW])
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = client.get(file_url(org_a.pk, "analysis", "csv"))
    assert response["ETag"] == f'"{publication.etag}-en"'
    assert csv_rows(response)[0]["title"] == "Sustainable cities"
    assert "Cookie" in response["Vary"]
    descriptor = client.get(reverse("public-data-package", args=[org_a.pk])).json()
    assert descriptor["resources"][0]["schema"]["fields"][0]["name"] == "kind"


def test_a_computed_median_is_written_at_koladas_precision():
    from styra.web.public.opendata_rows import kolada_precision

    assert kolada_precision(55.449952999999994) == 55.449953
    assert kolada_precision(None) is None
