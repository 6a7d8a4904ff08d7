"""An editor records the organisation's commitments; the checklist follows."""

from playwright.sync_api import expect

from tests.focus.documents import make_pdf

from .conftest import check_axe, login


def summary(page):
    return page.locator("#commitments .summary")


def test_editor_records_contact_decision_and_groups(page, editor_a, tmp_path):
    login(page, editor_a)
    page.get_by_role("link", name="Stockholm").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Stockholm")
    expect(summary(page)).to_have_text("0 av 4 åtaganden på plats")
    check_axe(page)

    page.get_by_role("link", name="Lägg till kontaktperson").click()
    check_axe(page)
    page.get_by_label("Namn").fill("Kim Kontakt")
    page.get_by_label("E-postadress").fill("kim@stockholm.se")
    page.get_by_label("Telefon").fill("08-508 000 00")
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("status")).to_contain_text("Kontaktpersonen har sparats")
    expect(summary(page)).to_have_text("1 av 4 åtaganden på plats")
    expect(page.locator("#commitments")).to_contain_text("kim@stockholm.se")

    page.get_by_role("link", name="Registrera beslutet").click()
    check_axe(page)
    page.get_by_label("Beslutsdatum").fill("2024-05-02")
    page.get_by_label("Beslutande organ").fill("Kommunstyrelsen")
    page.get_by_label("Diarienummer eller paragraf").fill("KS 2024/123 § 45")
    document = tmp_path / "beslut.pdf"
    document.write_bytes(make_pdf([["Beslut"]]))
    page.get_by_label("Beslutsdokument").set_input_files(document)
    page.get_by_role("button", name="Spara").click()
    expect(summary(page)).to_have_text("2 av 4 åtaganden på plats")
    expect(page.get_by_role("link", name="Ladda ner beslutet (beslut.pdf)")).to_be_visible()
    check_axe(page)

    # The groups are added in place (HTMX): no page load, focus to the section heading.
    steering = page.get_by_role("group", name="Lägg till i styrgrupp")
    steering.get_by_label("Namn").fill("Sara Styr")
    steering.get_by_label("Roll eller titel").fill("kommundirektör")
    page.evaluate("window.__stillHere = true")
    steering.get_by_role("button", name="Lägg till").click()
    expect(summary(page)).to_have_text("3 av 4 åtaganden på plats")
    expect(page.locator("#commitments")).to_contain_text("Sara Styr, kommundirektör")
    assert page.evaluate("window.__stillHere === true")
    expect(page.locator("#commitments h2")).to_be_focused()
    check_axe(page)

    working = page.get_by_role("group", name="Lägg till i arbetsgrupp")
    working.get_by_label("Namn").fill("Wilma Verk")
    working.get_by_role("button", name="Lägg till").click()
    expect(summary(page)).to_have_text("4 av 4 åtaganden på plats")

    page.get_by_role("button", name="Ta bort Wilma Verk").click()
    expect(summary(page)).to_have_text("3 av 4 åtaganden på plats")
    check_axe(page)


def test_viewer_reads_without_edit_controls(page, viewer_a):
    login(page, viewer_a)
    page.goto("/omraden/0180/organisation/")
    expect(summary(page)).to_have_text("0 av 4 åtaganden på plats")
    expect(page.get_by_role("link", name="Lägg till kontaktperson")).to_have_count(0)
    expect(page.get_by_role("button", name="Lägg till")).to_have_count(0)
    check_axe(page)
    page.goto("/omraden/0180/kontaktperson/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Åtkomst nekad")
    check_axe(page)
