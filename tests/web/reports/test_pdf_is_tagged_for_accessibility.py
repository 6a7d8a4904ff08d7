"""The nulägesanalys PDF is a tagged PDF/UA document (DOS-lagen): a structure tree,
marked content, the document's language and title, and no path in Styra's repository
(such as "docs/radighet.md") where a reader expects words."""

from io import BytesIO

import pytest
from pypdf import PdfReader

from .conftest import BASE, pdf_text


@pytest.fixture
def pdf(client_for, editor_a, material_a):
    def fetch(language: str = "sv") -> bytes:
        client = client_for(editor_a)
        if language != "sv":
            client.post("/i18n/setlang/", {"language": language, "next": "/"})
        response = client.get(f"{BASE}dokument.pdf")
        assert response.status_code == 200
        return response.content

    return fetch


def test_the_pdf_has_a_structure_tree_marked_content_language_and_title(pdf):
    reader = PdfReader(BytesIO(pdf()))
    catalog = reader.trailer["/Root"]
    assert "/StructTreeRoot" in catalog
    assert catalog["/StructTreeRoot"].get_object()["/K"]  # tags, not an empty tree
    assert bool(catalog["/MarkInfo"]["/Marked"])
    assert catalog["/Lang"] == "sv"
    assert reader.metadata.title == "Nulägesanalys för Stockholm"
    assert bool(catalog["/ViewerPreferences"]["/DisplayDocTitle"])


def test_the_english_pdf_says_it_is_english(pdf):
    catalog = PdfReader(BytesIO(pdf("en"))).trailer["/Root"]
    assert catalog["/Lang"] == "en"


def test_the_pdf_names_no_path_in_the_repository(pdf, tmp_path):
    text = pdf_text(pdf(), tmp_path)
    assert "docs/" not in text and ".md" not in text
    assert "Styras metodbeskrivning för rådighet" in " ".join(text.split())
