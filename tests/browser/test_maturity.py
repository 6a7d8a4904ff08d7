"""The maturity self-assessment end to end: an editor starts a round, three members answer;
with two the results show only how many answered (nobody can work out another's answer),
with three the medians and groups; every page passes axe-core, charts draw under the CSP."""

import re

from playwright.sync_api import expect

from styra.maturity import dimension_ids

from .conftest import check_axe, expect_charts_drawn, login

EDITOR_LEVELS = [0, 1, 2, 3, 4, 2, 1]
VIEWER_LEVELS = [2, 1, 4, 3, 0, 2, 3]
CONTRIBUTOR_LEVELS = [1, 1, 3, 3, 2, 2, 2]
MEDIANS = ["1", "1", "3", "3", "2", "2", "2"]  # of the three answers per dimension


def answer_all(page, group: str, levels: list[int], skip: str = "") -> None:
    page.get_by_role("group", name="Jag svarar som medlem i").get_by_label(group).check()
    for dimension_id, level in zip(dimension_ids(), levels, strict=True):
        if dimension_id != skip:
            page.locator(f'input[name="level_{dimension_id}"][value="{level}"]').check()


def test_three_members_answer_and_see_the_aggregates(
    page, new_page, editor_a, viewer_a, contributor_a
):
    login(page, editor_a)
    page.goto("/omraden/0180/organisation/")
    page.get_by_role(
        "link", name="Självskattning: hur mogen är vår styrning med Agenda 2030?"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Självskattning")
    expect(page.get_by_text("Ingen omgång har startats ännu.")).to_be_visible()
    check_axe(page)

    # Start a round; a missing title is named and linked to its field.
    page.get_by_role("link", name="Starta en ny omgång").click()
    check_axe(page)
    page.get_by_label("Namn på omgången").fill("")
    page.get_by_role("button", name="Starta omgången").click()
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Omgången skapades inte")
    check_axe(page)
    summary.get_by_role("link", name="Namn på omgången").click()
    expect(page.get_by_label("Namn på omgången")).to_be_focused()
    page.get_by_label("Namn på omgången").fill("Våren 2025")
    page.get_by_label("Startdatum").fill("2025-03-01")
    page.get_by_role("button", name="Starta omgången").click()
    expect(page.get_by_role("status")).to_contain_text("Omgången ”Våren 2025” är öppen för svar.")
    check_axe(page)

    # The editor answers; an unanswered dimension is named in the error summary.
    page.get_by_role("link", name="Svara – Våren 2025").click()
    expect(
        page.get_by_role("group", name=re.compile("Politiskt beslut och ägarskap"))
    ).to_be_visible()
    check_axe(page)
    answer_all(page, "Styrgrupp", EDITOR_LEVELS, skip="competence")
    page.get_by_role("button", name="Spara mina svar").click()
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Kompetens: Välj en nivå från 0 till 4.")
    check_axe(page)
    summary.get_by_role("link", name="Kompetens").click()
    expect(page.locator("#id_level_competence_0")).to_be_focused()
    competence = page.get_by_role("group", name=re.compile("Kompetens"))
    competence.get_by_label(re.compile("^4 Hållbar utveckling ingår i introduktionen")).check()
    page.get_by_role("button", name="Spara mina svar").click()
    expect(page.get_by_role("status")).to_contain_text("Dina svar har sparats.")
    expect(page.locator("#respondents")).to_have_text("1")  # no groups below three
    expect(page.locator("#too-few")).to_be_visible()
    expect_charts_drawn(page)
    check_axe(page)

    # A second member answers in their own browser.
    other = new_page()
    login(other, viewer_a)
    other.goto("/omraden/0180/sjalvskattning/")
    expect(other.get_by_role("cell", name=re.compile("Inte svarat"))).to_be_visible()
    check_axe(other)
    other.get_by_role("link", name="Svara – Våren 2025").click()
    answer_all(other, "Arbetsgrupp", VIEWER_LEVELS)
    other.get_by_label("Kommentar om uppföljning och analys (frivillig)").fill(
        "Bara budgeten följs upp."
    )
    other.get_by_role("button", name="Spara mina svar").click()
    expect(other.locator("#respondents")).to_have_text("2")
    expect(other.locator("#results td.median")).to_have_text(["–"] * len(MEDIANS))
    check_axe(other)

    # A third member answers: now the medians and the groups are shown.
    third = new_page()
    login(third, contributor_a)
    third.goto("/omraden/0180/sjalvskattning/")
    third.get_by_role("link", name="Svara – Våren 2025").click()
    answer_all(third, "Annan", CONTRIBUTOR_LEVELS)
    third.get_by_role("button", name="Spara mina svar").click()
    expect(third.locator("#respondents")).to_contain_text("3 (styrgrupp 1, arbetsgrupp 1, annan 1)")
    expect(third.locator("#results td.median")).to_have_text(MEDIANS)
    expect(
        third.get_by_role("heading", name=re.compile("Politiskt beslut och ägarskap: låg nivå"))
    ).to_be_visible()
    expect_charts_drawn(third)
    check_axe(third)
    other.reload()
    expect(other.get_by_text("Bara budgeten följs upp.")).to_be_visible()  # their own comment

    # The editor sees n = 3 and the same medians, but not the others' comments; then closes.
    page.reload()
    expect(page.locator("#respondents")).to_contain_text("3 (")
    expect(page.locator("#results td.median")).to_have_text(MEDIANS)
    expect(page.get_by_text("Bara budgeten följs upp.")).to_have_count(0)
    page.get_by_role("button", name="Stäng omgången").click()
    expect(page.get_by_role("status")).to_contain_text("Omgången är stängd.")
    check_axe(page)

    # Closed: the member can no longer change their answers.
    other.goto("/omraden/0180/sjalvskattning/")
    expect(other.get_by_role("link", name="Ändra dina svar – Våren 2025")).to_have_count(0)
    check_axe(other)
    other.goto(page.url + "svara/")
    expect(other.get_by_role("status")).to_contain_text("Svaren kan inte längre ändras.")
    expect(other).to_have_url(page.url)
    check_axe(other)
