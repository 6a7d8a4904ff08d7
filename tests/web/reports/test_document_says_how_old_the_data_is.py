"""The nulägesanalys document says when its newest values are more than two years older
than the document itself (its date stands for today), on the page and in the Word file."""

from io import BytesIO

import pytest
from docx import Document

from styra.web.reports.presentation import data_age_note

from .conftest import BASE, text_of


def content(built: str, latest: int | None) -> dict:
    return {"built_at": built, "data": {"latest_year": latest}}


@pytest.mark.parametrize(
    ("built", "latest", "warned"),
    [
        ("2026-12-06T10:00:00+01:00", 2022, True),
        ("2024-06-01T10:00:00+02:00", 2022, False),
        ("2025-01-01T10:00:00+01:00", 2022, True),
        ("2026-12-06T10:00:00+01:00", None, False),
    ],
)
def test_the_note_by_hand(built, latest, warned):
    assert bool(data_age_note(content(built, latest))) is warned


def test_the_page_and_the_word_file_carry_the_note(client_for, editor_a):
    client = client_for(editor_a)
    page = text_of(client.get(BASE))
    latest = client.get(BASE).context["content"]["data"]["latest_year"]
    assert f"De senaste värdena är från {latest}" in page
    word = Document(BytesIO(client.get(f"{BASE}dokument.docx").content))
    assert any("De senaste värdena är från" in p.text for p in word.paragraphs)
