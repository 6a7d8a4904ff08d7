"""The nulägesanalys as an editor walks it: the 17 goals, the worst goal, a KPI, another
comparison, an Excel download — plus search, English and the keyboard.

Runs on the real Kolada sample (``kolada_live``); every page passes axe-core and
draws its charts without a Content-Security-Policy violation (the ``page``
fixture fails the test on any).
"""

import re

import openpyxl
from playwright.sync_api import expect

from styra.web.indicators.models import KpiTarget
from styra.web.indicators.versions import bump_own

from .conftest import check_axe, expect_charts_drawn, expect_skip_link, login

GOAL_LINK = re.compile(r"^Mål (\d+): ")


def open_overview(page, user) -> None:
    """Log in and follow the links: my organisation → step 1, its challenges in figures."""
    login(page, user)
    main = page.locator("#main")
    main.get_by_role("link", name="Stockholm").click()
    expect(page).to_have_url(re.compile(r"/omraden/0180/organisation/$"))
    check_axe(page)
    main.get_by_role("link", name="Utmaningar: de 17 målen i siffror från Kolada").click()
    expect(page).to_have_url(re.compile(r"/omraden/0180/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Stockholm: var står vi i de 17 målen?"
    )


def test_worst_goal_to_a_kpi_in_kommungrupp_and_excel(page, editor_a, kolada_live, tmp_path):
    open_overview(page, editor_a)
    goals = page.locator("table.goals tbody tr")
    expect(goals).to_have_count(17)
    worst = goals.first
    expect(worst.locator("td").first).to_have_text("1")
    expect(worst).to_contain_text("utmaning")
    goal_link = worst.get_by_role("link", name=GOAL_LINK)
    goal_title = goal_link.inner_text()
    expect(page.locator("#main")).to_contain_text("Jämfört med alla kommuner, analysår")
    expect_charts_drawn(page, at_least=0)  # the sample is too small for scores: no chart
    check_axe(page)

    goal_link.click()
    expect(page).to_have_url(re.compile(r"/omraden/0180/mal/\d+/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(goal_title)
    expect(page.locator("dl.facts")).to_contain_text("1 av 17 (1 = störst utmaning)")
    check_axe(page)

    kpi_link = page.locator("table tbody th[scope=row] a").first
    kpi_title = kpi_link.inner_text()
    kpi_link.click()
    expect(page).to_have_url(re.compile(r"/omraden/0180/nyckeltal/\w+/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(kpi_title)
    breadcrumb = page.locator(".breadcrumb")
    expect(breadcrumb.get_by_role("link", name=goal_title)).to_be_visible()
    expect_charts_drawn(page, at_least=1)
    expect(page.locator("figure[data-spec=line-chart].chart-ready svg")).to_have_count(1)
    page.locator("figure[data-spec=line-chart] [aria-roledescription=point]").first.hover()
    expect(page.locator("#vg-tooltip-element")).to_be_visible()  # styled by styra.css
    check_axe(page)

    page.get_by_label("Jämförelse", exact=True).select_option("kommungrupp")
    page.get_by_role("button", name="Visa").click()
    expect(page).to_have_url(re.compile(r"[?&]jamfor=kommungrupp(&|$)"))
    expect(page.get_by_label("Jämförelse", exact=True)).to_have_value("kommungrupp")
    main = page.locator("#main")
    expect(main).to_contain_text("Jämfört med kommungrupp A1 Storstäder, analysår")
    expect(main.locator("table.numbers").first).to_contain_text("Median, kommungrupp A1")
    expect(breadcrumb.get_by_role("link", name=goal_title)).to_have_attribute(
        "href", re.compile(r"jamfor=kommungrupp")
    )
    expect_charts_drawn(page, at_least=1)
    check_axe(page)

    excel = main.locator("a[href*='/export.xlsx']")  # the year-by-year table's download
    expect(excel).to_have_text("Excel – år för år")  # the hidden words tell the links apart
    with page.expect_download() as download_info:
        excel.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".xlsx")
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0] == (
        "År",
        "Stockholm",
        "Median, kommungrupp A1 Storstäder",
        "Riket",
        "Kvinnor",
        "Män",
    )
    years = [row[0] for row in rows[1:] if isinstance(row[0], int)]
    assert years and years == sorted(years)
    year_by_year = main.locator("table.numbers").first
    assert [str(year) for year in years] == year_by_year.locator("tbody th").all_inner_texts()
    lines = [row[0] for row in rows if isinstance(row[0], str)]
    assert "Källa: Kolada (RKA)" in lines
    assert any("kommungrupp A1" in line for line in lines[1:])


def test_a_kpi_with_a_target_shows_its_status_the_target_and_the_path(
    page, viewer_a, org_a, kolada_live
):
    KpiTarget.objects.create(
        organisation=org_a, kpi_id="N00401", target_value=0.5, target_year=2030
    )
    bump_own(org_a.pk)
    login(page, viewer_a)
    page.goto("/omraden/0180/mal/13/")
    main = page.locator("#main")
    row = main.locator("tbody tr", has=page.locator("a[href='/omraden/0180/nyckeltal/N00401/']"))
    expect(row.locator(".target-status")).not_to_have_text("Inget målvärde")
    expect(row).to_contain_text("mål 0,5 år 2030")
    expect(main.locator("dl.facts")).to_contain_text("1 av")  # "1 av n nyckeltal har målvärde"
    expect(main).to_contain_text("inte att målet är nått")  # green there is not "reached"
    check_axe(page)

    row.get_by_role("link").first.click()
    expect(page).to_have_url(re.compile(r"/omraden/0180/nyckeltal/N00401/$"))
    expect(main.locator("dl.facts").first.locator(".target-status")).to_be_visible()
    table = main.locator("table.numbers").first
    path = "Väg till målvärdet 0,5 år 2030"
    expect(table.locator("thead th").last).to_have_text(path)
    expect(table.locator("tbody tr").last.locator("th")).to_have_text("2030")
    expect(table.locator("tbody tr").last.locator("td").last).to_have_text("0,5")
    chart = page.locator("figure[data-spec=line-chart].chart-ready svg")
    expect(chart).to_have_count(1)
    expect(chart).to_contain_text("Målvärde 0,5 år 2030")  # the target line's label
    expect(chart).to_contain_text(path)  # the dashed path in the legend
    expect(page.locator("figure[data-spec=line-chart] figcaption")).to_contain_text(
        "den streckade linjen är vägen dit"
    )
    check_axe(page)


def test_goal_page_keeps_the_comparison_and_links_to_every_kpi(page, viewer_a, kolada_live):
    login(page, viewer_a)
    page.goto("/omraden/0180/mal/13/?jamfor=liknande")
    expect(page.get_by_role("heading", level=1)).to_have_text("Mål 13: Bekämpa klimatförändringen")
    expect(page.locator("#main")).to_contain_text("Jämfört med liknande enligt Kolada")
    kpi_links = page.locator("table tbody th[scope=row] a")
    assert kpi_links.count() >= 1
    for href in [link.get_attribute("href") for link in kpi_links.all()]:
        assert re.fullmatch(r"/omraden/0180/nyckeltal/\w+/\?jamfor=liknande", href)
    # a viewer is not offered the editing links
    expect(page.get_by_role("link", name="Sätt målvärden")).to_have_count(0)
    check_axe(page)


def test_overview_in_english(page, editor_a, kolada_live):
    open_overview(page, editor_a)
    page.get_by_role("button", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page).to_have_url(re.compile(r"/omraden/0180/$"))
    goals = page.locator("table.goals")
    expect(goals).to_contain_text("Climate action")
    expect(goals).to_contain_text("No poverty")
    expect(goals).not_to_contain_text("Ingen fattigdom")
    check_axe(page)
    page.locator("table.goals tbody tr").first.get_by_role("link").first.click()
    expect(page).to_have_url(re.compile(r"/omraden/0180/mal/\d+/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    check_axe(page)
    page.get_by_role("button", name="Svenska").click()
    expect(page.locator("html")).to_have_attribute("lang", "sv")


def test_search_finds_a_kpi_and_an_area(page, editor_a, kolada_live):
    login(page, editor_a)
    page.get_by_role("navigation", name="Huvudmeny").get_by_role("link", name="Sök").click()
    expect(page).to_have_url(re.compile(r"/sok/$"))
    check_axe(page)
    page.get_by_label("Sökord (minst två tecken)").fill("växthusgaser")
    page.get_by_role("search").get_by_role("button", name="Sök").click()
    expect(page).to_have_url(re.compile(r"/sok/\?q=v"))
    main = page.locator("#main")
    kpi = main.get_by_role("link", name=re.compile("växthusgaser", re.IGNORECASE)).first
    expect(kpi).to_be_visible()
    expect(main).to_contain_text("Länkarna visar nyckeltalet för Stockholm.")
    check_axe(page)
    kpi_title = kpi.inner_text()
    kpi.click()
    expect(page).to_have_url(re.compile(r"/omraden/0180/nyckeltal/\w+/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(kpi_title)
    expect_charts_drawn(page, at_least=1)
    check_axe(page)

    page.goto("/sok/?q=Göteborg")
    main.get_by_role("link", name="Göteborg").click()
    expect(page).to_have_url(re.compile(r"/omraden/1480/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Göteborg: var står vi i de 17 målen?"
    )
    check_axe(page)


def tab_to(page, target, limit: int = 40) -> None:
    """Press Tab until ``target`` has the focus (fail after ``limit`` presses)."""
    for _ in range(limit):
        if target.evaluate("element => element === document.activeElement"):
            return
        page.keyboard.press("Tab")
    expect(target).to_be_focused()


def test_keyboard_skip_link_and_comparison(page, editor_a, kolada_live):
    login(page, editor_a)
    page.goto("/omraden/0180/")
    expect_skip_link(page)

    select = page.get_by_label("Jämförelse", exact=True)
    tab_to(page, select)
    expect(select).to_have_value("alla")
    page.keyboard.press("ArrowDown")
    expect(select).to_have_value("kommungrupp")
    tab_to(page, page.get_by_role("button", name="Visa"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"[?&]jamfor=kommungrupp(&|$)"))
    expect(page.locator("#main")).to_contain_text("Jämfört med kommungrupp A1 Storstäder")
    check_axe(page)
