"""A PDF of 1,001 blank pages is refused on its page count: no page's text is extracted."""

import pytest
from pypdf import PageObject

from styra.focus import ExtractError, extract_passages
from tests.files.bombs import blank_pdf


def test_too_many_pages(monkeypatch):
    extracted = []
    monkeypatch.setattr(PageObject, "extract_text", lambda page, *a, **k: extracted.append(1))
    with pytest.raises(ExtractError) as refused:
        extract_passages(blank_pdf(1001), "årsredovisning.pdf")
    assert str(refused.value) == (
        "Filen årsredovisning.pdf har 1 001 sidor; gränsen är 1 000 sidor."
    )
    assert extracted == []
