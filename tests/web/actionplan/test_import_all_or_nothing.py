"""Import of actions from Excel: row-level errors, nothing written on error, preview, then
all or nothing; updates by code; an exported plan reads back."""

import io
import re
from datetime import date
from decimal import Decimal

import openpyxl
from django.core.files.uploadedfile import SimpleUploadedFile

from styra.web.actionplan.models import Action

from .conftest import url

HEADINGS = ["nivå", "kod", "förälder", "titel", "delmål", "ägare", "partner", "start", "slut",
            "budget", "status"]  # fmt: skip


def xlsx(rows, headings=HEADINGS, name="plan.xlsx"):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(headings)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return SimpleUploadedFile(name, out.getvalue())


def state():
    return sorted(
        Action.objects.values_list("code", "level", "parent__code", "title", "status", "owner_id")
    )


def upload(client, file):
    return client.post(url("actionplan-import"), {"file": file})


def confirm(client, response):
    payload = re.search(r'name="payload" value="([^"]+)"', response.content.decode()).group(1)
    return client.post(url("actionplan-import-confirm"), {"payload": payload})


BAD = [
    ["strategi", "T1", None, "Trafik", "11.6", "Miljöförvaltningen", None, None, None, None, None],
    ["åtgärd", "T1.1", "T9", "Bussar", None, "Trafikkontoret", None, None, None, "-5", "pågår"],
    ["program", None, "T1", "Okänd nivå", None, None, None, None, None, None, None],
    [
        "aktivitet",
        "T1.2",
        "T1",
        "Fel förälder",
        None,
        None,
        "Länsstyrelsen",
        "2025-05-01",
        "2025-04-01",
        None,
        "kanske",
    ],  # fmt: skip
    ["strategi", "t1", None, "Samma kod", "99.9", None, None, None, None, None, None],
]
GOOD = [
    [
        "strategi",
        "T1",
        None,
        "Trafik",
        "11.6, 13.2",
        "Miljöförvaltningen",
        None,
        None,
        None,
        "1 500 000",
        None,
    ],  # fmt: skip
    [
        "åtgärd",
        "T1.1",
        "T1",
        "Bussar",
        None,
        "Miljöförvaltningen",
        "Länsstyrelsen",
        date(2025, 1, 1),
        "2026-06-30",
        "250000,50",
        "pågår",
    ],  # fmt: skip
    ["aktivitet", None, "T1.1", "Upphandla bussar", "", None, None, None, None, None, "Planerad"],
    [
        "åtgärd",
        None,
        "S1",
        "Under en befintlig strategi",
        None,
        None,
        None,
        None,
        None,
        None,
        None,
    ],  # fmt: skip
]


def test_a_file_with_errors_saves_nothing_and_names_rows_and_columns(
    client_for, editor_a, plan_a, partner_a
):
    before = state()
    response = upload(client_for(editor_a), xlsx(BAD))
    assert response.status_code == 400
    errors = {(e.row, e.column): e.message for e in response.context["errors"]}
    assert "ingen intern aktör som heter Trafikkontoret" in errors[(3, "ägare")]
    assert "kan inte vara negativt" in errors[(3, "budget")]
    assert "ingen åtgärd med koden T9" in errors[(3, "förälder")]
    assert '"program" är ingen nivå' in errors[(4, "nivå")]
    assert '"kanske" är ingen status' in errors[(5, "status")]
    assert "slutdatumet är före startdatumet" in errors[(5, "slut")]
    assert "en aktivitet ska ligga under en åtgärd" in errors[(5, "förälder")]
    assert "koden t1 finns redan på rad 2" in errors[(6, "kod")]
    assert "99.9 är inget delmål" in errors[(6, "delmål")]
    assert response.context["error_total"] == len(errors)
    html = response.content.decode()
    assert "Filen sparades inte" in html and "Inget har sparats" in html
    assert state() == before


def test_the_fixed_file_previews_then_saves_everything(client_for, editor_a, plan_a, partner_a):
    client = client_for(editor_a)
    assert upload(client, xlsx(BAD)).status_code == 400
    before = state()
    preview = upload(client, xlsx(GOOD))
    assert preview.status_code == 200
    assert preview.context["new"] == 4 and preview.context["updated"] == 0
    assert [r.code for r in preview.context["rows"]] == ["T1", "T1.1", "T1.1.1", "S1.3"]
    assert state() == before  # nothing saved by the preview

    saved = confirm(client, preview)
    assert saved.status_code == 302
    t1 = Action.objects.get(code="T1")
    assert t1.level == "strategy" and t1.targets == ["11.6", "13.2"]
    assert t1.budget_sek == Decimal("1500000.00") and t1.owner.name == "Miljöförvaltningen"
    bus = Action.objects.get(code="T1.1")
    assert bus.parent == t1 and bus.status == "ongoing"
    assert (bus.start, bus.end) == (date(2025, 1, 1), date(2026, 6, 30))
    assert bus.budget_sek == Decimal("250000.50")
    assert [p.name for p in bus.partners.all()] == ["Länsstyrelsen"]
    assert Action.objects.get(code="T1.1.1").parent == bus  # a code chosen by Styra
    assert Action.objects.get(code="S1.3").parent == plan_a["strategy"]
    assert "Importen är sparad: 4 nya åtgärder, 0 ändrade." in [
        str(m) for m in saved.wsgi_request._messages
    ]


def test_a_row_with_a_known_code_updates_and_absent_columns_stay(client_for, editor_a, plan_a):
    file = xlsx(
        [["åtgärd", "s1.1", "S1", "Snabbladdare"]], headings=["nivå", "kod", "förälder", "titel"]
    )
    client = client_for(editor_a)
    preview = upload(client, file)
    assert preview.context["updated"] == 1
    assert confirm(client, preview).status_code == 302
    x = Action.objects.get(pk=plan_a["x"].pk)
    assert x.title == "Snabbladdare" and x.code == "S1.1"
    assert x.status == "ongoing" and x.start == date(2025, 1, 1)  # not in the file: unchanged
    assert list(x.responsible.all()) == [plan_a["x"].responsible.get()]


def test_a_level_change_that_strands_children_is_refused(client_for, editor_a, plan_a):
    before = state()
    file = xlsx([["strategi", "S1.1", None, "Laddstolpar", "7.2"]], headings=HEADINGS[:5])
    response = upload(client_for(editor_a), file)
    assert response.status_code == 400
    [error] = response.context["errors"]
    assert (error.row, error.column) == (2, "nivå")
    assert "S1.1.1 ligger under S1.1 i handlingsplanen" in error.message
    assert state() == before


def test_the_plan_changed_between_preview_and_save(client_for, editor_a, plan_a):
    client = client_for(editor_a)
    file = xlsx([["aktivitet", None, "S1.2", "Måla cykelbanor"]], headings=HEADINGS[:4])
    preview = upload(client, file)
    assert preview.status_code == 200
    plan_a["y"].delete()  # someone removes the parent meanwhile
    before = state()
    response = confirm(client, preview)
    assert response.status_code == 409
    assert "ingen åtgärd med koden S1.2" in response.context["errors"][0].message
    assert state() == before


def test_a_tampered_preview_is_refused(client_for, editor_a, plan_a):
    before = state()
    response = client_for(editor_a).post(url("actionplan-import-confirm"), {"payload": "x:y:z"})
    assert response.status_code == 400
    assert state() == before


def test_a_preview_signed_for_another_user_is_refused(client_for, editor_a, admin_a, plan_a):
    file = xlsx([["strategi", None, None, "Ny", "3.4"]], headings=HEADINGS[:5])
    preview = upload(client_for(editor_a), file)
    payload = re.search(r'name="payload" value="([^"]+)"', preview.content.decode()).group(1)
    before = state()
    response = client_for(admin_a).post(url("actionplan-import-confirm"), {"payload": payload})
    assert response.status_code == 400
    assert state() == before


def test_an_exported_plan_reads_back_unchanged(client_for, editor_a, plan_a, partner_a):
    x = plan_a["x"]
    x.partners.add(partner_a)
    x.budget_sek = Decimal("125000.5")
    x.save()
    client = client_for(editor_a)
    exported = client.get(url("actionplan-export")).content
    before = state()
    partners_before = list(x.partners.all())
    preview = upload(client, SimpleUploadedFile("export.xlsx", exported))
    assert preview.status_code == 200, [str(e) for e in preview.context["errors"]]
    assert preview.context["updated"] == 4 and preview.context["new"] == 0
    assert confirm(client, preview).status_code == 302
    assert state() == before
    x.refresh_from_db()
    assert x.budget_sek == Decimal("125000.50") and list(x.partners.all()) == partners_before


def test_a_csv_file_and_english_headings(client_for, editor_a, plan_a):
    content = "level,code,parent,title,targets,status\nstrategy,E1,,Energi,7.2,ongoing\n"
    file = SimpleUploadedFile("plan.csv", content.encode())
    client = client_for(editor_a)
    preview = upload(client, file)
    assert preview.status_code == 200
    confirm(client, preview)
    assert Action.objects.get(code="E1").status == "ongoing"


def test_an_unreadable_file_is_refused(client_for, editor_a, plan_a):
    file = SimpleUploadedFile("plan.xlsx", b"not a workbook")
    response = upload(client_for(editor_a), file)
    assert response.status_code == 400
    assert "inte en giltig Excel-arbetsbok" in response.context["errors"][0].message
