"""The nulägesanalys pages on real (sampled) Kolada data: who may see what, what they say."""

import io

import openpyxl
import pytest
from django.core.cache import cache

from styra.web.indicators.models import KpiTarget, OwnIndicator, OwnValue
from styra.web.indicators.versions import bump_version
from styra.web.organisations.models import Network

KPI = "N00401"  # greenhouse gas emissions per inhabitant: kommuner and regions, goal 13
PAGES = [
    "/omraden/0180/",
    "/omraden/0180/mal/13/",
    f"/omraden/0180/nyckeltal/{KPI}/",
    "/omraden/0180/export.csv",
    "/omraden/0180/export.xlsx",
    "/omraden/0180/mal/13/export.csv",
    f"/omraden/0180/nyckeltal/{KPI}/export.xlsx",
    "/sok/?q=utsläpp",
]


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.mark.parametrize("url", PAGES)
def test_every_logged_in_user_reads_the_analysis_of_any_area(
    url, kolada_sample, client_for, editor_a, viewer_a, editor_b, client
):
    for user in (editor_a, viewer_a, editor_b):
        assert client_for(user).get(url).status_code == 200, user
    anonymous = client.get(url)
    assert anonymous.status_code == 302 and "/konto/logga-in/" in anonymous["Location"]


def test_only_editors_of_the_area_see_the_editing_links(
    kolada_sample, client_for, editor_a, viewer_a, editor_b
):
    target_link = 'href="/organisationer/0180/malvarden/"'
    assert target_link in client_for(editor_a).get("/omraden/0180/mal/13/").content.decode()
    for user in (viewer_a, editor_b):
        assert target_link not in client_for(user).get("/omraden/0180/mal/13/").content.decode()


def test_overview_ranks_all_17_goals_with_words_score_and_coverage(
    kolada_sample, client_for, viewer_a
):
    response = client_for(viewer_a).get("/omraden/0180/")
    analysis = response.context["analysis"]
    assert [g.rank for g in analysis.goals] == list(range(1, 18))
    assert sorted(g.goal for g in analysis.goals) == list(range(1, 18))
    html = response.content.decode()
    for row in response.context["goal_rows"]:
        assert f"/omraden/0180/mal/{row['goal']}/" in html
        assert f"{row['n_with_data']} av {row['n_kpis']} nyckeltal har värden" in html
        assert row["level_text"] in html  # the level in words, not colour alone
    worst = response.context["goal_rows"][0]
    assert worst["score"] is None or f"poäng {worst['score']:.0f}" in html
    assert 'id="goal-scores"' in html and "application/json" in html  # the chart spec
    assert "Källa: Kolada (RKA)" in html
    assert "jämfört med alla kommuner" in html.lower()


def test_comparison_with_the_kommungrupp_is_kept_in_links_and_exports(
    kolada_sample, client_for, viewer_a
):
    response = client_for(viewer_a).get("/omraden/0180/?jamfor=kommungrupp")
    comparison = response.context["comparison"]
    assert comparison.kind == "kommungrupp" and "A1" in comparison.label
    assert set(comparison.reference.area_ids) == {"0180", "1280", "1480"}
    html = response.content.decode()
    assert "/omraden/0180/mal/" in html and "?jamfor=kommungrupp" in html
    assert "/omraden/0180/export.xlsx?jamfor=kommungrupp" in html
    assert response.context["analysis"].kpis[0].reference_size <= 3


def test_similar_kommuner_come_from_kolada_groups(kolada_sample, client_for, viewer_a):
    comparison = client_for(viewer_a).get("/omraden/1480/?jamfor=liknande").context["comparison"]
    assert comparison.kind == "liknande"
    assert "Liknande kommuner, övergripande, Göteborg" in comparison.label
    assert len(comparison.reference.area_ids) >= 5


def test_a_custom_list_and_a_network(kolada_sample, client_for, viewer_a, editor_a):
    custom = client_for(viewer_a).get("/omraden/0180/?jamfor=egen&omraden=1480,%201280")
    assert custom.context["comparison"].reference.area_ids == ("1480", "1280")
    assert set(custom.context["analysis"].reference.area_ids) == {"0180", "1280", "1480"}
    network = Network.objects.create(name="Styra med Agenda 2030")
    network.members.add("0180", "1480")
    chosen = client_for(viewer_a).get(f"/omraden/0180/?jamfor=natverk&natverk={network.pk}")
    assert chosen.context["comparison"].label == "nätverket Styra med Agenda 2030"
    assert set(chosen.context["comparison"].reference.area_ids) == {"0180", "1480"}


@pytest.mark.parametrize(
    "query, message",
    [
        ("jamfor=egen&omraden=1480,9999", "Okända områden i listan"),
        ("jamfor=egen&omraden=0001", "Okända områden i listan"),  # a region for a kommun
        ("jamfor=egen&omraden=", "Välj minst ett område"),
        ("jamfor=natverk&natverk=4711", "Välj ett nätverk"),
        ("jamfor=nagot", "Okänd jämförelse"),
    ],
)
def test_a_bad_comparison_is_named_and_all_kommuner_used_instead(
    query, message, kolada_sample, client_for, viewer_a
):
    response = client_for(viewer_a).get(f"/omraden/0180/?{query}")
    assert response.status_code == 200
    assert message in response.content.decode()
    assert response.context["comparison"].kind == "alla"


def test_region_overview_uses_regional_kpis(kolada_sample, client_for, viewer_a):
    response = client_for(viewer_a).get("/omraden/0001/")
    analysis = response.context["analysis"]
    assert analysis.area_type == "L"
    assert any(k.value is not None for k in analysis.kpis)
    assert "alla regioner" in response.content.decode()


def test_year_can_be_chosen_within_the_data(kolada_sample, client_for, viewer_a):
    client = client_for(viewer_a)
    assert "analysår 2015" in client.get("/omraden/0180/?ar=2015").content.decode()
    latest = client.get("/omraden/0180/").context["analysis"].year
    assert latest > 2015
    for asked in ("1700", "abc"):
        cache.clear()  # the body of the latest year's page is cached: render it again
        assert client.get(f"/omraden/0180/?ar={asked}").context["analysis"].year == latest


def test_the_page_body_is_cached_per_comparison_language_and_editing_right(
    kolada_sample, client_for, viewer_a, editor_a
):
    viewer = client_for(viewer_a)
    assert "analysis" in viewer.get("/omraden/0180/").context  # rendered
    assert "analysis" not in viewer.get("/omraden/0180/").context  # from the cache
    assert "analysis" in viewer.get("/omraden/0180/?jamfor=kommungrupp").context
    assert "analysis" in client_for(editor_a).get("/omraden/0180/").context  # may edit
    viewer.cookies["django_language"] = "en"
    english = viewer.get("/omraden/0180/")
    assert 'lang="en"' in english.content.decode() and "analysis" in english.context


@pytest.mark.parametrize(
    "url",
    [
        "/omraden/0000/",  # Riket is a reference, not an area to analyse
        "/omraden/9999/",
        "/omraden/0180/mal/18/",
        "/omraden/0180/mal/0/",
        "/omraden/0180/nyckeltal/X99999/",
        "/omraden/0180/export.pdf",
    ],
)
def test_unknown_things_are_404(url, kolada_sample, client_for, viewer_a):
    assert client_for(viewer_a).get(url).status_code == 404


def test_goal_page_lists_its_kpis_and_the_targets_they_measure(kolada_sample, client_for, viewer_a):
    response = client_for(viewer_a).get("/omraden/0180/mal/13/")
    ids = [row["kpi_id"] for row in response.context["kpi_rows"]]
    assert KPI in ids
    assert all(row["goal"] == 13 for row in response.context["kpi_rows"])
    assert "13.2" in [t.target_id for t in response.context["targets"]]
    assert f"/omraden/0180/nyckeltal/{KPI}/" in response.content.decode()


def test_kpi_page_has_series_distribution_peers_and_tables(kolada_sample, client_for, viewer_a):
    response = client_for(viewer_a).get(f"/omraden/0180/nyckeltal/{KPI}/?jamfor=kommungrupp")
    context = response.context
    years = [row["year"] for row in context["series_rows"]]
    assert years == sorted(years) and len(years) > 5
    assert any(row["riket"] is not None for row in context["series_rows"])
    assert any(row["median"] is not None for row in context["series_rows"])
    assert {d["area"] for d in context["distribution"] if d["highlight"]} == {"Stockholm"}
    html = response.content.decode()
    for chart in ("line-chart", "distribution-chart"):
        assert f'id="{chart}"' in html
    assert "<table" in html and "Källa: Kolada (RKA)" in html
    assert context["peers"] is not None and context["peers"].reference_size <= 3


def test_gender_split_is_shown_where_kolada_has_it(kolada_sample, client_for, viewer_a):
    split = kolada_sample.values.filter(
        (kolada_sample.values["gender"] == "K") & (kolada_sample.values["area_id"] == "0180")
    )["kpi_id"]
    analysis = client_for(viewer_a).get("/omraden/0180/").context["analysis"]
    kpi_id = next(k.kpi_id for k in analysis.kpis if k.kpi_id in set(split))
    response = client_for(viewer_a).get(f"/omraden/0180/nyckeltal/{kpi_id}/")
    assert response.context["gender_chart"] is not None
    assert any(row["women"] is not None for row in response.context["series_rows"])


def test_exports_carry_the_page_rows_and_the_source(kolada_sample, client_for, viewer_a):
    client = client_for(viewer_a)
    text = client.get("/omraden/0180/export.csv").content.decode("utf-8")
    assert text.startswith("\ufeffRang;Mål;Namn;Utmaning")
    assert "Källa: Kolada (RKA)" in text
    assert len([line for line in text.splitlines()[1:] if line[:1].isdigit()]) == 17
    workbook = openpyxl.load_workbook(
        io.BytesIO(client.get("/omraden/0180/mal/13/export.xlsx").content)
    )
    sheet = workbook.active
    cells = [row for row in sheet.iter_rows(values_only=True)]
    assert cells[0][:2] == ("Id", "Nyckeltal")
    assert KPI in [row[0] for row in cells]
    assert ("Källa: Kolada (RKA)",) in [tuple(c for c in row if c is not None) for row in cells]
    response = client.get(f"/omraden/0180/nyckeltal/{KPI}/export.csv")
    assert response["Content-Disposition"].startswith('attachment; filename="styra-stockholm-')


def test_own_indicators_appear_beside_koladas_and_changes_show_at_once(
    kolada_sample, client_for, viewer_a, org_a
):
    client = client_for(viewer_a)
    before = client.get("/omraden/0180/mal/11/").context["kpi_rows"]
    indicator = OwnIndicator.objects.create(
        organisation=org_a, code="E1", title="Trygghet i parker", unit="%", polarity=1, goal=11
    )
    for year, value in [(2018, 50.0), (2019, 53.0), (2020, 55.0), (2021, 58.0), (2022, 61.0)]:
        OwnValue.objects.create(indicator=indicator, area=org_a, year=year, value=value)
    bump_version()
    after = client.get("/omraden/0180/mal/11/").context["kpi_rows"]
    assert len(after) == len(before) + 1
    own = next(row for row in after if row["kpi_id"] == indicator.kpi_id)
    assert own["value"] == 61.0 and own["trend"] == "improving" and own["own"]
    page = client.get(f"/omraden/0180/nyckeltal/{indicator.kpi_id}/")
    assert page.status_code == 200 and "Trygghet i parker" in page.content.decode()
    # Another kommun's analysis does not include Stockholm's own indicator.
    other = client.get("/omraden/1480/mal/11/").context["kpi_rows"]
    assert indicator.kpi_id not in [row["kpi_id"] for row in other]


def test_a_target_gives_the_kpi_an_outlook(kolada_sample, client_for, viewer_a, org_a):
    client = client_for(viewer_a)
    assert client.get(f"/omraden/0180/nyckeltal/{KPI}/").context["kpi"].outlook is None
    KpiTarget.objects.create(organisation=org_a, kpi_id=KPI, target_value=0.5, target_year=2030)
    bump_version()
    kpi = client.get(f"/omraden/0180/nyckeltal/{KPI}/").context["kpi"]
    assert kpi.outlook is not None and kpi.outlook.target_year == 2030
    assert kpi.outlook.status in {
        "on_track",
        "needs_acceleration",
        "limited_progress",
        "moving_away",
    }


def test_every_kpi_page_table_has_its_export(kolada_sample, client_for, viewer_a):
    client = client_for(viewer_a)
    page = client.get(f"/omraden/0180/nyckeltal/{KPI}/").content.decode()
    for table in ("alla-omraden", "lar-av-andra"):
        assert f"/omraden/0180/nyckeltal/{KPI}/export-{table}.xlsx" in page
    everyone = client.get(f"/omraden/0180/nyckeltal/{KPI}/export-alla-omraden.csv")
    lines = everyone.content.decode("utf-8").splitlines()
    assert lines[0] == "\ufeffOmråde;Värde;Analyserat område"
    assert any(line.startswith("Stockholm;") and line.endswith(";ja") for line in lines)
    peers = client.get(f"/omraden/0180/nyckeltal/{KPI}/export-lar-av-andra.xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(peers.content)).active
    assert next(sheet.iter_rows(values_only=True))[:2] == ("Område", "Förbättring per år")
    assert client.get(f"/omraden/0180/nyckeltal/{KPI}/export-annat.csv").status_code == 404


def test_own_changes_keep_the_kolada_frames_and_a_load_rebuilds_them(kolada_sample):
    from styra.web.indicators.versions import KOLADA
    from styra.web.nulage.data import snapshot

    first = snapshot()
    bump_version()  # own data changed: same frames, new cache prefix
    second = snapshot()
    assert second.values is first.values and second.cache_prefix != first.cache_prefix
    bump_version(KOLADA)  # styra load: frames read again
    third = snapshot()
    assert third.values is not first.values and third.version == first.version + 1


def test_the_whole_page_is_kept_per_user_until_the_header_or_data_changes(
    kolada_sample, client_for, editor_a, org_a
):
    from styra.web.accounts.models import Membership

    client = client_for(editor_a)
    first = client.get("/omraden/0180/")  # renders, sets the CSRF cookie
    assert first.templates and "csrftoken" in client.cookies
    client.get("/omraden/0180/")  # renders the whole page once with the cookie
    kept = client.get("/omraden/0180/")
    assert not kept.templates  # served whole from the cache
    assert kept.content.decode() == client.get("/omraden/0180/").content.decode()
    Membership.objects.filter(user=editor_a).update(role="viewer")
    changed = client.get("/omraden/0180/")
    assert changed.templates  # the header (roles) changed: rendered again
    assert 'href="/organisationer/0180/malvarden/"' not in changed.content.decode()


def test_a_kept_page_costs_four_small_queries_and_no_orm_membership_query(
    kolada_sample, client_for, editor_a
):
    """The hot path bench/web.py measures: session, user, data versions, roles."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(editor_a)
    for _ in range(2):  # render, then render once more with the CSRF cookie
        client.get("/omraden/0180/")
    with CaptureQueriesContext(connection) as queries:
        kept = client.get("/omraden/0180/")
    assert kept.status_code == 200 and not kept.templates
    tables = [q["sql"].split(" FROM ")[1].split()[0].strip('"') for q in queries]
    assert tables == [
        "django_session",
        "auth_user",
        "indicators_dataversion",
        "accounts_membership",
    ], tables
    assert "JOIN" not in queries[-1]["sql"]  # the roles alone, not the header's memberships


def test_a_page_with_a_waiting_message_is_never_kept(kolada_sample, client_for, viewer_a):
    client = client_for(viewer_a)
    client.get("/omraden/0180/")
    warned = client.get("/omraden/0180/?jamfor=egen&omraden=9999")  # a message, then the page
    assert "Okända områden" in warned.content.decode()
    again = client.get("/omraden/0180/?jamfor=egen&omraden=9999")
    assert "Okända områden" in again.content.decode()
