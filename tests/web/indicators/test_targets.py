"""Targets per KPI: editors set and clear them, viewers and other organisations' editors
read them; curated defaults show as "standard"; every change bumps the data version."""

import pytest
from django.urls import reverse

from styra.agenda2030 import kpis_for_area_type
from styra.web.indicators.models import KpiTarget
from styra.web.indicators.targets import target_rows
from tests.web.pages import text_of

URL = "/omraden/0180/malvarden/"
DEFAULTED = next(k for k in kpis_for_area_type("K") if k.target_value is not None)
PLAIN = next(k for k in kpis_for_area_type("K") if k.target_value is None and k.polarity != 0)
NEUTRAL = next(k for k in kpis_for_area_type("K") if k.polarity == 0)


def test_url_name():
    assert reverse("indicators-targets", args=["0180"]) == URL


def test_editor_sees_a_form_with_labelled_inputs_grouped_by_goal(client_for, editor_a, cycling_a):
    response = client_for(editor_a).get(URL)
    assert response.status_code == 200
    text = text_of(response)
    assert f'name="{PLAIN.kpi_id}-value"' in text and f'name="{PLAIN.kpi_id}-year"' in text
    assert f'<label class="visually-hidden" for="id_{PLAIN.kpi_id}-value">' in text
    assert f'name="{cycling_a.kpi_id}-value"' in text  # own indicators take targets too
    assert "Mål 11: " in text and "<caption>" in text and 'scope="row"' in text
    assert f'name="{NEUTRAL.kpi_id}-value"' not in text
    assert 'style="' not in text


def test_a_viewer_reads_without_a_form_and_another_organisation_not_at_all(
    client_for, viewer_a, editor_b, org_a
):
    KpiTarget.objects.create(
        organisation=org_a, kpi_id=PLAIN.kpi_id, target_value=42.5, target_year=2030
    )
    assert client_for(editor_b).get(URL).status_code == 403
    response = client_for(viewer_a).get(URL)
    assert response.status_code == 200
    text = text_of(response)
    assert '<form method="post" action="/omraden/0180/malvarden/"' not in text
    assert "42,5" in text
    assert "(standard)" in text  # the curated default where A has set nothing


def test_editor_sets_a_target_and_the_version_moves(client_for, editor_a, org_a, version):
    before = version()
    client = client_for(editor_a)
    data = {f"{PLAIN.kpi_id}-value": "12,5", f"{PLAIN.kpi_id}-year": "2030"}
    response = client.post(URL, data)
    assert response.status_code == 302
    target = KpiTarget.objects.get(organisation=org_a)
    assert (target.kpi_id, target.target_value, target.target_year) == (PLAIN.kpi_id, 12.5, 2030)
    assert version() == before + 1
    page = client.get(URL)
    assert page.context["form"][f"{PLAIN.kpi_id}-value"].value() == "12,5"
    assert [str(m) for m in page.context["messages"]] == ["1 målvärde ändrat."]


def test_saving_unchanged_targets_changes_nothing(client_for, editor_a, org_a, version):
    KpiTarget.objects.create(
        organisation=org_a, kpi_id=PLAIN.kpi_id, target_value=3, target_year=2030
    )
    before = version()
    data = {f"{PLAIN.kpi_id}-value": "3", f"{PLAIN.kpi_id}-year": "2030"}
    assert client_for(editor_a).post(URL, data).status_code == 302
    assert version() == before
    assert KpiTarget.objects.get().target_value == 3


def test_clearing_both_fields_removes_the_target_and_the_default_applies(
    client_for, editor_a, org_a, version
):
    KpiTarget.objects.create(
        organisation=org_a, kpi_id=DEFAULTED.kpi_id, target_value=1, target_year=2040
    )
    before = version()
    assert client_for(editor_a).post(URL, {}).status_code == 302
    assert not KpiTarget.objects.exists()
    assert version() == before + 1
    row = next(r for r in target_rows(org_a) if r.kpi_id == DEFAULTED.kpi_id)
    assert row.target is None and row.default == (DEFAULTED.target_value, DEFAULTED.target_year)


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"value": "12"}, "year", "Ange också vilket år målvärdet gäller."),
        ({"year": "2030"}, "value", "Ange också målvärdet, eller töm målåret."),
        ({"value": "tolv", "year": "2030"}, "value", "Skriv ett tal, t.ex. 12,5."),
        ({"value": "12", "year": "1999"}, "year", "2000"),
        ({"value": "12", "year": "2101"}, "year", "2100"),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(
    client_for, editor_a, org_a, data, field, message
):
    KpiTarget.objects.create(
        organisation=org_a, kpi_id=DEFAULTED.kpi_id, target_value=1, target_year=2040
    )
    posted = {f"{PLAIN.kpi_id}-{name}": value for name, value in data.items()}
    posted |= {f"{DEFAULTED.kpi_id}-value": "", f"{DEFAULTED.kpi_id}-year": ""}  # would clear
    response = client_for(editor_a).post(URL, posted)
    assert response.status_code == 400
    text = text_of(response)
    name = f"{PLAIN.kpi_id}-{field}"
    assert message in text
    assert f'id="id_{name}_error"' in text and f'aria-describedby="id_{name}_error"' in text
    assert f'href="#id_{name}"' in text  # the summary links to the field
    assert list(KpiTarget.objects.values_list("kpi_id", flat=True)) == [DEFAULTED.kpi_id]


@pytest.mark.parametrize("user", ["viewer_a", "editor_b"])
def test_others_may_not_post(client_for, request, user, org_a):
    data = {f"{PLAIN.kpi_id}-value": "1", f"{PLAIN.kpi_id}-year": "2030"}
    assert client_for(request.getfixturevalue(user)).post(URL, data).status_code == 403
    assert not KpiTarget.objects.exists()


def test_targets_need_login(client_for, org_a):
    assert client_for(None).get(URL).status_code == 302


def test_a_region_gets_the_region_kpis(client_for, django_user_model, db):
    from styra.web.organisations.models import Organisation

    region = Organisation.objects.create(kolada_id="0001", name="Region Stockholm", type="L")
    ids = {row.kpi_id for row in target_rows(region)}
    assert ids == {k.kpi_id for k in kpis_for_area_type("L") if k.polarity != 0}
