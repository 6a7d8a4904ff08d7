"""M9 matrices read from long and wide CSV give the same matrix."""

from styra.priorities import (
    Cell,
    parse_long_csv,
    parse_matrix_csv,
    parse_wide_csv,
    read_matrix_csv,
)

LONG = """from_target,to_target,score,rationale
1.1,2.1,2,"Mindre fattigdom, bättre kost"
2.1,1.1,−1,
11-1,1.1,+3,
1.1,11.1,,
"""

WIDE = """from_target,1.1,2.1,11.1
1.1,,2.0,
2.1,-1,,
11.1,3,,
"""


def test_long_csv_reads_scores_rationales_and_empty_cells():
    matrix = parse_long_csv(LONG)
    assert matrix.targets == ("1.1", "2.1", "11.1")  # catalog order
    assert dict(matrix.cells) == {
        ("1.1", "2.1"): Cell(2, "Mindre fattigdom, bättre kost"),
        ("2.1", "1.1"): Cell(-1),  # the Unicode minus
        ("11.1", "1.1"): Cell(3),  # "11-1" is 11.1, "+3" is 3
    }
    # 1.1 → 11.1 is listed without a score: both targets are in, the cell is missing
    assert matrix.missing_count == 6 - 3


def test_wide_csv_gives_the_same_matrix_as_long():
    long_without_rationale = LONG.replace('"Mindre fattigdom, bättre kost"', "")
    assert parse_wide_csv(WIDE) == parse_long_csv(long_without_rationale)


def test_format_is_detected_from_the_header():
    assert parse_matrix_csv(LONG) == parse_long_csv(LONG)
    assert parse_matrix_csv(WIDE) == parse_wide_csv(WIDE)


def test_semicolons_and_decimal_commas_as_swedish_excel_saves_them():
    text = "from_target;1.1;2.1\n1.1;;2,0\n2.1;-1;\n"
    assert parse_matrix_csv(text) == parse_wide_csv("from_target,1.1,2.1\n1.1,,2\n2.1,-1,\n")


def test_wide_rows_and_columns_may_come_in_another_order():
    text = "from_target,2.1,1.1\n1.1,2,\n2.1,,-1\n"
    assert parse_wide_csv(text).targets == ("1.1", "2.1")
    assert parse_wide_csv(text).score("1.1", "2.1") == 2


def test_read_from_a_path_in_utf8_or_windows_1252(tmp_path):
    text = "from_target,to_target,score,rationale\n1.1,2.1,1,Åtgärder för äldre\n"
    utf8 = tmp_path / "utf8.csv"
    utf8.write_bytes(("\ufeff" + text).encode("utf-8"))
    excel = tmp_path / "excel.csv"
    excel.write_bytes(text.encode("cp1252"))
    assert read_matrix_csv(utf8) == read_matrix_csv(excel) == parse_long_csv(text)
    assert read_matrix_csv(excel).cells[("1.1", "2.1")].rationale == "Åtgärder för äldre"


def test_trailing_empty_columns_and_blank_rows_are_ignored():
    wide = "from_target,1.1,2.1,,\n1.1,,2,,\n\n2.1,-1,,,\n,,,\n"
    long = "from_target,to_target,score,rationale,\n1.1,2.1,2,,\n,,,,\n2.1,1.1,-1,,\n"
    assert parse_wide_csv(wide) == parse_long_csv(long)
    assert parse_long_csv(long).is_complete
