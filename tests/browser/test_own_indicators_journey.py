"""An editor adds an own indicator, uploads a file with an error, fixes it, uploads again,
confirms the preview, and finds the indicator with its value in the nulägesanalys.

Runs on the real Kolada sample (``kolada_live``); every page passes axe-core.
"""

import re

from playwright.sync_api import expect

from .conftest import check_axe, login

HEADER = "indikator;område;år;kön;värde\r\n"
BAD_FILE = HEADER + "E1;0180;2020;T;40\r\nE1;0180;20x1;T;41,5\r\nE1;0180;2022;T;42,5\r\n"
GOOD_FILE = BAD_FILE.replace("20x1", "2021")
TITLE = "Cykelbanor per invånare"


def upload(page, text: str) -> None:
    page.get_by_label("Fil med värden").set_input_files(
        {"name": "cykel.csv", "mimeType": "text/csv", "buffer": text.encode("utf-8")}
    )
    page.get_by_role("button", name="Granska filen").click()


def test_upload_with_an_error_then_fixed_shows_in_the_analysis(page, editor_a, kolada_live):
    login(page, editor_a)
    main = page.locator("#main")
    main.get_by_role("link", name="Stockholm").click()
    expect(page).to_have_url(re.compile(r"/omraden/0180/organisation/$"))
    check_axe(page)
    main.get_by_role("link", name="Egna nyckeltal", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Egna nyckeltal")
    expect(main).to_contain_text("Inga egna nyckeltal ännu.")
    check_axe(page)

    main.get_by_role("link", name="Nytt eget nyckeltal").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nytt eget nyckeltal")
    check_axe(page)
    page.get_by_label("Kod").fill("E1")
    page.get_by_label("Titel").fill(TITLE)
    page.get_by_label("Enhet").fill("m/inv")
    page.get_by_label("Riktning").select_option(label="Högre är bättre")
    page.get_by_label(re.compile(r"^Mål")).select_option(label="Mål 11")
    page.get_by_label("Delmål").fill("11.2")
    page.get_by_role("button", name="Spara").click()
    expect(page).to_have_url(re.compile(r"/omraden/0180/egna-nyckeltal/$"))
    expect(main.get_by_role("status")).to_contain_text("Nyckeltalet E1 har sparats.")
    row = main.get_by_role("row", name=re.compile(TITLE))
    expect(row).to_contain_text("Inga värden")
    check_axe(page)

    main.get_by_role("link", name="Ladda upp värden").click()
    expect(page).to_have_url(re.compile(r"/egna-nyckeltal/ladda-upp/$"))
    expect(main).to_contain_text("E1")  # the codes the file may use
    check_axe(page)
    upload(page, BAD_FILE)
    errors = page.locator("#file-errors")
    expect(errors.get_by_role("heading")).to_have_text("Filen sparades inte: 1 fel")
    error_rows = errors.locator("tbody tr")
    expect(error_rows).to_have_count(1)
    expect(error_rows.locator("td")).to_have_text(
        ["3", "år", '"20x1" är inte ett år mellan 1990 och 2100']
    )
    expect(page).to_have_title(re.compile(r"^Fel: "))
    check_axe(page)

    upload(page, GOOD_FILE)
    expect(page.get_by_role("heading", level=1)).to_have_text("Förhandsvisning")
    expect(main).to_contain_text("Filen cykel.csv har 3 värden utan fel. Inget är sparat ännu.")
    expect(main.locator("dl.facts")).to_contain_text("Nya värden3")
    preview = main.locator("table tbody tr")
    expect(preview).to_have_count(3)
    expect(preview.nth(1).locator("td")).to_have_text(["3", "E1", "0180", "2021", "T", "41,5"])
    check_axe(page)
    page.get_by_role("button", name="Spara").click()

    expect(page).to_have_url(re.compile(r"/omraden/0180/egna-nyckeltal/$"))
    expect(main.get_by_role("status")).to_contain_text(
        "3 värden sparade (3 nya, 0 ändrade, 0 oförändrade)."
    )
    expect(row).to_contain_text("3 värden (2020–2022)")
    check_axe(page)

    page.get_by_role("navigation", name="Huvudmeny").get_by_role(
        "link", name="Nulägesanalys"
    ).click()
    expect(page).to_have_url(re.compile(r"/omraden/0180/$"))
    check_axe(page)
    main.get_by_role("link", name="Mål 11: Hållbara städer och samhällen").click()
    expect(page).to_have_url(re.compile(r"/omraden/0180/mal/11/$"))
    own = main.get_by_role("row", name=re.compile(TITLE))
    expect(own).to_contain_text("eget")
    expect(own).to_contain_text("42,5 m/inv")
    expect(own).to_contain_text("2022")
    check_axe(page)

    own.get_by_role("link", name=TITLE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(main).to_contain_text("eget nyckeltal")
    expect(main.locator("dl.facts").first).to_contain_text("42,5 m/inv (2022)")
    expect(main.locator("table.numbers").first.locator("tbody th")).to_have_text(
        ["2020", "2021", "2022"]
    )
    expect(page.locator("figure[data-spec=line-chart].chart-ready svg")).to_have_count(1)
    check_axe(page)
