"""Uploading values: a bad file is refused with every error and nothing saved; a good
file is previewed, then saved all at once on "Spara"; the preview belongs to its uploader."""

import io
import re

import pytest
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import DatabaseError, IntegrityError
from django.urls import reverse
from openpyxl import Workbook

from styra.web.common import previews
from styra.web.indicators import uploads
from styra.web.indicators.models import OwnValue
from styra.web.organisations.models import Organisation
from tests.web.pages import text_of

BAD = (
    "indikator;område;år;kön;värde\n"
    "E1;0180;2020;T;10,5\n"
    "E9;0180;2021;T;11\n"
    "E1;0180;1899;X;elva\n"
    "E1;0180;2020;;12\n"
)

GOOD = "indikator;område;år;kön;värde\nE1;0180;2020;T;10,5\nE1;180;2021;;11\nE1;1480;2021;K;\n"


def url(name, kolada_id="0180"):
    return reverse(name, args=[kolada_id])


def upload(client, text, name="värden.csv", kolada_id="0180"):
    data = text if isinstance(text, bytes) else text.encode()
    return client.post(
        url("indicators-upload", kolada_id), {"file": SimpleUploadedFile(name, data)}
    )


def payload_of(response) -> str:
    return re.search(r'name="payload" value="([^"]+)"', response.content.decode()).group(1)


def test_a_bad_file_lists_every_error_and_saves_nothing(client_for, editor_a, cycling_a, org_b):
    response = upload(client_for(editor_a), BAD)
    assert response.status_code == 400
    text = text_of(response)
    assert "Filen sparades inte: 5 fel" in text
    assert [(e.row, e.column) for e in response.context["errors"]] == [
        (3, "indikator"),
        (4, "år"),
        (4, "kön"),
        (4, "värde"),
        (5, None),
    ]
    assert "samma indikator, område, år och kön som rad 2" in text
    assert "<caption" in text and 'scope="col"' in text
    assert 'aria-describedby="file-errors id_file_helptext"' in text
    assert 'id="file-errors"' in text and 'id="id_file_helptext"' in text
    assert 'name="payload"' not in text
    assert not OwnValue.objects.exists()


def test_then_the_fixed_file_is_previewed_and_saved(client_for, editor_a, value_a, org_b, version):
    client = client_for(editor_a)
    preview = upload(client, GOOD)
    assert preview.status_code == 200
    assert preview["Cache-Control"] == "private, no-store"
    counts = preview.context["counts"]
    assert (counts.new, counts.changed, counts.unchanged) == (2, 1, 0)
    assert OwnValue.objects.get().value == 10.0  # nothing saved by the preview
    before = version()
    saved = client.post(url("indicators-upload-confirm"), {"payload": payload_of(preview)})
    assert saved.status_code == 302
    assert saved["Location"] == url("indicators-own-list")
    stored = OwnValue.objects.order_by("year", "area", "gender").values_list(
        "area_id", "year", "gender", "value"
    )
    assert list(stored) == [
        ("0180", 2020, "T", 10.5),
        ("0180", 2021, "T", 11.0),
        ("1480", 2021, "K", None),
    ]
    assert version() == before + 1
    message = [str(m) for m in client.get(url("indicators-own-list")).context["messages"]]
    assert message == ["3 värden sparade (2 nya, 1 ändrade, 0 oförändrade)."]


def test_uploading_the_same_file_again_changes_nothing(client_for, editor_a, cycling_a, org_b):
    client = client_for(editor_a)
    for _ in range(2):
        preview = upload(client, GOOD)
        client.post(url("indicators-upload-confirm"), {"payload": payload_of(preview)})
    assert OwnValue.objects.count() == 3
    assert (upload(client, GOOD).context["counts"].unchanged) == 3


def test_an_excel_workbook_is_read_like_a_csv(client_for, editor_a, cycling_a):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Indicator", "Area", "Year", "Gender", "Value"])
    sheet.append(["e1", 180, 2022, "kvinnor", 7.25])
    out = io.BytesIO()
    workbook.save(out)
    client = client_for(editor_a)
    preview = upload(client, out.getvalue(), "värden.xlsx")
    assert preview.status_code == 200 and preview.context["counts"].new == 1
    client.post(url("indicators-upload-confirm"), {"payload": payload_of(preview)})
    assert OwnValue.objects.values_list("area_id", "year", "gender", "value").get() == (
        "0180",
        2022,
        "K",
        7.25,
    )


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("värden.xls", b"\xd0\xcf\x11\xe0" + b"\0" * 50, "Det gamla Excel-formatet (.xls)"),
        ("värden.pdf", b"%PDF", "Filtypen stöds inte"),
        ("värden.csv", b"", "Den skickade filen är tom"),
        ("värden.csv", "indikator;år\nE1;2020\n".encode(), 'saknar kolumnerna "område", "värde"'),
    ],
)
def test_unreadable_files_are_refused_with_a_reason(
    client_for, editor_a, cycling_a, name, data, message
):
    response = upload(client_for(editor_a), data, name)
    assert response.status_code == 400
    assert message in text_of(response)
    assert not OwnValue.objects.exists()


def test_a_failure_while_saving_leaves_nothing_written(
    client_for, editor_a, cycling_a, org_b, monkeypatch
):
    client = client_for(editor_a)
    preview = upload(client, GOOD)

    def fail_after_writing(organisation_id):
        assert OwnValue.objects.count() == 3  # the rows are in, inside the transaction
        raise DatabaseError("disk full")

    monkeypatch.setattr(uploads, "bump_own", fail_after_writing)
    with pytest.raises(DatabaseError):
        client.post(url("indicators-upload-confirm"), {"payload": payload_of(preview)})
    assert not OwnValue.objects.exists()


def test_a_half_written_upsert_is_rolled_back(editor_a, cycling_a, org_a, monkeypatch):
    def rows_with(value, years):
        lines = "".join(f"E1;0180;{year};{value}\n" for year in years)
        return uploads.check_upload(org_a, f"indikator;område;år;värde\n{lines}".encode(), "v.csv")

    uploads.save_values(org_a, rows_with(1, range(1990, 2040)))
    real = OwnValue.objects.bulk_create

    def write_half_then_fail(objs, **kwargs):
        real(objs[: len(objs) // 2], **kwargs)
        assert OwnValue.objects.filter(value=2).count() == 55
        raise DatabaseError("connection lost")

    monkeypatch.setattr(OwnValue.objects, "bulk_create", write_half_then_fail, raising=False)
    with pytest.raises(DatabaseError):
        uploads.save_values(org_a, rows_with(2, range(1990, 2100)))
    assert OwnValue.objects.count() == 50
    assert set(OwnValue.objects.values_list("value", flat=True)) == {1.0}


def test_a_deleted_indicator_between_preview_and_save_is_caught(client_for, editor_a, cycling_a):
    client = client_for(editor_a)
    preview = upload(client, "indikator;område;år;värde\nE1;0180;2020;1\n")
    cycling_a.delete()
    response = client.post(url("indicators-upload-confirm"), {"payload": payload_of(preview)})
    assert response.status_code == 409
    assert '"E1" är inte en kod för något av era egna nyckeltal' in text_of(response)
    assert not OwnValue.objects.exists()


def test_a_tampered_or_foreign_preview_is_refused(client_for, editor_a, admin_a, cycling_a):
    preview = upload(client_for(editor_a), "indikator;område;år;värde\nE1;0180;2020;1\n")
    token = payload_of(preview)
    tampered = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    for client, payload in ((client_for(editor_a), tampered), (client_for(admin_a), token)):
        response = client.post(url("indicators-upload-confirm"), {"payload": payload})
        assert response.status_code == 400
        assert "Förhandsvisningen kunde inte läsas" in response.content.decode()
    assert not OwnValue.objects.exists()


def test_an_old_preview_must_be_uploaded_again(client_for, editor_a, cycling_a, monkeypatch):
    client = client_for(editor_a)
    preview = upload(client, "indikator;område;år;värde\nE1;0180;2020;1\n")
    monkeypatch.setattr(previews, "MAX_AGE", -1)
    response = client.post(url("indicators-upload-confirm"), {"payload": payload_of(preview)})
    assert response.status_code == 302 and response["Location"] == url("indicators-upload")
    assert not OwnValue.objects.exists()


def test_viewer_of_a_may_not_upload(client_for, editor_a, viewer_a, cycling_a):
    preview = upload(client_for(editor_a), "indikator;område;år;värde\nE1;0180;2020;1\n")
    viewer = client_for(viewer_a)
    assert viewer.get(url("indicators-upload")).status_code == 403
    assert upload(viewer, GOOD).status_code == 403
    response = viewer.post(url("indicators-upload-confirm"), {"payload": payload_of(preview)})
    assert response.status_code == 403
    assert not OwnValue.objects.exists()


def test_editor_of_b_cannot_upload_to_a_nor_replay_a_preview_in_b(
    client_for, editor_a, editor_b, cycling_a
):
    preview = upload(client_for(editor_a), "indikator;område;år;värde\nE1;0180;2020;1\n")
    token = payload_of(preview)
    client = client_for(editor_b)
    assert client.get(url("indicators-upload")).status_code == 403
    response = upload(client, GOOD)
    assert response.status_code == 403 and "Andel cyklister" not in response.content.decode()
    assert client.post(url("indicators-upload-confirm"), {"payload": token}).status_code == 403
    response = client.post(url("indicators-upload-confirm", "1480"), {"payload": token})
    assert response.status_code == 400
    assert not OwnValue.objects.exists()


def test_confirm_needs_post(client_for, editor_a, cycling_a):
    assert client_for(editor_a).get(url("indicators-upload-confirm")).status_code == 405


def test_the_signed_payload_reads_back_exactly(editor_a, cycling_a, org_a):
    rows = uploads.check_upload(
        org_a, "indikator;område;år;värde\nE1;0180;2020;0,1\nE1;0180;2021;\n".encode(), "v.csv"
    )
    token = uploads.sign_rows(org_a, editor_a, "v.csv", rows)
    assert uploads.unsign_rows(org_a, editor_a, token) == ("v.csv", rows)
    other = Organisation.objects.create(kolada_id="0114", name="Upplands Väsby", type="K")
    with pytest.raises(signing.BadSignature):
        uploads.unsign_rows(other, editor_a, token)


def test_a_conflict_while_saving_is_reported_and_nothing_saved(
    client_for, editor_a, cycling_a, monkeypatch
):
    client = client_for(editor_a)
    preview = upload(client, "indikator;område;år;värde\nE1;0180;2020;1\n")

    def conflict(organisation, rows):
        raise IntegrityError("duplicate key")

    monkeypatch.setattr(uploads, "save_values", conflict)
    response = client.post(url("indicators-upload-confirm"), {"payload": payload_of(preview)})
    assert response.status_code == 409
    assert "Värdena kunde inte sparas, inget har ändrats." in text_of(response)
    assert not OwnValue.objects.exists()
