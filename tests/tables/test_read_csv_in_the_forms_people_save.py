"""CSV as Swedish Excel, LibreOffice and scripts save it: any of three delimiters,
UTF-8 with or without BOM, Windows-1252, UTF-16; headings in Swedish or English."""

import codecs

import pytest

from styra.tables import read_table
from styra.tables.reading import decode_text, sniff_delimiter

from .files import COLUMNS, REQUIRED, csv_bytes

ROWS = [("E1", "0180", 2020, "T", "12,5"), ("E1", "0180", 2021, "K", "")]


def cells(table):
    return [(row.number, dict(row.cells)) for row in table.rows]


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_delimiters_and_encodings_read_alike(delimiter, encoding):
    rows = ROWS if delimiter != "," else [r[:4] + (r[4].replace(",", "."),) for r in ROWS]
    table = read_table(csv_bytes(rows, delimiter, encoding), "värden.csv", COLUMNS, REQUIRED)
    assert table.headings == {
        "indicator": "indikator",
        "area": "område",
        "year": "år",
        "gender": "kön",
        "value": "värde",
    }
    assert [row.number for row in table.rows] == [2, 3]
    assert table.rows[0].cells["value"] in ("12,5", "12.5")
    assert table.rows[1].cells == {
        "indicator": "E1",
        "area": "0180",
        "year": "2021",
        "gender": "K",
        "value": "",
    }


def test_headings_match_case_insensitively_in_either_language_and_extra_columns_are_ignored():
    header = ["Kommentar", "INDICATOR", "Area", "Year", "Value"]
    data = csv_bytes([("hej", "E1", "0180", "2020", "1")], header=header)
    table = read_table(data, "x.CSV", COLUMNS, REQUIRED)
    assert table.heading("indicator") == "INDICATOR"
    assert table.heading("gender") == "gender"  # absent: messages use the canonical name
    assert cells(table) == [(2, {"indicator": "E1", "area": "0180", "year": "2020", "value": "1"})]


def test_blank_rows_are_skipped_but_keep_their_numbers_and_source_lines_are_dropped():
    text = (
        "\n"
        "indikator;område;år;värde\n"
        "E1;0180;2020;1\n"
        ";;;\n"
        "E1;0180;2021;2\n"
        "\n"
        "Källa: Stockholm, egna nyckeltal\n"
        "Source: somewhere\n"
    )
    table = read_table(text.encode(), "x.csv", COLUMNS, REQUIRED)
    assert [(row.number, row.cells["year"]) for row in table.rows] == [(3, "2020"), (5, "2021")]


def test_quoted_fields_keep_their_delimiters():
    text = 'indikator;område;år;värde\n"E;1";0180;2020;"1,5"\n'
    table = read_table(text.encode(), "x.csv", COLUMNS, REQUIRED)
    assert table.rows[0].cells["indicator"] == "E;1"
    assert table.rows[0].cells["value"] == "1,5"


def test_short_rows_get_empty_cells():
    table = read_table(
        b"indikator;omr\xc3\xa5de;\xc3\xa5r;v\xc3\xa4rde\nE1;0180\n", "x.csv", COLUMNS
    )
    assert table.rows[0].cells == {"indicator": "E1", "area": "0180", "year": "", "value": ""}


def test_decode_falls_back_to_windows_1252():
    assert decode_text("Område;år".encode("cp1252")) == "Område;år"
    assert decode_text(codecs.BOM_UTF8 + "Område".encode()) == "Område"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("a;b;c", ";"),
        ("a,b,c", ","),
        ("a\tb\tc", "\t"),
        ('"a,b";c;d', ";"),  # commas inside quotes do not count
        ("abc", ";"),  # a single column: any delimiter will do
    ],
)
def test_sniff_delimiter(line, expected):
    assert sniff_delimiter(line + "\n1;2;3\n") == expected
