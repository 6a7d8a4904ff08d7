"""Exports of own values and the upload template: CSV and Excel, open to logged-in users,
readable with openpyxl, and an export uploads back unchanged."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from styra.web.indicators.models import OwnValue


def url(name, fmt, kolada_id="0180"):
    return reverse(name, args=[kolada_id, fmt])


def sheet_rows(content: bytes) -> list[tuple]:
    return list(load_workbook(io.BytesIO(content), read_only=True).worksheets[0].values)


@pytest.fixture
def values_a(value_a, org_a, org_b):
    OwnValue.objects.create(
        indicator=value_a.indicator, area=org_b, year=2021, gender="K", value=None
    )
    return value_a


def test_export_as_excel(client_for, viewer_a, values_a):
    response = client_for(viewer_a).get(url("indicators-values-export", "xlsx"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert 'filename="egna-nyckeltal-0180.xlsx"' in response["Content-Disposition"]
    rows = sheet_rows(response.content)
    assert rows[0] == ("indikator", "område", "områdesnamn", "år", "kön", "värde", "titel", "enhet")
    assert rows[1] == (
        "E1",
        "0180",
        "Stockholm",
        2020,
        "T",
        10,
        "Andel cyklister över Slussen",
        "%",
    )
    assert rows[2][:6] == ("E1", "1480", "Göteborg", 2021, "K", None)
    source, *rest = rows[-1]  # the rest empty (how many: the reader's choice)
    assert source == "Källa: Stockholm, egna nyckeltal" and not any(rest)


def test_export_as_csv(client_for, viewer_a, editor_b, values_a):
    assert client_for(editor_b).get(url("indicators-values-export", "csv")).status_code == 403
    response = client_for(viewer_a).get(url("indicators-values-export", "csv"))
    assert response.status_code == 200
    text = response.content.decode("utf-8-sig")
    assert text.splitlines()[:3] == [
        "indikator;område;områdesnamn;år;kön;värde;titel;enhet",
        "E1;0180;Stockholm;2020;T;10,0;Andel cyklister över Slussen;%",
        "E1;1480;Göteborg;2021;K;;Andel cyklister över Slussen;%",
    ]
    assert text.rstrip().endswith("Källa: Stockholm, egna nyckeltal")


def test_an_export_uploads_back_unchanged(client_for, editor_a, values_a):
    client = client_for(editor_a)
    exported = client.get(url("indicators-values-export", "xlsx")).content
    preview = client.post(
        reverse("indicators-upload", args=["0180"]),
        {"file": SimpleUploadedFile("export.xlsx", exported)},
    )
    counts = preview.context["counts"]
    assert (counts.new, counts.changed, counts.unchanged) == (0, 0, 2)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_template_has_the_columns_and_the_codes(client_for, editor_a, cycling_a, fmt):
    response = client_for(editor_a).get(url("indicators-upload-template", fmt))
    assert response.status_code == 200
    assert f'filename="mall-egna-nyckeltal-0180.{fmt}"' in response["Content-Disposition"]
    if fmt == "xlsx":
        rows = sheet_rows(response.content)
    else:
        rows = [
            tuple(line.split(";")) for line in response.content.decode("utf-8-sig").splitlines()
        ]
    assert rows[0] == ("indikator", "område", "år", "kön", "värde", "titel")
    assert rows[1][:2] == ("E1", "0180") and rows[1][3] == "T"


def test_a_filled_in_template_uploads(client_for, editor_a, cycling_a):
    client = client_for(editor_a)
    template = client.get(url("indicators-upload-template", "csv")).content.decode("utf-8-sig")
    filled = re.sub(r"^(E1;0180;);", r"\g<1>2023;", template, flags=re.M).replace("T;;", "T;4,5;")
    preview = client.post(
        reverse("indicators-upload", args=["0180"]),
        {"file": SimpleUploadedFile("mall.csv", filled.encode())},
    )
    assert preview.context["counts"].new == 1


def test_unknown_format_is_404(client_for, editor_a, cycling_a):
    for name in ("indicators-values-export", "indicators-upload-template"):
        assert client_for(editor_a).get(url(name, "pdf")).status_code == 404


def test_downloads_need_login(client_for, cycling_a):
    for name in ("indicators-values-export", "indicators-upload-template"):
        assert client_for(None).get(url(name, "csv")).status_code == 302
