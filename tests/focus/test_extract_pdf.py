"""PDF: text per page with page numbers and numbered headings as sections."""

from styra.focus import extract_passages
from tests.focus.documents import encrypt_pdf, make_pdf

PAGES = [
    [
        "1 Inledning",
        "Kommunen ska minska utsläppen av växthusgaser.",
        "Förskolan är viktig för barnens språkutveckling.",
    ],
    ["2 Bostäder", "Vi bygger 400 nya bostäder per år i blandade upplåtelseformer."],
]


def test_pdf_passages_keep_page_and_section():
    passages = extract_passages(make_pdf(PAGES), "Mål och budget 2025.PDF")
    assert [(p.page, p.section, p.index) for p in passages] == [
        (1, "1 Inledning", 0),
        (2, "2 Bostäder", 1),
    ]
    assert passages[0].text == (
        "Kommunen ska minska utsläppen av växthusgaser. "
        "Förskolan är viktig för barnens språkutveckling."
    )
    assert "upplåtelseformer" in passages[1].text


def test_a_pdf_protected_only_by_an_owner_password_is_read():
    passages = extract_passages(encrypt_pdf(make_pdf(PAGES), user_password=""), "skyddad.pdf")
    assert len(passages) == 2


def test_words_hyphenated_across_lines_are_mended():
    pdf = make_pdf(
        [["Vi ska öka andelen resor med kollektiv-", "trafik och cykel i hela kommunen."]]
    )
    (passage,) = extract_passages(pdf, "plan.pdf")
    assert "kollektivtrafik och cykel" in passage.text
