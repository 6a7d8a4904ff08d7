"""A second data version, loaded from a changed copy of the bundle's curated values, shows
on "Vad har hänt sedan sist?" (page and export), and its digest is mailed once."""

import dataclasses

import polars as pl
import pytest
from django.core import mail
from django.urls import reverse

from styra.agenda2030 import curated_kpis_frame
from styra.web.changes.archive import archive_version
from styra.web.changes.digest import send_digests
from styra.web.changes.models import DataRelease, DigestSent
from styra.web.indicators.bundle_loader import load_bundle
from tests.web.analysis_data import fresh_analysis, kolada_sample  # noqa: F401  (fixtures)

pytestmark = pytest.mark.bundle


def changed_copy(bundle):
    """Stockholm gets a new year of a KPI (worst of all: worse and red) and one
    earlier value of another KPI revised; the rest stays as it was."""
    catalog = curated_kpis_frame().filter(pl.col("polarity") == 1)
    values = bundle.values
    own = values.filter((pl.col("area_id") == "0180") & (pl.col("gender") == "T"))
    own = own.filter(
        pl.col("value").is_not_null() & pl.col("kpi_id").is_in(catalog["kpi_id"].implode())
    )
    latest = own.group_by("kpi_id").agg(pl.col("year").max(), pl.len()).sort("kpi_id")
    worse, revised = latest.filter(pl.col("len") >= 2).head(2)["kpi_id"].to_list()
    year = int(values["year"].max()) + 1
    # every area's latest value again in a new year; Stockholm's below all of them
    others = values.filter((pl.col("kpi_id") == worse) & (pl.col("gender") == "T"))
    others = others.drop_nulls("value").sort("year").group_by("area_id").last()
    lowest = others["value"].min()
    new_rows = others.with_columns(
        year=pl.lit(year, dtype=pl.Int16),
        value=pl.when(pl.col("area_id") == "0180").then(lowest - 1.0).otherwise(pl.col("value")),
    ).select(values.columns)
    first_year = own.filter(pl.col("kpi_id") == revised)["year"].min()
    is_revised = (
        (pl.col("kpi_id") == revised)
        & (pl.col("area_id") == "0180")
        & (pl.col("year") == first_year)
    )
    values = values.with_columns(
        pl.when(is_revised)
        .then(pl.col("value") * 1.5 + 1)
        .otherwise(pl.col("value"))
        .alias("value")
    )
    return dataclasses.replace(bundle, values=pl.concat([values, new_rows])), worse, revised


@pytest.fixture
def two_versions(kolada_sample):  # noqa: F811
    first = archive_version("första laddningen")
    changed, worse, revised = changed_copy(kolada_sample)
    load_bundle(changed)
    second = archive_version("andra laddningen")
    return first, second, worse, revised


def title(kpi_id: str) -> str:
    return curated_kpis_frame().filter(pl.col("kpi_id") == kpi_id)["title"].item()


def test_the_page_shows_what_changed(two_versions, viewer_a, client_for):
    first, second, worse, revised = two_versions
    assert DataRelease.objects.count() == 2 and second.number > first.number
    page = client_for(viewer_a).get(reverse("changes-page", args=["0180"]))
    text = page.content.decode()
    assert page.status_code == 200
    for words in ("Försämrades", "Blev röda", "Nya år med värden", "Tidigare värden ändrade"):
        assert words in text
    assert title(worse) in text and title(revised) in text
    assert reverse("reports-compare", args=["0180"]) in text and "Källa: Kolada (RKA)" in text


def test_the_export_has_a_row_per_changed_kpi(two_versions, viewer_a, client_for):
    first, second, worse, revised = two_versions
    url = reverse("changes-export", args=["0180", "csv"])
    response = client_for(viewer_a).get(url, {"fran": first.number, "till": second.number})
    text = response.content.decode("utf-8-sig")
    assert response.status_code == 200 and response["Cache-Control"] == "private, no-store"
    assert worse in text and revised in text and "Källa: Kolada (RKA)" in text


def test_versions_asked_the_other_way_round_compare_older_with_newer(
    two_versions, viewer_a, client_for
):
    first, second, worse, revised = two_versions
    url = reverse("changes-export", args=["0180", "csv"])
    asked = client_for(viewer_a).get(url, {"fran": first.number, "till": second.number})
    reversed_ = client_for(viewer_a).get(url, {"fran": second.number, "till": first.number})
    assert reversed_.status_code == 200 and reversed_.content == asked.content


def test_the_digest_goes_to_editors_once(two_versions, editor_a, viewer_a):
    assert send_digests() == 1
    (message,) = mail.outbox
    assert message.to == [editor_a.email]
    assert "/omraden/0180/vad-har-hant/" in message.body and "försämrades" in message.body
    assert send_digests() == 0 and len(mail.outbox) == 1
    assert DigestSent.objects.get(organisation_id="0180").recipients == 1


def test_the_same_values_again_keep_no_new_version(two_versions):
    assert archive_version("samma igen") is None
    assert DataRelease.objects.count() == 2
