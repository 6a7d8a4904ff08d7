"""List, create, edit and delete own indicators: editor of A may, viewer of A reads,
editor of B reads the open list but may change nothing of A's."""

import pytest
from django.urls import reverse

from styra.web.indicators.models import KpiTarget, OwnIndicator, OwnValue
from tests.web.pages import field_error_shown

NEW = {
    "code": "E2",
    "title": "Antal gröna tak",
    "description": "",
    "unit": "st",
    "polarity": "1",
    "goal": "11",
    "targets": "11.6; 11-7",
}


def url(name, *args):
    return reverse(name, args=["0180", *args])


def test_list_is_for_members_with_edit_links_for_editors(
    client_for, editor_a, viewer_a, editor_b, value_a
):
    edit = url("indicators-own-edit", value_a.indicator.pk)
    assert client_for(editor_b).get(url("indicators-own-list")).status_code == 403
    for user, can_edit in ((editor_a, True), (viewer_a, False)):
        response = client_for(user).get(url("indicators-own-list"))
        assert response.status_code == 200
        text = response.content.decode()
        assert "Andel cyklister över Slussen" in text and "1 värde (2020–2020)" in text
        assert (edit in text) is can_edit
        assert (url("indicators-upload") in text) is can_edit


def test_list_needs_login(client_for, org_a):
    response = client_for(None).get(url("indicators-own-list"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts-login"))


def test_unknown_organisation_is_404(client_for, editor_a):
    assert client_for(editor_a).get("/omraden/9999/egna-nyckeltal/").status_code == 404


def test_editor_creates_an_indicator_and_the_version_moves(client_for, editor_a, version):
    before = version()
    response = client_for(editor_a).post(url("indicators-own-create"), NEW)
    assert response.status_code == 302
    indicator = OwnIndicator.objects.get(organisation="0180", code="E2")
    assert indicator.targets == "11.6, 11.7"
    assert indicator.kpi_id == f"egen-{indicator.pk}"
    assert version() == before + 1


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"code": "e1"}, "code", "Koden e1 används redan"),
        ({"code": "E 2"}, "code", "Koden får bara innehålla"),
        ({"targets": "11.6, 3.99"}, "targets", "3.99 är inget delmål"),
        ({"goal": "18"}, "goal", "18"),
        ({"title": ""}, "title", ""),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(
    client_for, editor_a, cycling_a, change, field, message
):
    response = client_for(editor_a).post(url("indicators-own-create"), NEW | change)
    field_error_shown(response, field, message)
    assert field in response.context["form"].errors
    assert not OwnIndicator.objects.filter(code="E2").exists()


def test_the_same_code_is_fine_in_another_organisation(client_for, editor_b, cycling_a):
    response = client_for(editor_b).post(
        reverse("indicators-own-create", args=["1480"]), NEW | {"code": "E1"}
    )
    assert response.status_code == 302
    assert OwnIndicator.objects.filter(code="E1").count() == 2


def test_editor_edits(client_for, editor_a, cycling_a, version):
    before = version()
    data = NEW | {"code": "E1", "title": "Andel cyklister"}
    response = client_for(editor_a).post(url("indicators-own-edit", cycling_a.pk), data)
    assert response.status_code == 302
    cycling_a.refresh_from_db()
    assert cycling_a.title == "Andel cyklister" and version() == before + 1


def test_delete_asks_first_then_removes_values_and_target(client_for, editor_a, value_a, version):
    indicator = value_a.indicator
    KpiTarget.objects.create(
        organisation_id="0180", kpi_id=indicator.kpi_id, target_value=50, target_year=2030
    )
    KpiTarget.objects.create(
        organisation_id="0180", kpi_id="N00401", target_value=1, target_year=2030
    )
    client = client_for(editor_a)
    page = client.get(url("indicators-own-delete", indicator.pk))
    assert page.status_code == 200 and "1 värde" in page.content.decode()
    assert OwnIndicator.objects.filter(pk=indicator.pk).exists()
    before = version()
    assert client.post(url("indicators-own-delete", indicator.pk)).status_code == 302
    assert not OwnIndicator.objects.exists() and not OwnValue.objects.exists()
    assert list(KpiTarget.objects.values_list("kpi_id", flat=True)) == ["N00401"]
    assert version() == before + 1


WRITES = [
    ("get", "indicators-own-create", False),
    ("post", "indicators-own-create", False),
    ("get", "indicators-own-edit", True),
    ("post", "indicators-own-edit", True),
    ("get", "indicators-own-delete", True),
    ("post", "indicators-own-delete", True),
]


@pytest.mark.parametrize(("method", "name", "with_pk"), WRITES)
def test_viewer_of_a_and_editor_of_b_may_not_write(
    client_for, viewer_a, editor_b, cycling_a, method, name, with_pk
):
    target = url(name, cycling_a.pk) if with_pk else url(name)
    for user in (viewer_a, editor_b):
        response = getattr(client_for(user), method)(target, NEW)
        assert response.status_code == 403
        assert "Andel cyklister" not in response.content.decode()
    cycling_a.refresh_from_db()
    assert cycling_a.title == "Andel cyklister över Slussen"
    assert OwnIndicator.objects.count() == 1


def test_an_indicator_of_a_is_404_under_b(client_for, editor_b, cycling_a):
    for name in ("indicators-own-edit", "indicators-own-delete"):
        target = reverse(name, args=["1480", cycling_a.pk])
        assert client_for(editor_b).post(target, NEW).status_code == 404
    assert OwnIndicator.objects.get().title == "Andel cyklister över Slussen"
