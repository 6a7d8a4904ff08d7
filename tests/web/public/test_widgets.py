"""Widgets: small public pages another site may frame, with a snippet and oEmbed."""

import json
import re

import pytest
from django.urls import reverse

from tests.web.public.public_content import fresh_cache, publish  # noqa: F401

WIDGETS = [
    ("public-widget-goal", [11], "public-goal"),
    ("public-widget-kpi", ["N07806"], "public-kpi"),
    ("public-widget-plan", [], "public-plan"),
]


@pytest.mark.parametrize("name, args, page", WIDGETS)
def test_widgets_may_be_framed_by_any_site_and_link_to_the_full_page(
    client, org_a, name, args, page
):
    publish(org_a)
    response = client.get(reverse(name, args=[org_a.pk, *args]))
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    # Any page, a local file too (frame-ancestors * would refuse a file: page).
    assert "frame-ancestors" not in response["Content-Security-Policy"]
    assert "script-src 'self'" in response["Content-Security-Policy"]  # the rest stays
    html = response.content.decode()
    full = reverse(page, args=[org_a.pk, *args])
    assert re.search(rf'href="http://testserver{re.escape(full)}" target="_top"', html)
    assert "Läs mer" in html and "Källa: Kolada (RKA)" in html
    assert all("table" in t for t in re.findall(r"<table[^>]*>", html))


def test_the_frame_ancestors_follow_the_setting(client, org_a, settings):
    settings.STYRA_WIDGET_FRAME_ANCESTORS = ["https://www.stockholm.se"]
    publish(org_a)
    response = client.get(reverse("public-widget-plan", args=[org_a.pk]))
    assert "frame-ancestors https://www.stockholm.se" in response["Content-Security-Policy"]


def test_kpi_widget_has_the_table_and_the_chart(client, org_a):
    publish(org_a)
    html = client.get(reverse("public-widget-kpi", args=[org_a.pk, "N07806"])).content.decode()
    assert html.index("<table") < html.index("data:image/svg+xml")


def test_plan_widget_counts_the_statuses(client, org_a):
    publish(org_a)
    html = client.get(reverse("public-widget-plan", args=[org_a.pk])).content.decode()
    assert re.search(r"Pågår</th><td>1<", html) and re.search(r"Klar</th><td>1<", html)
    assert "45 % klart i genomsnitt" in html


def test_a_widget_in_english_by_its_url(client, org_a):
    publish(org_a)
    url = reverse("public-widget-goal", args=[org_a.pk, 11])
    response = client.get(url + "?lang=en")
    assert response.status_code == 200 and "Sustainable cities" in response.content.decode()


def test_widgets_of_what_is_not_published_are_404(client, org_a):
    publish(org_a, sections=["oversikt"])
    assert client.get(reverse("public-widget-goal", args=[org_a.pk, 11])).status_code == 404
    assert client.get(reverse("public-widget-plan", args=[org_a.pk])).status_code == 404


@pytest.mark.parametrize("name, args, page", WIDGETS)
def test_pages_carry_the_snippet_and_the_oembed_link(client, org_a, name, args, page):
    publish(org_a)
    html = client.get(reverse(page, args=[org_a.pk, *args])).content.decode()
    widget = f"http://testserver{reverse(name, args=[org_a.pk, *args])}"
    assert re.search(r'<textarea id="embed-code"[^>]*readonly', html)
    assert f"&lt;iframe src=&quot;{widget}&quot;" in html
    assert 'type="application/json+oembed"' in html


@pytest.mark.parametrize("name, args, page", WIDGETS)
def test_oembed_gives_the_iframe_of_a_page_or_its_widget(client, org_a, name, args, page):
    publish(org_a)
    for url in (reverse(page, args=[org_a.pk, *args]), reverse(name, args=[org_a.pk, *args])):
        response = client.get(
            reverse("public-oembed"), {"url": f"http://testserver{url}", "format": "json"}
        )
        assert response.status_code == 200
        found = json.loads(response.content)
        assert found["type"] == "rich" and found["provider_name"] == "Styra"
        widget = f"http://testserver{reverse(name, args=[org_a.pk, *args])}"
        assert f'<iframe src="{widget}"' in found["html"]
        assert found["width"] > 0 and found["height"] > 0 and "Stockholm" in found["title"]


def test_oembed_keeps_within_maxwidth_and_maxheight(client, org_a):
    publish(org_a)
    url = f"http://testserver{reverse('public-plan', args=[org_a.pk])}"
    found = client.get(reverse("public-oembed"), {"url": url, "maxwidth": 200, "maxheight": 100})
    assert (found.json()["width"], found.json()["height"]) == (200, 100)
    assert 'width="200" height="100"' in found.json()["html"]


@pytest.mark.parametrize(
    "query, status, parameter",
    [
        ({}, 400, "url"),
        ({"url": "http://testserver/offentligt/0180/handlingsplan/", "maxwidth": "bred"}, 400,
         "maxwidth"),
        ({"url": "http://testserver/offentligt/0180/handlingsplan/", "format": "xml"}, 501,
         "format"),
    ],
)  # fmt: skip
def test_oembed_bad_requests_name_the_parameter(client, org_a, query, status, parameter):
    publish(org_a)
    response = client.get(reverse("public-oembed"), query)
    assert response.status_code == status
    assert response.json()["parameter"] == parameter


@pytest.mark.parametrize(
    "url",
    [
        "http://testserver/offentligt/1480/handlingsplan/",  # not published
        "http://testserver/offentligt/0180/mal/5/",  # a goal not in the content
        "http://testserver/offentligt/0180/nyckeltal/N99999/",
        "http://testserver/offentligt/0180/",  # a page without a widget
        "http://testserver/inget/",
        "https://example.com/offentligt/0180/handlingsplan/",  # another site
    ],
)
def test_oembed_of_an_unknown_or_unpublished_url_is_404(client, org_a, org_b, url):
    publish(org_a)
    assert client.get(reverse("public-oembed"), {"url": url}).status_code == 404
