"""Samverkan as an editor builds it: an internal and an external actor in the register,
their roles in goal 13, the matrix goal × actor and the suggestions.

Every page passes axe-core (WCAG 2.1 A/AA) with no Content-Security-Policy
violation (the ``page`` fixture fails the test on any).
"""

import re

from playwright.sync_api import expect

from styra.sdg import load_catalog

from .conftest import check_axe, open_step

UNIT = "Miljöförvaltningen"
PARTNER = "Länsstyrelsen i Stockholms län"
TARGET_13_1 = load_catalog().target("13.1").label_sv


def open_samverkan(page, user) -> None:
    heading = "Samverkan: med vem behöver Stockholm samverka?"
    open_step(page, user, re.compile(r"^Samverkan: "), "samverkan/", heading)


def add_actor(page, name: str, category: str) -> None:
    main = page.locator("#main")
    main.get_by_role("link", name="Lägg till en aktör").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ny aktör")
    page.get_by_label("Namn").fill(name)
    page.get_by_label("Typ av aktör").select_option(label=category)
    page.get_by_role("button", name="Spara").click()
    expect(main.get_by_role("status")).to_contain_text(f"Aktören {name} har sparats.")


def give_role(page, actor: str, target: str, role: str) -> None:
    page.get_by_label("Aktör:", exact=True).select_option(label=actor)
    page.get_by_label("Delmål").select_option(label=target)
    page.get_by_role("radio", name=role).check()
    page.get_by_role("button", name="Lägg till").click()


def test_editor_adds_actors_gives_them_roles_in_goal_13_and_sees_the_matrix(page, editor_a):
    open_samverkan(page, editor_a)
    main = page.locator("#main")
    expect(main).to_contain_text("Registret har inga aktörer ännu.")
    expect(main).to_contain_text("Inga värden från Kolada är inlästa")
    check_axe(page)

    add_actor(page, UNIT, "Förvaltning")
    expect(page.get_by_role("heading", level=1)).to_have_text("Aktörsregistret")
    check_axe(page)
    add_actor(page, PARTNER, "Länsstyrelse")
    internal = main.get_by_role("table", name="Interna aktörer")
    external = main.get_by_role("table", name="Externa aktörer")
    expect(internal.get_by_role("rowheader")).to_have_text([UNIT])
    expect(external.get_by_role("rowheader")).to_have_text([PARTNER])
    check_axe(page)

    # the same name again is refused, the error tied to the field
    main.get_by_role("link", name="Lägg till en aktör").click()
    page.get_by_label("Namn").fill(UNIT.upper())
    page.get_by_label("Typ av aktör").select_option(label="Bolag")
    page.get_by_role("button", name="Spara").click()
    expect(page).to_have_title(re.compile(r"^Fel: "))
    expect(page.get_by_label("Namn")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#id_name_error")).to_contain_text("Det finns redan en aktör som heter")
    check_axe(page)
    main.get_by_role("link", name="Avbryt").click()

    main.get_by_role("link", name="Till matrisen mål och aktörer, och förslagen").click()
    main.get_by_role("link", name="Mål 13: Bekämpa klimatförändringen").first.click()
    expect(page).to_have_url(re.compile(r"/samverkan/mal/13/$"))
    expect(main).to_contain_text("Ingen aktör har en roll i mål 13 ännu.")
    check_axe(page)

    give_role(page, f"{UNIT} (Förvaltning)", "Hela målet", "Leder")
    expect(main.get_by_role("status")).to_contain_text(
        f"{UNIT} har fått rollen ”leder” för mål 13."
    )
    give_role(page, f"{PARTNER} (Länsstyrelse)", TARGET_13_1, "Bidrar")
    roles = main.get_by_role("table", name="Aktörer med roll i mål 13")
    expect(roles.get_by_role("rowheader")).to_have_text([UNIT, PARTNER])
    check_axe(page)

    # a target of another goal is refused on the field (a tampered form)
    page.get_by_label("Delmål").evaluate(
        "select => { select.add(new Option('1.1', '1.1')); select.value = '1.1'; }"
    )
    page.get_by_label("Aktör:", exact=True).select_option(label=f"{UNIT} (Förvaltning)")
    page.get_by_role("radio", name="Informeras").check()
    page.get_by_role("button", name="Lägg till").click()
    expect(page.locator("#id_target_id_error")).to_have_text(
        "Delmål 1.1 hör till mål 1, inte till mål 13."
    )
    check_axe(page)

    roles.get_by_role("link", name=f"Ändra rollen för {PARTNER}").click()
    check_axe(page)
    page.get_by_role("radio", name="Informeras").check()
    page.get_by_role("button", name="Spara").click()
    expect(main.get_by_role("status")).to_contain_text("Rollen har sparats.")

    main.get_by_role("link", name="Alla mål och aktörer").click()
    matrix = main.get_by_role("table", name="Aktörernas roller per mål, Stockholm")
    expect(matrix.get_by_role("columnheader")).to_have_text(
        ["Mål", re.compile(f"^{UNIT}"), re.compile(f"^{PARTNER}")]
    )
    goal_13 = matrix.get_by_role("row", name=re.compile(r"^Mål 13: "))
    expect(goal_13.get_by_role("cell")).to_have_text(["Leder", "Informeras (delmål 13.1)"])
    expect(main).to_contain_text("Mål utan aktörer")
    check_axe(page)

    with page.expect_download() as download:
        main.get_by_role("link", name="Excel").click()
    assert download.value.suggested_filename == "samverkan-0180.xlsx"

    main.get_by_role("link", name="Aktörsregistret").click()
    main.get_by_role("link", name=f"Ta bort {PARTNER}").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Ta bort {PARTNER}?")
    check_axe(page)
    page.get_by_role("button", name="Ta bort").click()
    expect(main.get_by_role("status")).to_contain_text(f"Aktören {PARTNER} har tagits bort.")


def test_suggestions_on_the_real_kolada_sample(page, editor_a, kolada_live):
    open_samverkan(page, editor_a)
    suggestions = page.get_by_role("region", name="Förslag: här kan samverkan behövas")
    expect(suggestions).to_contain_text("jämfört med alla kommuner")
    expect(suggestions).to_contain_text("rådighet")
    expect(suggestions).to_contain_text("verksamhetsområden")
    check_axe(page)
