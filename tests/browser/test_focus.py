"""The focus analysis as an editor does it: upload a Swedish mål och budget, review the
suggestions (accept one, reject one, tag one by hand, "Godkänn alla" for a passage and for
the whole document, keyboard focus staying where the editor was), and read the blind
spots on the real Kolada sample; own goals and the delete pages in a second journey.

Every page passes axe-core (WCAG 2.1 A/AA) with no Content-Security-Policy
violation (the ``page`` fixture fails the test on any).
"""

import re

from playwright.sync_api import expect

from styra.focus import blind_spots, focus_per_goal
from styra.focus.focus import enough_to_judge
from styra.web.common.goals import goal_title
from styra.web.focus.models import Document, focus_units
from styra.web.nulage.comparison import resolve
from styra.web.nulage.data import snapshot
from styra.web.nulage.presentation import RED, challenge_level
from styra.web.nulage.services import analyse, analysis_year

from .conftest import check_axe, open_step

# A mål och budget in the style of a Swedish kommun, written for this test.
BUDGET = """# Inledning

Kommunfullmäktige fastställer i denna mål och budget inriktningen för 2025 och planen för
2026–2027. Skatten är oförändrad, 30,60 kronor. Resultatet ska vara minst två procent av
skatteintäkterna över perioden, och investeringarna ska till största delen finansieras med
egna medel. Nämnderna ska arbeta tillsammans och med invånarna för en hållbar kommun.

# Förskola

Förskolan ska ge varje barn en trygg och lärorik start. Vi bygger tre nya förskolor i de
växande stadsdelarna så att alla barn erbjuds plats inom fyra månader. Barngrupperna ska
minska och andelen legitimerade förskollärare öka. Förskolan arbetar särskilt med språk och
läsning för barn som har ett annat modersmål än svenska.

# Skola

Alla elever ska lämna grundskolan med godkända betyg och behörighet till gymnasiet. Skolorna
får mer resurser för tidiga insatser i läsning, skrivning och matematik, och elevhälsan
förstärks. Skolornas kompensatoriska uppdrag ska stärkas så att bakgrunden inte avgör
resultaten.

# Äldreomsorg och hälsa

Den som är äldre ska kunna leva ett aktivt liv med god hälsa. Hemtjänsten ska ha färre olika
personal per brukare och fler platser i särskilt boende byggs. Det förebyggande arbetet mot
ensamhet och fallolyckor utvecklas tillsammans med regionen och civilsamhället.

# Klimat och energi

Kommunens utsläpp av växthusgaser ska halveras till 2030 jämfört med 2015. Fordonsflottan
ska vara fossilfri 2027 och solceller installeras på kommunens tak. En plan för
klimatanpassning tas fram så att bebyggelsen klarar skyfall och värmeböljor.

# Bostäder och samhällsbyggnad

Det ska byggas minst 1 200 nya bostäder om året, varav en tredjedel hyresrätter. Kommunen
anvisar mark för bostäder med rimliga hyror och prioriterar blandade stadsdelar. Nya
bostadsområden planeras nära kollektivtrafik, med gång- och cykelvägar och gröna
mötesplatser.

# Arbete och näringsliv

Arbetslösheten ska minska, särskilt bland unga och bland dem som står långt från
arbetsmarknaden. Kommunen erbjuder feriearbeten till alla ungdomar i årskurs nio och
samarbetar med Arbetsförmedlingen och företagen om praktikplatser. Företagsklimatet ska
förbättras genom snabbare handläggning av bygglov.

# Kultur och fritid

Biblioteken får längre öppettider och kulturskolan ska nå fler barn i alla stadsdelar.
Föreningslivet får stöd för lovaktiviteter och idrottsanläggningar rustas upp, så att barn
och unga har meningsfulla fritidsaktiviteter nära hemmet.

# Trygghet

Invånarna ska känna sig trygga i hela kommunen. Vi utökar samverkan med polisen, bygger bättre
belysning i parker och på gångstråk och arbetar förebyggande mot att unga dras in i
kriminalitet. Stödet till den som utsatts för våld i nära relation förstärks.
"""


def open_focus(page, user) -> None:
    link = "Fokus: vilka mål har vi inte fokuserat på, men borde?"
    heading = "Fokus: vilka mål har Stockholm inte fokuserat på, men borde?"
    open_step(page, user, link, "fokus/", heading)


def focus_nav(page, name: str) -> None:
    page.get_by_role("navigation", name="Fokusanalysen").get_by_role("link", name=name).click()


def upload(page, name: str, data: bytes, mime: str = "text/plain") -> None:
    page.get_by_label("Fil:", exact=True).set_input_files(
        files=[{"name": name, "mimeType": mime, "buffer": data}]
    )
    page.get_by_role("button", name="Ladda upp och analysera").click()


def expected_blind_spots(organisation) -> list[int]:
    snap = snapshot()
    analysis = analyse(
        organisation, resolve({}, organisation, snap), analysis_year(snap, None), snap
    )
    ranks = {g.goal: g.rank for g in analysis.goals if not g.too_little_data}
    major = {g.goal for g in analysis.goals if challenge_level(g) == RED}
    tags = focus_units(organisation)[2]
    assert enough_to_judge(len(tags), sum(bool(unit) for unit in tags))
    return blind_spots(ranks, focus_per_goal(tags), major)


def test_editor_uploads_a_budget_reviews_and_sees_the_blind_spots(page, editor_a, kolada_live):
    open_focus(page, editor_a)
    main = page.locator("#main")
    expect(main).to_contain_text("Inget avsnitt och inget eget mål har något godkänt mål ännu")
    check_axe(page)

    focus_nav(page, "Styrdokument")
    expect(page.get_by_role("heading", level=1)).to_have_text("Styrdokument")
    expect(main).to_contain_text("Inga styrdokument är uppladdade ännu.")
    check_axe(page)

    # a spreadsheet is refused, on the file field, and nothing is stored
    upload(page, "budget.xlsx", b"PK\x03\x04 inte en budget", "application/octet-stream")
    expect(page).to_have_title(re.compile(r"^Fel: "))
    expect(page.get_by_label("Fil:", exact=True)).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#id_file_error")).to_contain_text("Filtypen .xlsx stöds inte.")
    expect(page.get_by_role("alert")).to_contain_text("Inget sparades")
    assert Document.objects.count() == 0
    check_axe(page)

    page.get_by_label("Titel").fill("Mål och budget 2025")
    page.get_by_label("Typ av dokument").select_option(label="Mål och budget")
    upload(page, "mal-och-budget-2025.txt", BUDGET.encode("utf-8"))
    expect(main.get_by_role("status")).to_contain_text(
        "Mål och budget 2025 är uppladdat: 9 textavsnitt och"
    )
    expect(page.get_by_role("heading", level=1)).to_have_text("Mål och budget 2025")
    check_axe(page)

    # accept: förskola is goal 4; the section is swapped in place (HTMX), no new page
    address = page.url
    forskola = main.get_by_role("region", name="Avsnitt 2 · Förskola")
    expect(forskola).to_contain_text("Ord i texten: förskolan")
    forskola.get_by_role("button", name="Godkänn mål 4 för avsnitt 2").click()
    expect(forskola).to_contain_text("Mål 4, delmål 4.2 är godkänt.")
    expect(forskola.get_by_role("listitem").first).to_contain_text("Godkänt: Mål 4: God utbildning")
    assert page.url == address

    # reject: "annat modersmål" made Styra suggest goal 10; the editor keeps it to förskola
    forskola.get_by_role("button", name="Avvisa mål 10 för avsnitt 2").click()
    expect(forskola).to_contain_text("Mål 10, delmål 10.3 är avvisat.")
    expect(forskola.get_by_role("button", name="Godkänn mål 10 för avsnitt 2")).to_be_visible()

    # the rest of the review: klimat (13), bostäder (11), arbete (8)
    for number, section, goal in [
        (5, "Klimat och energi", 13),
        (6, "Bostäder och samhällsbyggnad", 11),
        (7, "Arbete och näringsliv", 8),
    ]:
        region = main.get_by_role("region", name=f"Avsnitt {number} · {section}")
        region.get_by_role("button", name=f"Godkänn mål {goal} för avsnitt {number}").click()
        expect(region).to_contain_text(f"Mål {goal}, delmål")

    # by hand: fritidsaktiviteter for children and young people are about health (3.4)
    fritid = main.get_by_role("region", name="Avsnitt 8 · Kultur och fritid")
    fritid.get_by_text("Lägg till ett mål för hand").click()
    fritid.get_by_role("button", name="Lägg till målet").click()  # no goal chosen
    expect(fritid.locator("[id$='-goal_error']")).to_have_text("Välj ett mål.")
    check_axe(page)
    fritid.get_by_label("Mål:", exact=True).select_option(
        label="Mål 3: God hälsa och välbefinnande"
    )
    fritid.get_by_label("Delmål (valfritt):").select_option("3.4")
    fritid.get_by_role("button", name="Lägg till målet").click()
    expect(fritid).to_contain_text("Mål 3, delmål 3.4 är tillagt och godkänt.")
    expect(fritid).to_contain_text("Satt för hand: Mål 3: God hälsa och välbefinnande")
    check_axe(page)

    # "Godkänn alla" for one passage: swapped in place, keyboard focus on its heading
    trygghet = main.get_by_role("region", name="Avsnitt 9 · Trygghet")
    trygghet.get_by_role("button", name="Godkänn alla 2 förslag för avsnitt 9").click()
    expect(trygghet).to_contain_text("2 förslag är godkända.")
    expect(trygghet.get_by_role("heading", level=3)).to_be_focused()
    expect(trygghet.get_by_role("button", name=re.compile("^Godkänn"))).to_have_count(0)
    assert page.url == address
    check_axe(page)

    # the passages still to review, as a filter
    page.get_by_label("Visa").select_option(label="Avsnitt med förslag att granska")
    page.get_by_role("button", name="Visa", exact=True).click()
    expect(main).to_contain_text("i urvalet")
    check_axe(page)

    # "Godkänn alla" for the whole document: the list is swapped, focus on its heading
    main.get_by_role(
        "button", name=re.compile(r"^Godkänn alla \d+ förslag i hela dokumentet$")
    ).click()
    passages = main.get_by_role("region", name="Textavsnitt och föreslagna mål")
    expect(passages).to_contain_text("förslag är godkända.")
    expect(passages.get_by_role("heading", level=2)).to_be_focused()
    expect(page.locator("#document-unreviewed")).to_have_text("0")
    expect(passages).to_contain_text("Inga avsnitt i det här urvalet.")
    check_axe(page)

    main.get_by_role("link", name="Till resultatet: fokus och blinda fläckar").click()
    expected = expected_blind_spots(editor_a.memberships.get().organisation)
    assert expected, "the sample should give Stockholm blind spots"
    blind = main.locator(".focus-blind-list li")
    expect(blind).to_have_text([f"Mål {g}: {goal_title(g)}" for g in expected])
    table = main.get_by_role(
        "table", name="Fokus i styrningen och utmaning i nulägesanalysen per mål, Stockholm"
    )
    for goal in expected:
        row = table.get_by_role("row", name=re.compile(f"^Mål {goal}: "))
        expect(row.get_by_role("cell").last).to_have_text("Ja, blind fläck")
    forskola_row = table.get_by_role("row", name=re.compile(r"^Mål 4: "))
    expect(forskola_row.get_by_role("cell").first).to_have_text("1,00")
    expect(forskola_row.get_by_role("cell").last).to_have_text("Nej")
    expect(main.locator("figure.chart")).to_have_class(re.compile("chart-ready"))
    expect(
        main.locator("figure.chart svg text").filter(has_text=re.compile(r"^4$")).first
    ).to_be_attached()
    check_axe(page)

    with page.expect_download() as download:
        main.get_by_role("link", name="Excel").click()
    assert download.value.suggested_filename == "styra-stockholm-fokus-per-mal.xlsx"


def test_editor_keeps_own_goals_and_deletes_a_document(page, editor_a):
    open_focus(page, editor_a)
    main = page.locator("#main")
    focus_nav(page, "Egna mål")
    expect(main).to_contain_text("Inga egna mål är inlagda ännu.")
    check_axe(page)

    page.get_by_label("Vem har målet").fill("Barn- och utbildningsnämnden")
    page.get_by_role("button", name="Spara målet").click()  # no goal text
    expect(page).to_have_title(re.compile(r"^Fel: "))
    expect(page.locator("#id_text_error")).to_have_text("Skriv målet.")
    check_axe(page)
    page.get_by_label("Målet:", exact=True).fill("Alla elever ska nå kunskapskraven i grundskolan.")
    page.get_by_label("År:", exact=True).fill("2025")
    page.get_by_role("button", name="Spara målet").click()
    expect(main.get_by_role("status")).to_contain_text(
        "Målet för Barn- och utbildningsnämnden är sparat. "
        "Styra föreslår 1 av de 17 målen att granska."
    )
    goal = main.get_by_role("region", name="Barn- och utbildningsnämnden, 2025")
    goal.get_by_role("button", name=re.compile(r"^Godkänn mål 4 ")).click()
    expect(goal).to_contain_text("är godkänt.")
    check_axe(page)

    goal.get_by_role("link", name=re.compile(r"^Ändra ")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ändra eget mål")
    check_axe(page)
    page.get_by_role("link", name="Avbryt").click()
    main.get_by_role("region", name="Barn- och utbildningsnämnden, 2025").get_by_role(
        "link", name=re.compile(r"^Ta bort ")
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ta bort eget mål?")
    check_axe(page)
    page.get_by_role("button", name="Ta bort").click()
    expect(main.get_by_role("status")).to_contain_text(
        "Målet för Barn- och utbildningsnämnden har tagits bort."
    )

    focus_nav(page, "Styrdokument")
    upload(page, "strategi.txt", BUDGET.encode("utf-8"))
    expect(page.get_by_role("heading", level=1)).to_have_text("strategi.txt")
    main.get_by_role("link", name="Styrdokument").click()
    table = main.get_by_role("table", name="Uppladdade styrdokument, Stockholm")
    expect(table.get_by_role("rowheader")).to_have_text([re.compile(r"^strategi\.txt")])
    check_axe(page)
    table.get_by_role("link", name="Ta bort strategi.txt").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ta bort strategi.txt?")
    check_axe(page)
    page.get_by_role("button", name="Ta bort").click()
    expect(main.get_by_role("status")).to_contain_text("strategi.txt har tagits bort.")

    page.goto("/omraden/0180/fokus/dokument/ladda-upp/")
    page.get_by_role("button", name="Ladda upp och analysera").click()  # no file
    expect(page.locator("#id_file_error")).to_have_text("Välj en fil att ladda upp.")
    check_axe(page)
