"""/api/v1/organisations/{id}/published[/{section}]: what an organisation published, from
the approved snapshot — nothing published, a section not published, or a withdrawn
publication answer 404, as on the public site."""

import pytest

from styra.web.public import publishing
from styra.web.public.models import Licence
from tests.web.analysis_data import (  # noqa: F401  (the fixtures of the real data)
    forget_analyses,
    sample_loaded,
    sample_org_a,
    sample_org_b,
)

pytestmark = pytest.mark.usefixtures("no_rate_limits")
URL = "/api/v1/organisations/0180/published"


@pytest.fixture(autouse=True)
def _fresh_cache():
    forget_analyses()
    yield
    forget_analyses()


@pytest.fixture
def published(org_a, editor_a, admin_a):
    prepared = publishing.prepare(
        org_a, editor_a, ["oversikt", "prioriteringar"], Licence.CC0, note="Klart"
    )
    return publishing.approve(prepared, admin_a)


def test_nothing_published_is_a_404(client, org_a):
    for url in (URL, f"{URL}/oversikt", "/api/v1/organisations/9999/published"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert response.json()["parameter"] == "id"


def test_a_prepared_but_not_approved_publication_is_not_shown(client, org_a, editor_a):
    publishing.prepare(org_a, editor_a, ["oversikt"], Licence.CC_BY)
    assert client.get(URL).status_code == 404


def test_the_publication_its_sections_data_version_licence_and_links(client, published):
    answer = client.get(URL).json()
    assert answer["organisation"] == {"id": "0180", "name": "Stockholm", "type": "K"}
    assert answer["sections"] == ["oversikt", "prioriteringar", "coverage"]
    assert answer["data_version"] == published.data_version
    assert answer["published_at"].startswith(published.decided_at.date().isoformat())
    assert answer["licence"] == {
        "id": "CC0-1.0",
        "url": "https://creativecommons.org/publicdomain/zero/1.0/",
    }
    assert answer["kolada_licence"]["id"] == "CC-BY-4.0"
    links = {link["section"]: link for link in answer["links"]}
    assert links["oversikt"] == {
        "section": "oversikt",
        "api": "http://testserver/api/v1/organisations/0180/published/oversikt",
        "page": "http://testserver/offentligt/0180/",
    }
    assert links["coverage"]["page"] == "http://testserver/offentligt/0180/tackning/"


def test_a_section_in_swedish_and_english(client, published):
    swedish = client.get(f"{URL}/oversikt").json()
    assert swedish["lang"] == "sv" and swedish["section"] == "oversikt"
    assert swedish["content"] == published.content["text"]["sv"]["oversikt"]
    assert swedish["content"]["comparison"] == "alla kommuner"
    english = client.get(f"{URL}/oversikt?lang=en").json()
    assert english["content"]["comparison"] == "all municipalities"
    decision = client.get(f"{URL}/prioriteringar").json()
    assert decision["content"] is None  # published, but Stockholm has no decision yet


def test_a_section_not_published_is_a_404_and_an_unknown_one_a_400(client, published):
    response = client.get(f"{URL}/handlingsplan")
    assert response.status_code == 404 and response.json()["parameter"] == "section"
    response = client.get(f"{URL}/hemligt")
    assert response.status_code == 400 and response.json()["parameter"] == "section"
    response = client.get(f"{URL}/oversikt?lang=de")
    assert response.status_code == 400 and response.json()["parameter"] == "lang"


def test_withdrawn_is_gone_at_once(client, published, admin_a):
    assert client.get(f"{URL}/oversikt").status_code == 200
    publishing.withdraw(published, admin_a)
    publishing.forget("0180")  # on commit, which a test's transaction never reaches
    assert client.get(URL).status_code == 404
    assert client.get(f"{URL}/oversikt").status_code == 404
