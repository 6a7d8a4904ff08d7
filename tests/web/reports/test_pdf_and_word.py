"""The live document as a page, a PDF (its text read back with pdftotext) and a Word file
(opened with python-docx): the kommun, the source, the date, the data year, the biggest
challenge, the five questions' headings and their tables."""

from io import BytesIO

from docx import Document

from .conftest import BASE, SECRET_ROUND, pdf_text, text_of

HEADINGS = [
    "Sammanfattning för kommunledningen",
    "1. Inom vilka mål ser vi de största utmaningarna?",
    "2. Finns det mål som vi inte fokuserat på men borde?",
    "3. Vilken rådighet har vi att själva göra en förflyttning?",
    "4. Med vem behöver vi samverka, internt och externt?",
    "5. Hur stödjer vi verksamheten och skapar en kultur för hållbarhet?",
    "Källor och metod",
]


def biggest_challenge(client) -> str:
    from styra.web.common.goals import goal_title
    from styra.web.nulage.comparison import resolve
    from styra.web.nulage.data import snapshot
    from styra.web.nulage.services import analyse, analysis_year
    from styra.web.organisations.models import Organisation

    snap = snapshot()
    area = Organisation.objects.get(pk="0180")
    analysis = analyse(area, resolve({}, area, snap), analysis_year(snap, None), snap)
    first = analysis.goals[0].goal
    return f"Mål {first}: {goal_title(first)}", str(snap.latest_year)


def test_the_page_has_the_five_questions_charts_and_tables(client_for, editor_a, material_a):
    response = client_for(editor_a).get(BASE)
    assert response.status_code == 200
    text = text_of(response)
    for heading in HEADINGS:
        assert heading in text
    assert "Nulägesanalys för Stockholm" in text and "Källa: Kolada (RKA)" in text
    assert SECRET_ROUND in text and "Inga styrdokument är analyserade ännu" in text
    for chart in ("chart-challenges", "chart-mandate", "chart-maturity"):
        assert f'data-spec="{chart}"' in text and f'id="{chart}"' in text
    # Challenges, rådighet, external partners, work across units, the self-assessment.
    assert text.count("<table") == 5
    assert (
        "Länsstyrelsen i Stockholms län" in text
    )  # an external actor of goal 10 (a big challenge with little rådighet)
    assert f'href="{BASE}dokument.pdf"' in text and f'href="{BASE}frys/"' in text


def test_the_pdf_says_who_what_when_and_from_where(client_for, editor_a, material_a, tmp_path):
    client = client_for(editor_a)
    response = client.get(f"{BASE}dokument.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith(
        'attachment; filename="nulagesanalys-stockholm-'
    )
    text = pdf_text(response.content, tmp_path)
    goal, year = biggest_challenge(client)
    assert "Nulägesanalys för Stockholm" in text
    assert "Källa: Kolada (RKA)" in text
    assert goal in " ".join(text.split())  # the table may wrap the goal's name
    assert f"data till och med {year}" in text
    assert SECRET_ROUND in text
    for heading in HEADINGS:
        assert heading.split("?")[0][:40] in " ".join(text.split())
    assert "Poäng per mål för Stockholm" in text  # a chart, drawn as SVG on the server


def test_the_word_file_has_the_headings_tables_and_charts(client_for, editor_a, material_a):
    response = client_for(editor_a).get(f"{BASE}dokument.docx")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    doc = Document(BytesIO(response.content))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert headings[0] == "Nulägesanalys för Stockholm"
    for heading in HEADINGS:
        assert heading in headings
    assert len(doc.tables) == 5
    goals = doc.tables[0]
    assert [c.text for c in goals.rows[0].cells][:3] == ["Rang", "Mål", "Utmaning"]
    assert len(goals.rows) == 18
    goal, _year = biggest_challenge(None)
    assert goals.rows[1].cells[1].text == goal
    assert len(doc.inline_shapes) == 3  # the three charts as PNG
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Källa: Kolada (RKA)" in text and SECRET_ROUND in text
    assert doc.core_properties.title == "Nulägesanalys för Stockholm"


def test_an_unknown_format_is_not_found(client_for, editor_a, org_a):
    assert client_for(editor_a).get(f"{BASE}dokument.xlsx").status_code == 404
