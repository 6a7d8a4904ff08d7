"""The log exports as CSV and Excel with the same filters as the page: one row per
changed field, who, when, before and after."""

import io

from django.urls import reverse
from openpyxl import load_workbook

from styra.web.samverkan.models import Actor


def test_csv_and_excel(client_for, admin_a, org_a):
    actor = Actor.objects.create(
        organisation=org_a, name="Skolförvaltningen", kind="internal", category="forvaltning"
    )
    actor.name = "Utbildningsförvaltningen"
    actor.save()
    admin = client_for(admin_a)

    csv = admin.get(reverse("audit-log-export", args=["0180", "csv"]) + "?words=Utbildning")
    assert csv.status_code == 200 and csv["Content-Type"].startswith("text/csv")
    text = csv.content.decode("utf-8-sig")
    assert "Tid;Vem;Händelse;Typ;Objekt;Fält;Före;Efter" in text
    assert (
        "ändrad;Aktör;Utbildningsförvaltningen;Namn;Skolförvaltningen;Utbildningsförvaltningen"
        in text
    )

    xlsx = admin.get(reverse("audit-log-export", args=["0180", "xlsx"]))
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert ["ändrad", "Aktör", "Utbildningsförvaltningen", "Namn"] in [row[2:6] for row in rows]
    assert "skapad" in [row[2] for row in rows]


def test_unknown_format_is_404(client_for, admin_a):
    assert (
        client_for(admin_a).get(reverse("audit-log-export", args=["0180", "pdf"])).status_code
        == 404
    )


def test_words_find_values_inside_the_changes(client_for, admin_a, org_a):
    actor = Actor.objects.create(
        organisation=org_a, name="Skolförvaltningen", kind="internal", category="forvaltning"
    )
    actor.name = "Utbildningsförvaltningen"
    actor.save()
    page = client_for(admin_a).get(reverse("audit-log", args=["0180"]) + "?words=skolförv")
    # the creation by its name, the renaming by the old name among its changes
    assert [entry["action"] for entry in page.context["changes"]] == ["ändrad", "skapad"]
