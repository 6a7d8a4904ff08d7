"""Word .docx: headings become sections; table cells are read too."""

from styra.focus import extract_passages
from tests.focus.documents import make_docx


def build(document):
    document.add_heading("Mål och budget 2025", level=0)
    document.add_heading("Utbildning", level=1)
    document.add_paragraph("Alla elever ska lämna grundskolan med godkända betyg.")
    document.add_paragraph("Förskolan ska ha hög kvalitet.")
    document.add_heading("Klimat", level=1)
    document.add_paragraph("Kommunen ska vara fossilfri 2030.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Nämndmål"
    table.cell(0, 1).text = "Indikator"
    table.cell(1, 0).text = "Utsläppen av växthusgaser ska minska."
    table.cell(1, 1).text = "Ton CO2-ekvivalenter per invånare"


def test_docx_sections_follow_the_latest_heading():
    passages = extract_passages(make_docx(build), "budget.docx")
    assert [(p.section, p.page) for p in passages] == [("Utbildning", None), ("Klimat", None)]
    assert passages[0].text == (
        "Alla elever ska lämna grundskolan med godkända betyg. Förskolan ska ha hög kvalitet."
    )


def test_docx_table_cells_are_read_in_their_section():
    klimat = extract_passages(make_docx(build), "budget.docx")[1].text
    assert klimat.startswith("Kommunen ska vara fossilfri 2030. Nämndmål Indikator")
    assert "Utsläppen av växthusgaser ska minska." in klimat


def test_merged_table_cells_are_read_once():
    def merged(document):
        table = document.add_table(rows=1, cols=3)
        table.cell(0, 0).merge(table.cell(0, 2))
        table.cell(0, 0).text = "Trygghet i centrum"

    (passage,) = extract_passages(make_docx(merged), "t.docx")
    assert passage.text == "Trygghet i centrum"
