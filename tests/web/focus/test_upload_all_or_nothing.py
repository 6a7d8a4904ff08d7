"""Uploading a steering document: a readable file is stored with its passages and suggestions;
a bad one gets a clear message on the file field and nothing is stored — no row, no file."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from styra.web.common.formerrors import error_links
from styra.web.focus import services
from styra.web.focus.models import Document, Passage, Tag
from tests.focus.documents import make_pdf

from .conftest import (
    BUDGET_SV,
    counts,
    docx_bytes,
    encrypted_pdf_bytes,
    scanned_pdf_bytes,
    stored_files,
    text_file,
    upload,
    url,
)

UPLOAD = url("focus-document-upload")


def post(client, upload, **fields):
    return client.post(UPLOAD, {"file": upload, "kind": "budget", **fields})


def test_a_text_file_is_stored_with_passages_and_suggestions(client_for, editor_a, org_a):
    client = client_for(editor_a)
    response = post(client, text_file(), title="Mål och budget 2025")
    document = Document.objects.get()
    assert response.status_code == 302
    assert response["Location"] == url("focus-document", document.pk)
    assert (document.organisation, document.title, document.kind) == (
        org_a,
        "Mål och budget 2025",
        "budget",
    )
    assert (document.filename, document.size, document.uploaded_by) == (
        "mal-och-budget.txt",
        len(BUDGET_SV.encode()),
        editor_a,
    )
    passages = list(document.passages.all())
    assert [p.section for p in passages] == ["Förskola och skola", "Klimat och miljö", "Bostäder"]
    assert [p.index for p in passages] == [0, 1, 2]
    assert all(p.word_count == len(p.text.split()) and p.page is None for p in passages)
    suggested = {(t.passage.index, t.goal) for t in Tag.objects.select_related("passage")}
    assert {(0, 4), (1, 13), (2, 11)} <= suggested
    assert set(Tag.objects.values_list("source", "status")) == {("suggested", "suggested")}
    klimat = Tag.objects.get(passage=passages[1], goal=13)
    assert "växthusgaser" in klimat.phrases and klimat.score >= 1
    assert stored_files() and stored_files()[0].read_bytes() == BUDGET_SV.encode()
    page = client.get(response["Location"]).content.decode()
    assert "Mål och budget 2025 är uppladdat: 3 textavsnitt och" in page


def test_a_word_file_keeps_its_headings_as_sections(client_for, editor_a):
    data = docx_bytes(
        {
            "Trygghet i staden": [
                "Vi arbetar brottsförebyggande tillsammans med polisen. Våld i nära relationer "
                "ska upptäckas tidigt och stödet till brottsutsatta förbättras. Fler "
                "trygghetsvandringar genomförs i stadsdelarna under året."
            ],
            "Näringsliv och arbete": [
                "Arbetslösheten bland unga ska minska. Kommunen erbjuder feriearbeten och "
                "samarbetar med Arbetsförmedlingen om vägar till jobb för den som står långt "
                "från arbetsmarknaden."
            ],
        }
    )
    upload = SimpleUploadedFile("strategi.docx", data)
    response = post(client_for(editor_a), upload, kind="strategi")
    assert response.status_code == 302
    document = Document.objects.get()
    assert document.title == "strategi.docx"  # no title: the file's name
    assert [p.section for p in document.passages.all()] == [
        "Trygghet i staden",
        "Näringsliv och arbete",
    ]
    assert set(Tag.objects.values_list("goal", flat=True)) >= {16, 8}


BAD_FILES = [
    ("budget.xlsx", b"PK\x03\x04 not really", "Filtypen .xlsx stöds inte."),
    ("budget.doc", b"\xd0\xcf\x11\xe0 old word", "Äldre Word-filer (.doc) stöds inte."),
    ("budget", b"text utan filandelse", "Filtypen utan filändelse stöds inte."),
    ("budget.pdf", b"Det har ar ingen PDF.", "Filen är inte en PDF-fil"),
    ("budget.docx", b"PK\x03\x04trasig zip", "Word-filen är skadad"),
    ("budget.docx", b"Vanlig text", "Filen är inte en Word-fil (.docx)"),
    ("budget.txt", b"\x00\x01\x02binar", "Filen är inte en textfil."),
    ("budget.txt", b"   \n\n  ", "Dokumentet innehåller ingen text att analysera."),
]


@pytest.mark.parametrize(
    ("name", "data", "message"), BAD_FILES, ids=[f"{n}-{m[:20]}" for n, _d, m in BAD_FILES]
)
def test_a_bad_file_is_refused_on_the_file_field_and_nothing_is_stored(
    client_for, editor_a, name, data, message
):
    before = counts()
    response = post(client_for(editor_a), SimpleUploadedFile(name, data))
    assert response.status_code == 400
    errors = response.context["form"].errors["file"]
    assert any(error.startswith(message) for error in errors), errors
    assert counts() == before == (0, 0, 0, 0)
    page = response.content.decode()
    assert 'id="error-summary"' in page and 'href="#id_file"' in page
    assert 'aria-invalid="true"' in page and "id_file_error" in page
    assert error_links(response.context["form"])[0][0] == "id_file"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (encrypted_pdf_bytes(), "PDF-filen är krypterad (lösenordsskyddad)"),
        (scanned_pdf_bytes(), "PDF-filen innehåller ingen text (skannad?)"),
    ],
    ids=["encrypted", "scanned"],
)
def test_an_encrypted_or_scanned_pdf_is_refused(client_for, editor_a, data, message):
    response = post(client_for(editor_a), SimpleUploadedFile("budget.pdf", data))
    assert response.status_code == 400
    assert response.context["form"].errors["file"][0].startswith(message)
    assert counts() == (0, 0, 0, 0)


def test_a_pdf_keeps_its_page_numbers(client_for, editor_a):
    pages = [
        ["1 Inledning", "Kommunfullmäktige fastställer budgeten för nästa år."],
        ["2 Klimat", "Utsläppen av växthusgaser ska minska och kommunen blir fossilfri."],
    ]
    response = post(client_for(editor_a), SimpleUploadedFile("budget.pdf", make_pdf(pages)))
    assert response.status_code == 302
    passages = list(Document.objects.get().passages.all())
    assert [(p.page, p.section) for p in passages] == [(1, "1 Inledning"), (2, "2 Klimat")]
    assert Tag.objects.filter(passage=passages[1], goal=13).exists()


def test_an_empty_file_is_refused(client_for, editor_a):
    response = post(client_for(editor_a), SimpleUploadedFile("budget.txt", b""))
    assert response.status_code == 400
    assert response.context["form"].errors["file"]  # Django's or the core's "empty" message
    assert counts() == (0, 0, 0, 0)


def test_a_too_large_file_is_refused_before_it_is_read(client_for, editor_a, settings, monkeypatch):
    settings.STYRA_MAX_UPLOAD_MB = 1
    monkeypatch.setattr(services, "read_document", lambda *a: pytest.fail("read a too large file"))
    data = ("Förskolan ska ge alla barn en god start. " * 30_000).encode()
    response = post(client_for(editor_a), SimpleUploadedFile("budget.txt", data))
    assert response.status_code == 400
    size = f"{len(data) / 1024 / 1024:.1f}".replace(".", ",")
    assert response.context["form"].errors["file"] == [
        f"Filen är för stor ({size} MB). Största tillåtna storlek är 1 MB."
    ]
    assert counts() == (0, 0, 0, 0)


def test_no_file_is_refused(client_for, editor_a):
    response = client_for(editor_a).post(UPLOAD, {"kind": "budget"})
    assert response.status_code == 400
    assert response.context["form"].errors["file"] == ["Välj en fil att ladda upp."]


def test_an_unknown_kind_is_refused(client_for, editor_a):
    response = post(client_for(editor_a), text_file(), kind="roman")
    assert response.status_code == 400
    assert "kind" in response.context["form"].errors
    assert counts() == (0, 0, 0, 0)


def test_when_the_file_cannot_be_saved_nothing_is_in_the_database(editor_a, org_a, monkeypatch):
    from styra.web.common.storage import PrivateStorage

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(PrivateStorage, "_save", broken)
    with pytest.raises(OSError, match="disk full"):
        upload(org_a, editor_a)
    assert counts() == (0, 0, 0, 0)


def test_when_the_database_fails_half_way_the_saved_file_is_deleted(editor_a, org_a, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("database gone")

    monkeypatch.setattr(Tag.objects, "bulk_create", broken)
    with pytest.raises(RuntimeError, match="database gone"):
        upload(org_a, editor_a)
    assert counts() == (0, 0, 0, 0)
    assert Passage.objects.count() == 0


def test_deleting_a_document_deletes_its_rows_and_its_file(
    client_for, editor_a, document_a, django_capture_on_commit_callbacks
):
    assert counts()[3] == 1
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(editor_a).post(url("focus-document-delete", document_a.pk))
    assert response.status_code == 302
    assert counts() == (0, 0, 0, 0)
