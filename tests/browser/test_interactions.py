"""Interaction matrices (M9) as an editor builds one: ten targets chosen by goal, a cell
scored with a rationale in the HTMX panel, a CSV file imported after a refused one, and
the results with the network graph and its table.

Every page passes axe-core (WCAG 2.1 A/AA) with no Content-Security-Policy
violation or JavaScript error (the ``page`` fixture fails the test on any).
"""

import re

from playwright.sync_api import expect

from .conftest import check_axe, open_step

TEN = ["1.1", "2.1", "3.1", "4.1", "5.1", "6.1", "7.1", "7.2", "11.1", "13.1"]
RATIONALE = "Förnybar el minskar utsläppen från uppvärmningen"


def dash(target: str) -> str:
    return target.replace(".", "-")


def good_file(tmp_path):
    rows = [
        f"{t},{u},{-2 if (t, u) == ('11.1', '7.2') else 3 if (t, u) == ('7.2', '13.1') else 1},"
        for t in TEN
        for u in TEN
        if t != u
    ]
    path = tmp_path / "matris.csv"
    path.write_text("from_target,to_target,score,rationale\n" + "\n".join(rows), encoding="utf-8")
    return path


def bad_file(tmp_path):
    path = tmp_path / "fel.csv"
    path.write_text("from_target,to_target,score\n7.2,13.1,4\n7.2,99.1,1\n", encoding="utf-8")
    return path


def open_interactions(page, user) -> None:
    link = "Interaktioner: hur påverkar delmålen varandra?"
    open_step(page, user, link, "interaktioner/", "Interaktioner mellan delmål: Stockholm")


def create_matrix(page) -> None:
    main = page.locator("#main")
    main.get_by_role("link", name="Ny matris: välj delmål").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ny interaktionsmatris")
    check_axe(page)
    page.get_by_label("Namn på matrisen").fill("Klimat och bostäder")
    for target in TEN[:9]:
        page.locator(f"#delmal-{dash(target)}").check()
    page.get_by_role("button", name="Skapa matrisen").click()
    # nine is too few: the summary links to the boxes, the boxes stay checked
    expect(page).to_have_title(re.compile(r"^Fel: "))
    expect(main.locator("#error-summary")).to_contain_text(
        "Matrisen har 9 delmål. En matris ska ha mellan 10 och 40 delmål."
    )
    expect(page.locator("#delmal-7-2")).to_be_checked()
    check_axe(page)
    page.get_by_role("group", name="Mål 13: Bekämpa klimatförändringen").get_by_label(
        re.compile(r"^13\.1 ")
    ).check()
    page.get_by_role("button", name="Skapa matrisen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Klimat och bostäder")
    expect(main.get_by_role("status")).to_contain_text("Matrisen Klimat och bostäder har skapats.")
    expect(main).to_contain_text("10 delmål, 0 av 90 celler bedömda.")


def score_cell(page) -> None:
    main = page.locator("#main")
    grid = main.get_by_role("table", name=re.compile(r"hur delmålet i raden påverkar"))
    expect(grid.get_by_role("rowheader")).to_have_count(10)
    grid.get_by_role("link", name="– ej bedömd: 7.2 påverkar 13.1").click()
    panel = main.locator("#cell-panel")
    expect(panel.get_by_role("heading", level=2)).to_have_text("7.2 påverkar 13.1")
    expect(panel.get_by_role("heading", level=2)).to_be_focused()
    check_axe(page)
    panel.get_by_label("Värde").select_option(label="+3 Oupplösligt kopplad")
    panel.get_by_label("Motivering").fill(RATIONALE)
    panel.get_by_role("button", name="Spara").click()
    expect(panel).to_contain_text("Sparat: 7.2 påverkar 13.1 – Oupplösligt kopplad.")
    # the cell is swapped in place, without a page load
    cell = page.locator("#c-7-2-13-1")
    expect(cell).to_have_text("+3* Oupplösligt kopplad: 7.2 påverkar 13.1 (motiverad)")
    expect(cell).to_have_class(re.compile(r"score-p3"))
    expect(page).to_have_url(re.compile(r"/interaktioner/\d+/$"))
    check_axe(page)
    # a rationale without a score is refused on the field, in the panel
    grid.get_by_role("link", name="– ej bedömd: 11.1 påverkar 7.2").click()
    expect(panel.get_by_role("heading", level=2)).to_have_text("11.1 påverkar 7.2")
    panel.get_by_label("Motivering").fill("Bara ord")
    panel.get_by_role("button", name="Spara").click()
    expect(panel.locator("#id_score_error")).to_have_text(
        "Välj ett värde för att spara en motivering."
    )
    expect(panel.get_by_label("Värde")).to_have_attribute("aria-invalid", "true")
    check_axe(page)


def import_file(page, tmp_path) -> None:
    main = page.locator("#main")
    main.get_by_role("link", name="Läs in från en CSV-fil").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Läs in Klimat och bostäder från en fil"
    )
    check_axe(page)
    page.get_by_label("CSV-fil med matrisen").set_input_files(bad_file(tmp_path))
    page.get_by_role("button", name="Granska filen").click()
    problems = main.get_by_role("region", name="Filen sparades inte: 2 fel")
    expect(problems.get_by_role("row").nth(1)).to_contain_text("2score")
    expect(problems).to_contain_text('"99.1" är inget delmål')
    check_axe(page)
    page.get_by_label("CSV-fil med matrisen").set_input_files(good_file(tmp_path))
    page.get_by_role("button", name="Granska filen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Förhandsvisning")
    expect(main).to_contain_text("Filen matris.csv kan läsas in utan fel. Inget är sparat ännu.")
    expect(main).to_contain_text("Observera: 1 motivering i matrisen finns inte i filen")
    check_axe(page)
    page.get_by_role("button", name="Spara").click()
    expect(main.get_by_role("status")).to_contain_text(
        "Matrisen har lästs in från matris.csv: 10 delmål, 90 bedömda celler, 0 ej bedömda."
    )
    expect(main).to_contain_text("10 delmål, 90 av 90 celler bedömda.")


def see_results(page) -> None:
    main = page.locator("#main")
    main.get_by_role("link", name="Resultat: påverkan, kluster och målkonflikter").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Resultat: Klimat och bostäder")
    table = main.get_by_role("table", name=re.compile(r"^Påverkan per delmål i "))
    expect(table.get_by_role("rowheader")).to_have_count(10)
    eleven = table.get_by_role("row", name=re.compile(r"^11\.1 "))
    expect(eleven).to_contain_text("motverkar 7.2 (−2)")
    figure = main.locator("figure.chart")
    expect(figure).to_have_class(re.compile(r"chart-ready"))
    expect(figure.locator("svg")).to_have_count(1)
    main.get_by_text(re.compile(r"^Sambanden i diagrammet som tabell")).click()
    links = main.get_by_role("table", name=re.compile(r"^Starka samband"))
    expect(links.get_by_role("row", name=re.compile(r"^11\.1 7\.2 −2 Motverkar"))).to_have_count(1)
    check_axe(page)


def test_editor_builds_a_matrix_scores_imports_and_reads_the_results(page, editor_a, tmp_path):
    open_interactions(page, editor_a)
    expect(page.locator("#main")).to_contain_text("Det finns inga matriser ännu.")
    check_axe(page)
    create_matrix(page)
    check_axe(page)
    score_cell(page)
    import_file(page, tmp_path)
    check_axe(page)
    see_results(page)


def test_the_other_pages_pass_axe(page, editor_a, org_a, tmp_path):
    from styra.web.organisations.models import Network

    network = Network.objects.create(name="Styra med Agenda 2030")
    network.coordinators.add(editor_a)
    network.members.set([org_a])
    open_interactions(page, editor_a)
    main = page.locator("#main")
    main.get_by_role("link", name="Ny matris från en CSV-fil").click()
    check_axe(page)
    page.get_by_label("Namn på matrisen").fill("Från fil")
    page.get_by_label("CSV-fil med matrisen").set_input_files(good_file(tmp_path))
    page.get_by_role("button", name="Granska filen").click()
    expect(main).to_contain_text("En ny matris skapas: Från fil.")
    check_axe(page)
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Från fil")
    matrix_url = page.url
    main.get_by_role("link", name="Interaktioner mellan delmål").click()
    matrices = main.get_by_role("table", name="Matriser")
    expect(matrices.get_by_role("rowheader")).to_have_text(["Från fil"])
    check_axe(page)
    main.get_by_role("link", name="Interaktioner i nätverket Styra med Agenda 2030").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Interaktioner mellan delmål: Styra med Agenda 2030"
    )
    expect(main.get_by_role("link", name="Ny matris: välj delmål")).to_be_visible()
    check_axe(page)
    # the cell as a page of its own (no JavaScript needed), the edit and delete pages
    page.goto(matrix_url + "celler/7-2/13-1/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Bedöm en cell")
    check_axe(page)
    page.goto(matrix_url + "andra/")
    expect(page.locator("#delmal-13-1")).to_be_checked()
    check_axe(page)
    page.goto(matrix_url + "ta-bort/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Ta bort Från fil?")
    check_axe(page)
    page.get_by_role("button", name="Ta bort").click()
    expect(main.get_by_role("status")).to_contain_text("Matrisen Från fil har tagits bort.")
    check_axe(page)
