"""Every export carries its page's rows and the source; every KPI page table has one."""

import io

import openpyxl

KPI = "N00401"  # greenhouse gas emissions per inhabitant: kommuner and regions, goal 13


def test_exports_carry_the_page_rows_and_the_source(kolada_sample, client_for, viewer_a):
    client = client_for(viewer_a)
    text = client.get("/omraden/0180/export.csv").content.decode("utf-8")
    assert text.startswith("\ufeffRang;Mål;Namn;Utmaning")
    assert "Källa: Kolada (RKA)" in text
    assert len([line for line in text.splitlines()[1:] if line[:1].isdigit()]) == 17
    workbook = openpyxl.load_workbook(
        io.BytesIO(client.get("/omraden/0180/mal/13/export.xlsx").content)
    )
    sheet = workbook.active
    cells = [row for row in sheet.iter_rows(values_only=True)]
    assert cells[0][:2] == ("Id", "Nyckeltal")
    assert KPI in [row[0] for row in cells]
    assert ("Källa: Kolada (RKA)",) in [tuple(c for c in row if c is not None) for row in cells]
    response = client.get(f"/omraden/0180/nyckeltal/{KPI}/export.csv")
    assert response["Content-Disposition"].startswith('attachment; filename="styra-stockholm-')


def test_every_kpi_page_table_has_its_export(kolada_sample, client_for, viewer_a):
    client = client_for(viewer_a)
    page = client.get(f"/omraden/0180/nyckeltal/{KPI}/").content.decode()
    for table in ("alla-omraden", "lar-av-andra"):
        assert f"/omraden/0180/nyckeltal/{KPI}/export-{table}.xlsx" in page
    everyone = client.get(f"/omraden/0180/nyckeltal/{KPI}/export-alla-omraden.csv")
    lines = everyone.content.decode("utf-8").splitlines()
    assert lines[0] == "\ufeffOmråde;Värde;Analyserat område"
    assert any(line.startswith("Stockholm;") and line.endswith(";ja") for line in lines)
    peers = client.get(f"/omraden/0180/nyckeltal/{KPI}/export-lar-av-andra.xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(peers.content)).active
    assert next(sheet.iter_rows(values_only=True))[:2] == ("Område", "Förbättring per år")
    assert client.get(f"/omraden/0180/nyckeltal/{KPI}/export-annat.csv").status_code == 404
