"""Two editors open the targets table; each row carries its own version. A row the first
changed and the second changed too is refused with both targets shown (what was typed
stays), the second's other rows save, a row only the first changed keeps the first's
target, and saving again after seeing them keeps the second's."""

from django.urls import reverse

from styra.agenda2030 import kpis_for_area_type
from styra.web.indicators.models import KpiTarget
from tests.web.concurrent_edits import conflicts, form_data, second_save

URL = reverse("indicators-targets", args=["0180"])
BOTH, SECOND_ONLY, FIRST_ONLY = [k for k in kpis_for_area_type("K") if k.polarity != 0][:3]


def row(kpi, value: str = "", year: str = "") -> dict:
    return {f"{kpi.kpi_id}-value": value, f"{kpi.kpi_id}-year": year}


def saved(org) -> dict:
    return {
        t.kpi_id: (t.target_value, t.target_year)
        for t in KpiTarget.objects.filter(organisation=org)
    }


def test_a_row_changed_by_both_is_refused_while_the_others_save(
    client_for, editor_a, admin_a, org_a
):
    KpiTarget.objects.create(
        organisation=org_a, kpi_id=BOTH.kpi_id, target_value=3, target_year=2030
    )
    first, second = client_for(editor_a), client_for(admin_a)
    changes = row(BOTH, "5", "2030") | row(FIRST_ONLY, "8", "2040")
    refused = second_save(
        first, second, URL, changes, row(BOTH, "4,5", "2035") | row(SECOND_ONLY, "7", "2030")
    )

    assert refused.status_code == 400
    assert conflicts(refused) == {BOTH.title: ("5 (2030)", "4,5 (2035)")}
    assert "<td>5 (2030)</td>" in refused.content.decode()  # the table of what differs
    assert saved(org_a) == {
        BOTH.kpi_id: (5, 2030),  # the first's, not overwritten
        SECOND_ONLY.kpi_id: (7, 2030),  # the second's other row saved
        FIRST_ONLY.kpi_id: (8, 2040),  # left alone by the second: the first's stays
    }
    again = form_data(refused)
    assert again[f"{BOTH.kpi_id}-value"] == "4,5"  # what was typed stays in the form
    assert again[f"{FIRST_ONLY.kpi_id}-value"] == "8"  # the first's change shows

    assert second.post(URL, again).status_code == 302
    assert saved(org_a) == {
        BOTH.kpi_id: (4.5, 2035),
        SECOND_ONLY.kpi_id: (7, 2030),
        FIRST_ONLY.kpi_id: (8, 2040),
    }


def test_a_row_cleared_by_another_is_not_put_back(client_for, editor_a, admin_a, org_a):
    KpiTarget.objects.create(
        organisation=org_a, kpi_id=BOTH.kpi_id, target_value=3, target_year=2030
    )
    first, second = client_for(editor_a), client_for(admin_a)
    saved_too = second_save(first, second, URL, row(BOTH), row(SECOND_ONLY, "7", "2030"))
    assert saved_too.status_code == 302
    assert saved(org_a) == {SECOND_ONLY.kpi_id: (7, 2030)}
