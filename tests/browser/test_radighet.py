"""Rådighet in the browser: an editor sets a target's level with a motivation, sees it on
the goal's page, in the overview, in the history and in the nulägesanalys; a missing
motivation is refused with the error on the field; then back to the default.

Every page passes axe-core (WCAG 2.1 A/AA) and draws its chart without a
Content-Security-Policy violation (the ``page`` fixture fails the test on any).
"""

import re

from playwright.sync_api import expect

from .conftest import check_axe, login, open_step

WHY = "Vi är kustkommun och har en egen havsplan."


def open_goal_14(page, user) -> None:
    """Log in and follow the links: Stockholm → Rådighet → Mål 14."""
    title = "Rådighet: vad kan Stockholm själv påverka?"
    open_step(page, user, title, "radighet/", title)
    main = page.locator("#main")
    expect(page.locator("figure[data-spec=mandate-chart].chart-ready svg")).to_have_count(1)
    check_axe(page)
    main.get_by_role("link", name="Mål 14: Hav och marina resurser").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Rådighet för mål 14: Hav och marina resurser"
    )


def test_editor_sets_a_level_and_finds_it_everywhere(page, editor_a, kolada_live):
    open_goal_14(page, editor_a)
    main = page.locator("#main")
    target = page.locator("#delmal-14-2")
    expect(target).to_contain_text("1 – Kan påverka")
    expect(target).to_contain_text("Styras standard")
    check_axe(page)

    # A level without a motivation is refused (the browser's own check is lifted
    # to reach the server's): the error sits on the field and in the summary.
    target.get_by_text("Ändra nivån för delmål 14.2").click()
    form = target.locator("form").first
    form.get_by_label("3 – Eget ansvar (lagkrav, egen verksamhet)").check()
    form.get_by_label("Motivering").evaluate("field => field.removeAttribute('required')")
    form.get_by_role("button", name="Spara nivån för delmål 14.2").click()
    expect(page).to_have_title(re.compile(r"^Fel: "))
    summary = page.locator("#error-summary")
    expect(summary).to_contain_text("Motivering: Skriv en motivering: varför ska nivån ändras?")
    motivation = target.locator("form").first.get_by_label("Motivering")
    expect(motivation).to_have_attribute("aria-invalid", "true")
    check_axe(page)

    summary.get_by_role("link", name="Motivering").click()
    expect(motivation).to_be_focused()
    form = target.locator("form").first
    form.get_by_label("3 – Eget ansvar (lagkrav, egen verksamhet)").check()
    motivation.fill(WHY)
    form.get_by_role("button", name="Spara nivån för delmål 14.2").click()
    expect(page).to_have_url(re.compile(r"/radighet/mal/14/#delmal-14-2$"))
    expect(main.get_by_role("status")).to_contain_text(
        "Delmål 14.2: nivån är nu Eget ansvar (lagkrav, egen verksamhet)."
    )
    target = page.locator("#delmal-14-2")
    expect(target).to_contain_text("3 – Eget ansvar (lagkrav, egen verksamhet)")
    expect(target).to_contain_text("egen nivå")
    expect(target).to_contain_text(WHY)
    expect(target).to_contain_text("Styras standard är 1 – Kan påverka")
    check_axe(page)

    main.get_by_role("link", name="Rådighet", exact=True).click()
    row = main.get_by_role("row", name=re.compile(r"^Mål 14: Hav"))
    expect(row.locator("td")).to_have_text(
        [re.compile(r"^0,8"), "1", "1", "3", "5", "1"]  # mean, 3 · 2 · 1 · 0, own
    )
    expect(main).to_contain_text("Organisationen har en egen nivå för 1 delmål.")
    check_axe(page)

    main.get_by_role("link", name="Historik: alla ändringar av rådigheten").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Historik för rådighet")
    changes = main.locator("table tbody tr")
    expect(changes).to_have_count(1)
    expect(changes.first.locator("td")).to_have_text(
        [
            re.compile(r"\d{4}"),
            "1 – Kan påverka",
            "3 – Eget ansvar (lagkrav, egen verksamhet)",
            WHY,
            "Erik Ek",
        ]
    )
    expect(changes.first.locator("th")).to_contain_text("14.2")
    check_axe(page)

    # The nulägesanalys goal page says the same, and leads back.
    page.goto("/omraden/0180/mal/14/")
    mandate = page.get_by_role("region", name="Rådighet")
    expect(mandate).to_contain_text("1 med eget ansvar")
    expect(mandate).to_contain_text("1 delmål har en egen nivå.")
    check_axe(page)
    mandate.get_by_role("link", name="Rådighet och skäl för varje delmål i mål 14").click()
    expect(page).to_have_url(re.compile(r"/omraden/0180/radighet/mal/14/$"))

    # Back to Styra's default, with a motivation: a second row in the history.
    target = page.locator("#delmal-14-2")
    target.get_by_text("Ändra nivån för delmål 14.2 eller återställ standard").click()
    reset = target.locator("form").nth(1)
    reset.get_by_label("Motivering").fill("Havsplanen är inte antagen än.")
    check_axe(page)
    reset.get_by_role("button", name="Återställ standard för delmål 14.2").click()
    expect(main.get_by_role("status")).to_contain_text("Styras standard gäller igen.")
    expect(page.locator("#delmal-14-2")).to_contain_text("1 – Kan påverka")
    page.goto("/omraden/0180/radighet/historik/")
    expect(main.locator("table tbody tr")).to_have_count(2)
    expect(main.locator("table tbody tr").first).to_contain_text("Havsplanen är inte antagen än.")


def test_viewer_reads_without_forms_and_editor_of_b_has_no_history(
    page, new_page, viewer_a, editor_b, org_a
):
    open_goal_14(page, viewer_a)
    expect(page.locator("#main form")).to_have_count(0)
    expect(page.locator("#main details")).to_have_count(0)
    check_axe(page)

    other = new_page()
    login(other, editor_b)
    other.goto("/omraden/0180/radighet/historik/")
    expect(other.get_by_role("heading", level=1)).to_have_text("Åtkomst nekad")
    other.goto("/omraden/0180/radighet/")
    expect(other.get_by_role("link", name=re.compile("Historik"))).to_have_count(0)
    check_axe(other)
