"""The nulägesanalys document in the browser: an editor opens the live document from the
organisation's page, freezes it as "Beslutad i KS 2025-03-12" (a missing name first
refused, with the error on the field), downloads the frozen PDF and reads its text with
pdftotext, opens the list of versions and the comparison with today. A viewer reads
without the freeze link; an editor of another kommun is refused.

Every page passes axe-core (WCAG 2.1 A/AA) and draws its charts without a
Content-Security-Policy violation (the ``page`` fixture fails the test on any).
"""

import re
import subprocess

from playwright.sync_api import expect

from .conftest import check_axe, login, open_step

LABEL = "Beslutad i KS 2025-03-12"
DOCUMENT_LINK = "Nulägesanalysen som dokument: för beslut, som PDF och Word"


def open_document(page, user) -> None:
    open_step(page, user, DOCUMENT_LINK, "nulagesanalys/", "Nulägesanalys för Stockholm")


def test_editor_freezes_downloads_and_compares(page, editor_a, kolada_live, tmp_path):
    open_document(page, editor_a)
    main = page.locator("#main")
    # (The live server's sample has too few kommuner for scores: no chart of them.)
    expect(page.locator("figure[data-spec=chart-mandate].chart-ready svg")).to_have_count(1)
    expect(main.get_by_role("heading", level=2)).to_contain_text(
        ["Sammanfattning för kommunledningen", "1. Inom vilka mål ser vi de största utmaningarna?"]
    )
    expect(main).to_contain_text("Inga styrdokument är analyserade ännu.")
    check_axe(page)

    main.get_by_role("link", name="Frys den här versionen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Frys nulägesanalysen")
    check_axe(page)
    page.get_by_role("button", name="Frys versionen").click()
    expect(page).to_have_title(re.compile(r"^Fel: "))
    summary = page.locator("#error-summary")
    expect(summary).to_contain_text("Skriv ett namn på versionen.")
    name = page.get_by_label("Namn på versionen")
    expect(name).to_have_attribute("aria-invalid", "true")
    check_axe(page)
    summary.get_by_role("link", name="Namn på versionen").click()
    expect(name).to_be_focused()
    name.fill(LABEL)
    page.get_by_label("Beslutsdatum").fill("2025-03-12")
    page.get_by_label("Diarienummer eller paragraf").fill("KS 2025/12 § 3")
    page.get_by_role("button", name="Frys versionen").click()

    expect(page).to_have_url(re.compile(r"/nulagesanalys/versioner/\d+/(#id_label)?$"))
    expect(main.get_by_role("status")).to_contain_text(f"Versionen ”{LABEL}” är fryst.")
    expect(main.locator(".report-status")).to_contain_text(f"Fryst version: {LABEL}")
    expect(main.locator(".report-status")).to_contain_text("beslutad 12 mars 2025")
    expect(page.locator("figure[data-spec=chart-mandate].chart-ready svg")).to_have_count(1)
    check_axe(page)

    with page.expect_download() as info:
        main.get_by_role("link", name="Ladda ner som PDF").click()
    download = info.value
    assert download.suggested_filename == "nulagesanalys-stockholm-beslutad-i-ks-2025-03-12.pdf"
    path = tmp_path / "nulagesanalys.pdf"
    download.save_as(path)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    assert "Nulägesanalys för Stockholm" in text and "Källa: Kolada (RKA)" in text
    assert f"Fryst version: {LABEL}" in text and "Sammanfattning för kommunledningen" in text

    main.get_by_role("link", name="Frysta versioner", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Frysta versioner av nulägesanalysen")
    expect(main.get_by_role("row", name=re.compile(LABEL))).to_contain_text("KS 2025/12 § 3")
    check_axe(page)

    main.get_by_role("link", name="Jämför versioner").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Jämför versioner av nulägesanalysen")
    expect(page.get_by_label("Från version")).to_have_value(re.compile(r"^\d+$"))
    expect(page.get_by_label("Till version")).to_have_value("nu")
    expect(main.locator("table").first.locator("tbody tr")).to_have_count(17)
    check_axe(page)

    page.get_by_label("Till version").select_option(page.get_by_label("Från version").input_value())
    page.get_by_role("button", name="Jämför", exact=True).click()
    expect(page.locator("#error-summary")).to_contain_text("Välj två olika versioner.")
    check_axe(page)


def test_viewer_reads_without_freezing_and_editor_of_b_is_refused(
    page, new_page, viewer_a, editor_b, kolada_live
):
    open_document(page, viewer_a)
    main = page.locator("#main")
    expect(main.get_by_role("link", name="Frys den här versionen")).to_have_count(0)
    check_axe(page)
    page.goto("/omraden/0180/nulagesanalys/versioner/")
    expect(main).to_contain_text("Ingen version är fryst ännu.")
    check_axe(page)
    page.goto("/omraden/0180/nulagesanalys/jamfor/")
    expect(main).to_contain_text("Ingen version är fryst ännu.")
    check_axe(page)

    other = new_page()
    login(other, editor_b)
    other.goto("/omraden/0180/nulagesanalys/")
    expect(other.get_by_role("heading", level=1)).to_have_text("Åtkomst nekad")
    expect(other.locator("#main")).not_to_contain_text("Nulägesanalys för Stockholm")
    check_axe(other)
