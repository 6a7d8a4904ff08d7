"""Follow-up by keyboard: a contributor opens "Att rapportera", reports an action on the
scale with a comment and a measure using the keyboard alone; the editor sees it on the
cycle's page and closes the cycle; the report page is then read only.

Every page passes axe-core (WCAG 2.1 A/AA) with no Content-Security-Policy violation.
"""

import datetime
import re

from django.utils import timezone
from playwright.sync_api import expect

from styra.web.actionplan.models import Action, ActionIndicator
from styra.web.followup.models import Cycle, Report

from .conftest import check_axe, login

TITLE = "Bygga ut laddinfrastruktur"


def make_plan(org_a, contributor):
    strategy = Action.objects.create(
        organisation=org_a, level="strategy", code="S1", title="Transporter", targets=["13.2"]
    )
    action = Action.objects.create(
        organisation=org_a, level="action", parent=strategy, code="S1.1", title=TITLE
    )
    action.responsible.add(contributor)
    ActionIndicator.objects.create(action=action, kpi_id="N00401")
    cycle = Cycle.objects.create(
        organisation=org_a,
        name="Tertial 1 2026",
        period_start=datetime.date(2026, 1, 1),
        period_end=datetime.date(2026, 4, 30),
        opens_on=datetime.date(2026, 5, 1),
        deadline=datetime.date(2026, 5, 15),
        opened_at=timezone.now(),
    )
    return action, cycle


def test_a_contributor_reports_by_keyboard_and_the_editor_closes(
    page, new_page, org_a, editor_a, contributor_a
):
    action, cycle = make_plan(org_a, contributor_a)
    main = page.locator("#main")
    login(page, contributor_a)
    page.goto("/omraden/0180/uppfoljning/att-rapportera/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Att rapportera")
    expect(main).to_contain_text("inte rapporterad")
    check_axe(page)

    link = main.get_by_role("link", name=f"S1.1 {TITLE}")
    link.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Rapportera S1.1 {TITLE}")
    check_axe(page)

    page.get_by_role("radio", name="Genomförd").focus()
    page.keyboard.press("ArrowDown")
    expect(page.get_by_role("radio", name="Mer än hälften")).to_be_checked()
    page.keyboard.press("Tab")
    expect(page.get_by_label("Kommentar")).to_be_focused()
    page.keyboard.type("Hälften av laddstolparna är på plats.")
    page.keyboard.press("Tab")
    measure = page.get_by_role("textbox", name=re.compile("växthusgaser"))
    expect(measure).to_be_focused()
    page.keyboard.type("0,4")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Spara rapporten")).to_be_focused()
    page.keyboard.press("Enter")
    expect(main.get_by_role("status")).to_contain_text(
        "Rapporten för S1.1 är sparad: mer än hälften."
    )
    expect(main).to_contain_text("rapporterad (mer än hälften)")
    check_axe(page)
    assert Report.objects.get(cycle=cycle, action=action).measures == {"N00401": 0.4}

    editor = new_page()
    login(editor, editor_a)
    editor.goto(f"/omraden/0180/uppfoljning/{cycle.pk}/")
    editor_main = editor.locator("#main")
    expect(editor_main.get_by_role("heading", level=2).first).to_contain_text("1 av 1 åtgärder")
    expect(editor_main.get_by_role("table", name="Per åtgärd")).to_contain_text("Mer än hälften")
    check_axe(editor)
    editor.get_by_role("button", name="Stäng uppföljningen").click()
    expect(editor_main.get_by_role("status")).to_contain_text("Rapporterna är låsta.")
    check_axe(editor)

    page.goto(f"/omraden/0180/uppfoljning/{cycle.pk}/atgarder/{action.pk}/")
    expect(main).to_contain_text("Rapporten är låst och kan inte ändras.")
    expect(page.get_by_role("button", name="Spara rapporten")).to_have_count(0)
    check_axe(page)
