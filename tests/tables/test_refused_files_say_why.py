"""A file that cannot be read is refused with a Swedish message naming the row and column."""

import pytest

from styra.tables import Limits, TableError, read_table, reading
from styra.tables.reading import DEFAULT_LIMITS

from .files import COLUMNS, REQUIRED, csv_bytes, xlsx_bytes


def refuse(data, filename="värden.csv", limits=DEFAULT_LIMITS):
    with pytest.raises(TableError) as refused:
        read_table(data, filename, COLUMNS, REQUIRED, limits)
    return refused.value


@pytest.mark.parametrize("data", [b"", b"  \r\n\r\n", "\ufeff".encode()])
def test_empty_file(data):
    assert "tom" in str(refuse(data))


def test_header_without_rows():
    assert "inga rader med värden" in str(refuse(csv_bytes([])))


def test_too_large():
    error = refuse(csv_bytes([("E1", "0180", 2020, "T", 1)] * 100), limits=Limits(max_bytes=1000))
    assert "för stor" in str(error) and "MB" in str(error)


def test_too_many_rows_names_the_first_row_over_the_limit():
    error = refuse(csv_bytes([("E1", "0180", 2020, "T", 1)] * 4), limits=Limits(max_rows=3))
    assert error.row == 5
    assert str(error).startswith("rad 5: Filen har för många rader (högst 3 rader")


def test_a_long_run_of_empty_rows_is_refused_not_cut(monkeypatch):
    monkeypatch.setattr(reading, "BLANK_ROW_ALLOWANCE", 3)
    data = "indikator;område;år;värde\nE1;0180;2020;1\n\n\n\n\nE1;0180;2021;1\n".encode()
    error = refuse(data)
    assert error.row == 6 and "mer än 3 tomma rader i följd" in str(error)
    monkeypatch.setattr(reading, "BLANK_ROW_ALLOWANCE", 4)
    assert len(read_table(data, "x.csv", COLUMNS, REQUIRED).rows) == 2


def test_missing_columns_are_named_in_swedish():
    error = refuse("indikator;kommun;kön\nE1;0180;T\n".encode())
    assert error.row == 1
    assert 'saknar kolumnerna "år", "värde"' in str(error)


def test_one_missing_column():
    assert 'saknar kolumnen "värde"' in str(refuse(b"indikator;kommun;year\nE1;0180;2020\n"))


def test_two_headings_for_the_same_column():
    error = refuse(b"indikator;nyckeltal;omr;year;value\n")
    assert '"nyckeltal" betyder samma sak som "indikator"' in str(error)


def test_more_fields_than_the_header():
    error = refuse("indikator;område;år;värde\nE1;0180;2020;1;extra\n".encode())
    assert str(error).startswith("rad 2: Raden har fler fält")


@pytest.mark.parametrize("filename", ["värden.pdf", "värden", "värden.ods"])
def test_unknown_file_types(filename):
    assert "stöds inte" in str(refuse(b"data", filename))


def test_old_excel_is_refused_with_a_hint():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100
    for name in ("värden.xls", "värden.xlsx"):
        message = str(refuse(ole, name))
        assert ".xls" in message and "spara filen som excel-arbetsbok (.xlsx)" in message.lower()


def test_not_a_workbook():
    assert "inte en giltig Excel" in str(refuse(b"indikator;year\n", "värden.xlsx"))
    assert "kunde inte läsas" in str(refuse(b"PK\x03\x04 broken zip", "värden.xlsx"))


def test_binary_data_in_a_csv():
    assert "inte ut att vara en textfil" in str(refuse(b"\x00\x01\x02indikator", "x.csv"))


def test_extra_cells_in_excel_are_refused_like_in_csv():
    data = xlsx_bytes([("E1", "0180", 2020, "T", 1, "extra")])
    assert str(refuse(data, "x.xlsx")).startswith("rad 2: Raden har fler fält")


def test_error_text_names_row_and_column():
    assert str(TableError("fel", row=4, column="year")) == 'rad 4, kolumn "year": fel'
    assert str(TableError("fel", row=4)) == "rad 4: fel"
    assert str(TableError("fel")) == "fel"
