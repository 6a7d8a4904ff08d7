"""A region's commitments speak of its regionledning and regionstyrelse, a kommun's of
its kommunledning and kommunstyrelse: on the organisation page, the decision form and
the message after saving."""

import re

import pytest

from styra.web.accounts.models import Role
from styra.web.organisations.models import Organisation
from tests.web.factories import make_member


def words(response) -> str:
    """The page without its links' addresses (the URL keeps "kommunledningsbeslut")."""
    return re.sub(r'(href|action|hx-post|value)="[^"]*"', "", response.content.decode())


@pytest.fixture
def region(db) -> Organisation:
    return Organisation.objects.create(kolada_id="0012", name="Region Skåne", type="L")


@pytest.fixture
def region_editor(region):
    return make_member("rut_region", region, Role.EDITOR)


def test_a_regions_commitments_say_regionledningen(client_for, region_editor):
    client = client_for(region_editor)
    page = words(client.get("/omraden/0012/organisation/"))
    form = words(client.get("/omraden/0012/kommunledningsbeslut/"))
    for html in (page, form):
        assert "Regionledningsbeslut" in html and "regionledningen" in html
        assert "ommunledning" not in html
    assert "Regionstyrelsen" in form and "RS 2024/123" in form and "Kommunstyrelsen" not in form
    assert "regiondirektör" in page and "kommundirektör" not in page
    saved = words(
        client.post(
            "/omraden/0012/kommunledningsbeslut/",
            {"decided_on": "2025-03-12", "body": "Regionstyrelsen", "reference": "RS 2025/7"},
            follow=True,
        )
    )
    assert "Regionledningsbeslutet har sparats." in saved and "ommunledning" not in saved


def test_a_kommuns_commitments_still_say_kommunledningen(client_for, editor_a):
    client = client_for(editor_a)
    page = words(client.get("/omraden/0180/organisation/"))
    form = words(client.get("/omraden/0180/kommunledningsbeslut/"))
    for html in (page, form):
        assert "Kommunledningsbeslut" in html and "kommunledningen" in html
        assert "egionledning" not in html
    assert "Kommunstyrelsen" in form and "kommundirektör" in page
