"""A 0.2 MB .docx holding 60 MB of XML is refused from its zip directory alone: nothing
is unpacked and python-docx never sees it; the message names the file and the limit."""

import re
import zipfile

import pytest

from styra.focus import ExtractError, extract_passages
from styra.focus import extract as extract_module
from tests.files.bombs import docx_bomb


@pytest.fixture
def unpacked(monkeypatch):
    """The members unpacked (``ZipFile.open``) while the test runs."""
    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def spy(self, name, *args, **kwargs):
        opened.append(getattr(name, "filename", name))
        return real_open(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    return opened


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return docx_bomb(60)


def test_the_bomb_is_refused_before_anything_is_unpacked(bomb, unpacked, monkeypatch):
    assert len(bomb) < 300 * 1024
    monkeypatch.setattr(extract_module.docx, "Document", pytest.fail)  # never parsed
    with pytest.raises(ExtractError) as refused:
        extract_passages(bomb, "Budget 2025.docx")
    message = str(refused.value)
    assert re.fullmatch(
        r"Filen Budget 2025\.docx packas upp till \d\d MB i delen word/document\.xml; "
        r"gränsen är 20 MB per del\.",
        message,
    ), message
    assert unpacked == []


def test_a_normal_word_file_is_still_read(unpacked):
    from tests.focus.documents import make_docx

    data = make_docx(lambda document: document.add_paragraph("Vi minskar utsläppen. " * 30))
    (passage,) = extract_passages(data, "plan.docx")
    assert passage.text.startswith("Vi minskar utsläppen.")
    assert "word/document.xml" in unpacked  # counted piece by piece before parsing
