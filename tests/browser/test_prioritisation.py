"""Prioritisation (M8) in the browser, on the real Kolada sample.

1. An editor moves the weight sliders and the ranking changes in place (HTMX),
   saves the weights, records a decision with a document and finds it, frozen,
   in the list; sets strategic weights.
2. A workshop with two browsers at once: the editor opens it, a viewer of the
   same organisation joins on the shared link, each gives weights or points,
   and each sees the other's answer appear in the aggregate within seconds
   (HTMX polling). Too many points are refused with the error on the form.

Every page passes axe-core (WCAG 2.1 A/AA) and draws its chart without a
Content-Security-Policy violation (the ``page`` fixture fails the test on any).
"""

import re

from playwright.sync_api import expect

from styra.web.priorities.decisions.models import Decision
from tests.focus.documents import make_pdf

from .conftest import check_axe, login, open_step

LIVE = 10_000  # ms: the aggregate polls every 3 s


def first_goal(page):
    """The goal in first place of the ranking table (the second table: the weights come first)."""
    return page.locator("table.prio-table").nth(1).locator("tbody tr").first.locator("th")


def open_prioritisation(page, user) -> None:
    link = "Prioritera: vilka mål ska vi arbeta med först?"
    heading = "Prioritera: vilka mål ska Stockholm arbeta med först?"
    open_step(page, user, link, "prioritera/", heading)
    expect(page.locator("figure[data-spec=prio-chart].chart-ready svg")).to_have_count(1)


def test_editor_weighs_saves_and_records_a_decision(page, editor_a, kolada_live):
    open_prioritisation(page, editor_a)
    main = page.locator("#main")
    check_axe(page)
    before = first_goal(page).inner_text()

    # Only rådighet counts: the ranking changes in place, the chart is drawn again.
    page.get_by_label("Utmaning", exact=True).fill("0")
    expect(page.locator("#id_utmaning-value")).to_have_text("0")
    expect(first_goal(page)).to_have_text("Mål 4: God utbildning för alla")
    assert before != "Mål 4: God utbildning för alla"
    expect(page).to_have_url(re.compile(r"utmaning=0"))
    expect(page.locator("figure[data-spec=prio-chart].chart-ready svg")).to_have_count(1)
    weights = main.locator(".prio-results table").first
    expect(
        weights.get_by_role("row", name=re.compile("^Utmaning")).locator("td").nth(1)
    ).to_have_text("0 %")
    leverage = weights.get_by_role("row", name=re.compile("^Hävstång"))
    expect(leverage).to_contain_text("räknas inte")
    expect(leverage).to_contain_text("Organisationen har ingen interaktionsmatris")
    check_axe(page)

    expect(page.locator("#prio-status")).to_contain_text(
        "Rangordningen är uppdaterad. Plats 1: mål 4"
    )

    # By keyboard: the value moves, the ranking follows, the focus stays on the slider.
    slider = page.get_by_label("Utmaning", exact=True)
    slider.focus()
    for _ in range(10):
        slider.press("ArrowRight")
    expect(page.locator("#id_utmaning-value")).to_have_text("10")
    expect(page).to_have_url(re.compile(r"utmaning=10"))
    expect(slider).to_be_focused()

    # The length of the top list: the table and the sensitivity follow.
    page.get_by_label("Topplistans längd").select_option("3")
    expect(main.get_by_role("columnheader", name="Stannar i topp 3?")).to_be_visible()
    expect(main.locator(".prio-results tbody tr").first).to_be_visible()
    expect(main).to_contain_text("varianter")

    main.get_by_role("button", name="Spara som organisationens vikter").click()
    expect(main.get_by_role("status").first).to_contain_text("Vikterna är sparade")
    expect(page.get_by_label("Utmaning", exact=True)).to_have_value("10")
    expect(main).to_contain_text("Det här är organisationens sparade vikter.")
    top = first_goal(page).inner_text()

    main.get_by_role("link", name="Registrera ett beslut med de här vikterna").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Registrera ett beslut om prioriterade mål"
    )
    check_axe(page)
    form = main.locator("form.decision-form")
    form.get_by_label("Mål 4: God utbildning").check()
    form.get_by_label("Mål 11: Hållbara städer").check()
    form.get_by_label("Prioriterade delmål").fill("11.1, 4-2, 99.9")
    form.get_by_label("Beslutande organ").fill("Kommunstyrelsen")
    form.get_by_label("Beslutsdatum").fill("2026-05-12")
    form.get_by_label("Diarienummer eller paragraf").fill("KS 2026/123 § 45")
    form.get_by_label("Motivering").fill("Skolan och bostäderna först.")
    form.get_by_label("Beslutsdokument (valfritt)").set_input_files(
        {"name": "beslut.pdf", "mimeType": "application/pdf", "buffer": make_pdf([["Beslut"]])}
    )
    form.get_by_role("button", name="Registrera beslutet").click()
    expect(page).to_have_title(re.compile(r"^Fel: "))
    expect(main.locator("#error-summary")).to_contain_text("99.9 är inget delmål i Agenda 2030.")
    check_axe(page)
    assert not Decision.objects.exists()

    form = main.locator("form.decision-form")
    form.get_by_label("Prioriterade delmål").fill("11.1, 4-2")
    form.get_by_label("Beslutsdokument (valfritt)").set_input_files(
        {"name": "beslut.pdf", "mimeType": "application/pdf", "buffer": make_pdf([["Beslut"]])}
    )
    form.get_by_role("button", name="Registrera beslutet").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Beslut i Kommunstyrelsen 12 maj 2026"
    )
    expect(main.get_by_role("status")).to_contain_text("fruset underlag")
    expect(main).to_contain_text("4.2, 11.1")
    expect(main.get_by_role("link", name="Ladda ner beslut.pdf")).to_be_visible()
    expect(first_goal(page)).to_have_text(top)
    expect(page.locator("figure[data-spec=decision-chart].chart-ready svg")).to_have_count(1)
    check_axe(page)

    main.get_by_role("link", name="Beslut", exact=True).click()
    expect(main.get_by_role("link", name="KS 2026/123 § 45")).to_be_visible()
    check_axe(page)

    page.goto("/omraden/0180/prioritera/strategisk-vikt/")
    check_axe(page)
    page.get_by_label("Mål 13: Bekämpa klimatförändringen").select_option("1")
    main.get_by_role("button", name="Spara de strategiska vikterna").click()
    expect(main.get_by_role("status").first).to_contain_text("De strategiska vikterna är sparade.")
    weights = main.locator(".prio-results table").first
    expect(weights.get_by_role("row", name=re.compile("^Strategisk vikt"))).to_contain_text(
        "räknas som 0,5"
    )


def test_workshop_with_two_browsers_at_once(page, new_page, editor_a, viewer_a, kolada_live):
    login(page, editor_a)
    page.goto("/omraden/0180/prioritera/workshop/")
    check_axe(page)
    page.get_by_label("Namn på workshoppen").fill("Styrgruppen i maj")
    page.get_by_role("button", name="Skapa workshop").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Workshop: Styrgruppen i maj")
    link = page.locator(".share-link").inner_text()
    check_axe(page)

    other = new_page()
    login(other, viewer_a)
    other.goto(link)
    expect(other.get_by_role("heading", level=1)).to_have_text("Workshop: Styrgruppen i maj")
    expect(other.locator(".participants")).to_have_text("Ingen har svarat än.")
    check_axe(other)

    # The editor gives weights; the viewer's page shows them without reloading.
    page.get_by_label("Rådighet", exact=True).fill("60")
    page.get_by_role("button", name="Spara mina vikter").click()
    expect(page.get_by_role("status").first).to_contain_text("Dina vikter är sparade.")
    expect(other.locator(".participants")).to_contain_text(
        "1 deltagare har svarat: Erik Ek", timeout=LIVE
    )
    expect(other.get_by_role("row", name=re.compile("^Rådighet"))).to_be_visible()

    # The viewer tries too many points: refused, the error on the form.
    points = other.locator("form").filter(has=other.get_by_role("button", name="Spara mina poäng"))
    points.get_by_label("Mål 13: Bekämpa klimatförändringen").fill("8")
    points.get_by_label("Mål 11: Hållbara städer och samhällen").fill("4")
    points.get_by_role("button", name="Spara mina poäng").click()
    expect(other).to_have_title(re.compile(r"^Fel: "))
    expect(other.locator("#error-summary")).to_contain_text("Du har gett 12 poäng")
    check_axe(other)

    points = other.locator("form").filter(has=other.get_by_role("button", name="Spara mina poäng"))
    points.get_by_label("Mål 11: Hållbara städer och samhällen").fill("2")
    points.get_by_role("button", name="Spara mina poäng").click()
    expect(other.get_by_role("status").first).to_contain_text("Dina poäng är sparade")

    # The editor's page shows the viewer's points without reloading.
    expect(page.locator(".participants")).to_contain_text(
        "2 deltagare har svarat: Erik Ek, Vera Vik", timeout=LIVE
    )
    row = page.get_by_role("row", name=re.compile(r"^Mål 13: Bekämpa"))
    expect(row.locator("td")).to_have_text(["8", "1", "80 %"], timeout=LIVE)
    check_axe(page)

    # Both see the same aggregate; the editor closes the workshop.
    expect(
        other.get_by_role("row", name=re.compile(r"^Mål 13: Bekämpa")).locator("td")
    ).to_have_text(["8", "1", "80 %"])
    page.get_by_role("button", name="Stäng workshoppen").click()
    expect(page.get_by_role("status").first).to_contain_text("Workshoppen är stängd.")
    other.reload()
    expect(other.get_by_role("button", name="Spara mina poäng")).to_have_count(0)
    expect(other.locator(".participants")).to_contain_text("2 deltagare har svarat")
    check_axe(other)
