"""The handlingsplan as an editor and a contributor use it: the editor creates a strategy and
an action under goal 13 (target 13.2) with an owner and the contributor as responsible;
the contributor reports 50 %; the plan shows the strategy rolled up to 50 %. Then the
timeline, the plan by owner, the export and an import with an error, fixed.

Every page passes axe-core (WCAG 2.1 A/AA) with no Content-Security-Policy
violation (the ``page`` fixture fails the test on any).
"""

import io
import re

import openpyxl
from playwright.sync_api import expect

from styra.web.accounts.models import Role
from styra.web.samverkan.models import Actor
from tests.web.factories import make_member

from .conftest import check_axe, open_step

STRATEGY = "Minska utsläppen från transporter"
ACTION = "Bygga ut laddinfrastruktur"
UNIT = "Miljöförvaltningen"


def xlsx(rows) -> bytes:
    book = openpyxl.Workbook()
    book.active.append(["nivå", "kod", "förälder", "titel", "delmål", "ägare"])
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def open_plan(page, user) -> None:
    link = "Handlingsplan: vad gör vi för att nå målen?"
    open_step(page, user, link, "handlingsplan/", "Handlingsplan för Stockholm")


def test_editor_builds_the_plan_and_a_contributor_reports_progress(page, new_page, editor_a, org_a):
    Actor.objects.create(organisation=org_a, name=UNIT, category="forvaltning")
    contributor = make_member(
        "cilla_bidrar", org_a, Role.CONTRIBUTOR, first_name="Cilla", last_name="Ceder"
    )
    main = page.locator("#main")

    open_plan(page, editor_a)
    expect(main).to_contain_text("Handlingsplanen har inga strategier ännu.")
    expect(main).to_contain_text("Inga mål är prioriterade ännu.")
    check_axe(page)

    # a strategy without a title: the error summary links to the field
    main.get_by_role("link", name="Ny strategi").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ny strategi, åtgärd eller aktivitet")
    check_axe(page)
    page.get_by_label("Delmål").fill("13.2, 99.1")
    page.get_by_role("button", name="Spara").click()
    expect(page).to_have_title(re.compile(r"^Fel: "))
    summary = page.locator("#error-summary")
    expect(summary).to_contain_text("99.1 är inget delmål i Agenda 2030.")
    expect(page.get_by_label("Titel")).to_have_attribute("aria-invalid", "true")
    check_axe(page)

    page.get_by_role("radio", name="Strategi").check()
    page.get_by_label("Titel").fill(STRATEGY)
    page.get_by_label("Delmål").fill("13.2")
    page.get_by_label("Ägare").select_option(label=f"{UNIT} (Förvaltning)")
    page.get_by_role("button", name="Spara").click()
    expect(main.get_by_role("status")).to_contain_text("Strategi S1 har sparats.")
    expect(page.get_by_role("heading", level=1)).to_contain_text(f"S1 {STRATEGY}")
    check_axe(page)

    main.get_by_role("link", name="Lägg till en indikator").click()
    check_axe(page)
    page.get_by_label("Nyckeltal").select_option("N00401")
    page.get_by_label("Målvärde").fill("1,5")
    page.get_by_label("Målår").fill("2030")
    page.get_by_role("button", name="Spara").click()
    expect(main.get_by_role("status")).to_contain_text("Indikatorn har sparats.")
    expect(main.get_by_role("table", name="Indikatorer för S1")).to_contain_text("N00401")

    main.get_by_role("link", name="Ändra", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Ändra S1 {STRATEGY}")
    expect(page.get_by_label("Delmål")).to_have_value("13.2")
    check_axe(page)
    main.get_by_role("link", name="Avbryt").click()

    main.get_by_role("link", name="Lägg till en åtgärd under").click()
    expect(page.get_by_role("radio", name="Åtgärd", exact=True)).to_be_checked()
    page.get_by_label("Titel").fill(ACTION)
    page.get_by_label("Delmål").fill("13.2")
    page.get_by_label("Ägare").select_option(label=f"{UNIT} (Förvaltning)")
    page.get_by_role("checkbox", name="Cilla Ceder").check()
    page.get_by_label("Start").fill("2025-01-01")
    page.get_by_label("Slut").fill("2030-12-31")
    page.get_by_label("Budget (kronor)").fill("2 500 000")
    page.get_by_label("Status").select_option(label="Pågår")
    page.get_by_role("button", name="Spara").click()
    expect(main.get_by_role("status")).to_contain_text("Åtgärd S1.1 har sparats.")
    expect(main).to_contain_text("2 500 000 kr")
    check_axe(page)

    # the contributor reports 50 % on the action she is responsible for
    other = new_page()
    open_plan(other, contributor)
    mine = other.get_by_role("region", name="Åtgärder du är ansvarig för")
    expect(mine).to_contain_text(f"S1.1 {ACTION}")
    check_axe(other)
    mine.get_by_role("link", name="Rapportera framsteg för S1.1").click()
    expect(other.get_by_role("heading", level=1)).to_have_text(
        f"Rapportera framsteg för S1.1 {ACTION}"
    )
    check_axe(other)
    other.get_by_label("Hur långt har den kommit (procent)").fill("50")
    other.get_by_label("Kommentar").fill("Hälften av laddstolparna är på plats.")
    other.get_by_role("button", name="Spara rapporten").click()
    expect(other.locator("#main").get_by_role("status")).to_contain_text(
        "Rapporten för S1.1 är sparad: 50 % klart."
    )
    expect(other.locator("#main")).to_contain_text("Hälften av laddstolparna är på plats.")
    check_axe(other)
    # the contributor may not change the plan
    expect(other.get_by_role("link", name="Ändra", exact=True)).to_have_count(0)

    # the plan rolls the 50 % up to the strategy
    page.goto("/omraden/0180/handlingsplan/")
    goal = page.get_by_role("region", name="Mål 13: Bekämpa klimatförändringen")
    strategy_item = goal.locator(".plan-strategy > .plan-item")
    expect(strategy_item).to_contain_text(f"S1 {STRATEGY}")
    expect(strategy_item).to_contain_text("50 % klart")
    expect(strategy_item).to_contain_text("(sammanvägt från det som ligger under)")
    expect(goal.locator(".plan-action > .plan-item")).to_contain_text("50 % klart")
    check_axe(page)

    main.get_by_role("link", name="Per ägare").click()
    expect(page.get_by_role("heading", level=2).first).to_contain_text(UNIT)
    check_axe(page)

    main.get_by_role("link", name="Tidslinje").click()
    expect(page.locator("figure.chart")).to_have_class(re.compile("chart-ready"))
    table = main.get_by_role("table", name="Handlingsplanens tidslinje, Stockholm")
    expect(table.get_by_role("rowheader")).to_have_text(
        [re.compile(f"S1 {STRATEGY}"), re.compile(f"S1.1 {ACTION}")]
    )
    check_axe(page)

    with page.expect_download() as download:
        main.get_by_role("link", name="Ladda ner hela planen (Excel)").click()
    assert download.value.suggested_filename.startswith("handlingsplan-stockholm-")
    with open(download.value.path(), "rb") as file:
        book = openpyxl.load_workbook(io.BytesIO(file.read()))
    assert book["Åtgärder"]["R3"].value == 50.0  # S1's rolled-up progress
    assert book["Åtgärder"]["B3"].value == "S1.1"

    # an import with an error saves nothing; fixed, it previews and saves
    main.get_by_role("link", name="Importera från Excel").click()
    check_axe(page)
    bad = xlsx([["aktivitet", None, "S1", "Upphandla laddare", None, "Okända nämnden"]])
    page.get_by_label("Excel-fil med åtgärder").set_input_files(
        {"name": "plan.xlsx", "mimeType": "application/octet-stream", "buffer": bad}
    )
    page.get_by_role("button", name="Granska filen").click()
    errors = page.locator("#file-errors")
    expect(errors.get_by_role("heading")).to_have_text("Filen sparades inte: 2 fel")
    expect(errors).to_contain_text("ingen intern aktör som heter Okända nämnden")
    expect(errors).to_contain_text("en aktivitet ska ligga under en åtgärd")
    check_axe(page)
    good = xlsx([["aktivitet", None, "S1.1", "Upphandla laddare", None, UNIT]])
    page.get_by_label("Excel-fil med åtgärder").set_input_files(
        {"name": "plan.xlsx", "mimeType": "application/octet-stream", "buffer": good}
    )
    page.get_by_role("button", name="Granska filen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Förhandsvisning av importen")
    expect(main.get_by_role("table")).to_contain_text("S1.1.1")
    check_axe(page)
    page.get_by_role("button", name="Spara").click()
    expect(main.get_by_role("status")).to_contain_text(
        "Importen är sparad: 1 ny åtgärd, 0 ändrade."
    )
    # S1.1 now has an activity without a report: its number comes from it (0 %), and
    # its own 50 % stays in its history as a note
    expect(goal.locator(".plan-strategy > .plan-item")).to_contain_text("0 % klart")

    main.get_by_role("link", name="S1.1.1 Upphandla laddare").click()
    main.get_by_role("link", name="Ta bort", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ta bort S1.1.1 Upphandla laddare?")
    check_axe(page)
    page.get_by_role("button", name="Ta bort").click()
    expect(main.get_by_role("status")).to_contain_text("S1.1.1 Upphandla laddare har tagits bort.")
    expect(goal.locator(".plan-strategy > .plan-item")).to_contain_text("50 % klart")
