"""The public pages show the published version to anyone, and nothing else.

Content written by hand (public_content.py) for a kommun and a region; every page
renders, says where its numbers come from, and answers 404 for what is not published.
"""

import base64
import re

import pytest
from django.urls import reverse

from styra.web.organisations.models import Organisation
from styra.web.public.sections import SECTIONS
from tests.web.public.public_content import fresh_cache, publish  # noqa: F401

PAGES = [
    ("public-overview", []),
    ("public-goal", [11]),
    ("public-kpi", ["N07806"]),
    ("public-decision", []),
    ("public-plan", []),
    ("public-followup", []),
    ("public-coverage", []),
]


@pytest.fixture
def region(db) -> Organisation:
    return Organisation.objects.create(kolada_id="0001", name="Region Stockholm", type="L")


@pytest.mark.parametrize("name, args", PAGES)
@pytest.mark.parametrize("which", ["org_a", "region"])
def test_every_page_renders_for_anyone_with_its_source(client, request, which, name, args):
    organisation = request.getfixturevalue(which)
    publish(organisation)
    response = client.get(reverse(name, args=[organisation.pk, *args]))
    assert response.status_code == 200
    html = response.content.decode()
    assert organisation.name in html
    assert "Källa: Kolada (RKA)" in html
    assert "https://creativecommons.org/licenses/by/4.0/" in html
    assert "data från Kolada version 7" in html
    assert "Publicerad " in html
    assert "Logga in" not in html  # the public frame, not the members' one
    assert all("table" in t for t in re.findall(r"<table[^>]*>", html))


def test_the_index_lists_only_published_organisations(client, org_a, org_b):
    publish(org_a)
    html = client.get(reverse("public-index")).content.decode()
    assert reverse("public-overview", args=[org_a.pk]) in html
    assert reverse("public-overview", args=[org_b.pk]) not in html


def test_overview_has_the_goals_in_words_the_table_first_then_the_chart(client, org_a):
    publish(org_a)
    html = client.get(reverse("public-overview", args=[org_a.pk])).content.decode()
    assert "Stor utmaning" in html and "Mindre utmaning" in html  # never colour alone
    assert "poäng 31 av 100" in html
    assert "Ett av två nyckeltal med målvärde går åt fel håll." in html
    assert "sämsta fjärdedelen" in html  # the words that explain the colours
    assert "Går åt fel håll" in html  # the target legend
    assert reverse("public-goal", args=[org_a.pk, 11]) in html
    assert reverse("public-coverage", args=[org_a.pk]) in html
    image = re.search(r'<img src="data:image/svg\+xml;base64,([^"]+)" alt="([^"]+)"', html)
    assert image, "the chart is drawn on the server, no JavaScript needed"
    assert "<svg" in base64.b64decode(image.group(1)).decode()
    assert html.index("<table") < html.index("data:image/svg+xml")
    assert "<script" not in html


def test_kpi_page_has_the_years_the_target_path_and_a_chart(client, org_a):
    publish(org_a)
    html = client.get(reverse("public-kpi", args=[org_a.pk, "N07806"])).content.decode()
    assert "Väg till målvärdet 3 år 2030" in html
    assert "<td>1,2</td>" in html  # 1.23456 the Swedish way
    assert "Takten sedan 2020" in html
    svg = base64.b64decode(re.search(r"data:image/svg\+xml;base64,([^\"]+)", html).group(1))
    assert "Målvärde 3 år 2030" in svg.decode()  # the target line is labelled on the chart
    assert html.index("<table") < html.index("data:image/svg+xml")


def test_goal_page_lists_its_kpis_and_targets_with_links(client, org_a):
    publish(org_a)
    html = client.get(reverse("public-goal", args=[org_a.pk, 11])).content.decode()
    assert "Försämras" in html and "Går åt fel håll" in html
    assert "11.2" in html
    assert reverse("public-kpi", args=[org_a.pk, "N07806"]) in html


def test_without_the_kpi_pages_the_goal_page_links_no_kpi(client, org_a):
    publish(org_a, sections=["oversikt", "mal"])
    html = client.get(reverse("public-goal", args=[org_a.pk, 11])).content.decode()
    assert reverse("public-kpi", args=[org_a.pk, "N07806"]) not in html
    assert reverse("public-plan", args=[org_a.pk]) not in html  # not in the navigation


def test_plan_shows_owner_units_status_progress_and_kpis(client, org_a):
    publish(org_a)
    html = client.get(reverse("public-plan", args=[org_a.pk])).content.decode()
    assert "Tekniska förvaltningen" in html
    assert "Pågår" in html and "40 %" in html
    assert reverse("public-kpi", args=[org_a.pk, "N07806"]) in html


def test_decision_followup_and_coverage_show_their_content(client, org_a):
    publish(org_a)
    decision = client.get(reverse("public-decision", args=[org_a.pk])).content.decode()
    assert "KS 2025/12 §34" in decision and "Trafiken är vår största utmaning." in decision
    followup = client.get(reverse("public-followup", args=[org_a.pk])).content.decode()
    assert "Tertial 1 2026" in followup and "Två sträckor klara." in followup
    coverage = client.get(reverse("public-coverage", args=[org_a.pk])).content.decode()
    assert "Med målvärde" in coverage and "Alla mål" in coverage


def test_english_is_chosen_with_a_link_and_kept_in_a_cookie(client, org_a):
    publish(org_a)
    url = reverse("public-overview", args=[org_a.pk])
    switched = client.get(url + "?lang=en")
    assert switched.status_code == 302 and switched["Location"] == url
    html = client.get(url).content.decode()
    assert 'lang="en"' in html and "Sustainable cities" in html
    assert "Svenska" in html  # the way back


@pytest.mark.parametrize(
    "path",
    [
        "/offentligt/1480/",  # nothing published
        "/offentligt/0180/prioriteringar/",  # a section not published
        "/offentligt/0180/handlingsplan/",
        "/offentligt/0180/tackning/",
        "/offentligt/0180/nyckeltal/N07806/",
        "/offentligt/0180/mal/5/",  # a goal not in the content
        "/offentligt/9999/",
    ],
)
def test_what_is_not_published_is_404(client, org_a, org_b, path):
    publish(org_a, sections=["mal"])
    assert client.get(path).status_code == 404


def test_an_unknown_kpi_is_404(client, org_a):
    publish(org_a, sections=SECTIONS)
    assert client.get(reverse("public-kpi", args=[org_a.pk, "N99999"])).status_code == 404


def test_a_prepared_publication_is_not_public(client, org_a, editor_a):
    from styra.web.public import publishing

    publishing.prepare(org_a, editor_a, ["oversikt"], "CC-BY-4.0")
    assert client.get(reverse("public-overview", args=[org_a.pk])).status_code == 404


def test_the_organisations_own_licence_is_named(client, org_a):
    publication = publish(org_a)
    publication.licence = "CC0-1.0"
    publication.save()
    html = client.get(reverse("public-overview", args=[org_a.pk])).content.decode()
    assert "https://creativecommons.org/publicdomain/zero/1.0/" in html
