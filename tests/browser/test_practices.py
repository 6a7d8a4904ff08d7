"""Goda exempel as members use them: an editor of Stockholm writes a practice shared with
everyone in Styra and attaches nothing; an editor of Göteborg finds it in the library by a
word and a goal. Every page passes axe-core (WCAG 2.1 A/AA)."""

import re

from playwright.sync_api import expect

from .conftest import check_axe, login


def test_an_editor_writes_a_practice_and_another_member_finds_it(
    page, new_page, editor_a, editor_b
):
    login(page, editor_a)
    page.goto("/omraden/0180/goda-exempel/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Goda exempel från Stockholm")
    check_axe(page)
    main = page.locator("#main")
    main.get_by_role("link", name="Skriv ett nytt exempel").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nytt exempel")
    check_axe(page)
    page.get_by_label("Rubrik").fill("Lådcyklar att låna")
    page.get_by_label("Vad vi gjorde").fill("Vi lånade ut lådcyklar gratis i tre månader.")
    page.get_by_label("Lärdomar").fill("Börja i liten skala.")
    page.get_by_role("checkbox", name=re.compile(r"^11\. ")).check()
    page.get_by_label("Delmål").fill("11.99")
    page.get_by_role("button", name="Spara").click()  # no such target: the error
    expect(page).to_have_title(re.compile(r"^Fel: "))
    expect(page.get_by_label("Delmål")).to_have_attribute("aria-invalid", "true")
    check_axe(page)
    page.get_by_label("Delmål").fill("11.2")
    page.get_by_role("radio", name="Alla som är inloggade i Styra").check()
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Lådcyklar att låna")
    expect(main.get_by_role("status")).to_contain_text("Lådcyklar att låna har sparats.")
    expect(main.get_by_role("link", name=re.compile(r"^Mål 11: "))).to_be_visible()
    check_axe(page)

    other = new_page()
    login(other, editor_b)
    other.goto("/goda-exempel/")
    other.get_by_label("Sökord").fill("lådcyklar")
    other.get_by_label("Mål:", exact=True).select_option("11")
    other.get_by_role("button", name="Sök").click()
    found = other.locator("#main").get_by_role("link", name="Lådcyklar att låna")
    expect(found).to_be_visible()
    check_axe(other)
    found.click()
    expect(other.get_by_role("heading", level=1)).to_have_text("Lådcyklar att låna")
    expect(other.get_by_role("link", name="Ändra exemplet")).to_have_count(0)
    check_axe(other)
