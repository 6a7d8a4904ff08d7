"""Excel .xlsx: the first sheet, numbers as Excel stores them, read back as text."""

import datetime

from styra.tables import read_own_values, read_table
from styra.tables.reading import excel_text

from .files import COLUMNS, REQUIRED, xlsx_bytes


def test_first_sheet_numbers_and_blanks():
    rows = [("E1", 180, 2020, "T", 12.5), ("E1", "0180", 2021.0, None, None), (None,) * 5]
    table = read_table(xlsx_bytes(rows, extra_sheet=True), "v.xlsx", COLUMNS, REQUIRED)
    assert [dict(row.cells) for row in table.rows] == [
        {"indicator": "E1", "area": "180", "year": "2020", "gender": "T", "value": "12.5"},
        {"indicator": "E1", "area": "0180", "year": "2021", "gender": "", "value": ""},
    ]


def test_leading_zero_lost_by_excel_is_restored():
    rows = read_own_values(xlsx_bytes([("E1", 180, 2020, "T", 1)]), "v.xlsx", {"E1"}, {"0180"})
    assert rows[0].area == "0180"


def test_excel_text():
    assert excel_text(None) == ""
    assert excel_text(2020.0) == "2020"
    assert excel_text(0.1) == "0.1"
    assert excel_text(1e20) == "1e+20"
    assert excel_text(True) == "SANT"
    assert excel_text(datetime.date(2020, 1, 2)) == "2020-01-02"
