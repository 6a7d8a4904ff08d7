"""A bad defaults file is refused with the row and the column named."""

from importlib import resources

import pytest

from styra.radighet import DefaultsFileError, load_defaults, parse_defaults

SHIPPED = resources.files("styra.radighet").joinpath("defaults.csv").read_text(encoding="utf-8")
LINES = SHIPPED.splitlines()  # LINES[0] is the header, LINES[n] is row n
ROW_1 = "1.1,3,Kommunen har det yttersta ansvaret.,1,Regionen ger vård."


def with_row(number: int, text: str) -> str:
    lines = list(LINES)
    lines[number] = text
    return "\n".join(lines) + "\n"


def test_the_shipped_text_parses_from_text_and_from_a_path(tmp_path):
    assert parse_defaults(SHIPPED) == load_defaults()
    path = tmp_path / "mine.csv"
    path.write_text(with_row(1, ROW_1), encoding="utf-8")
    parsed = parse_defaults(path)
    assert parsed == parse_defaults(str(path))
    assert parsed["1.1"].kommun_rationale == "Kommunen har det yttersta ansvaret."


@pytest.mark.parametrize(
    ("bad_row", "column", "message"),
    [
        (ROW_1.replace(",3,", ",4,"), "kommun_level", "'4' is not a rådighet level"),
        (ROW_1.replace(",1,", ",-1,"), "region_level", "'-1' is not a rådighet level"),
        (ROW_1.replace(",3,", ",hög,"), "kommun_level", "'hög' is not a rådighet level"),
        (ROW_1.replace(",1,", ",,"), "region_level", "is empty"),
        (ROW_1.replace("Kommunen har det yttersta ansvaret.", ""), "kommun_rationale", "empty"),
        (ROW_1.replace("Regionen ger vård.", "x" * 161), "region_rationale", "161 characters"),
        (ROW_1.replace("1.1,", "1-1,", 1), "target_id", "write '1-1' as issued: '1.1'"),
        (ROW_1.replace("1.1,", "1.9,", 1), "target_id", "no SDG target '1.9'"),
        (ROW_1.replace("1.1,", "mål 1,", 1), "target_id", "not an SDG target id"),
        (ROW_1 + ",extra", None, "more fields than the header"),
    ],
)
def test_bad_value_names_row_and_column(bad_row, column, message):
    with pytest.raises(DefaultsFileError, match=message) as raised:
        parse_defaults(with_row(1, bad_row))
    assert (raised.value.row, raised.value.column) == (1, column)
    where = "defaults.csv, rad 1" + (f', kolumn "{column}"' if column else "")
    assert str(raised.value).startswith(where)


def test_a_row_further_down_is_counted_from_the_first_data_row():
    bad = LINES[40].replace(LINES[40].split(",")[0] + ",", LINES[40].split(",")[0] + ",9", 1)
    with pytest.raises(DefaultsFileError, match='rad 40, kolumn "kommun_level"'):
        parse_defaults(with_row(40, bad))


def test_a_multi_line_rationale_is_refused():
    with pytest.raises(DefaultsFileError, match="must be one line") as raised:
        parse_defaults(with_row(1, '1.1,3,"Två\nrader.",1,Regionen ger vård.'))
    assert raised.value.column == "kommun_rationale"


def test_a_duplicate_target_names_both_rows():
    text = with_row(2, LINES[1])  # row 2 (1.2) becomes a second 1.1
    with pytest.raises(DefaultsFileError, match="1.1 is already on row 1") as raised:
        parse_defaults(text)
    assert (raised.value.row, raised.value.column) == (2, "target_id")


def test_a_missing_target_is_named():
    text = "\n".join(line for line in LINES if not line.startswith("14.6,")) + "\n"
    with pytest.raises(DefaultsFileError, match="misses 1 of the 169 SDG targets: 14.6") as raised:
        parse_defaults(text)
    assert (raised.value.row, raised.value.column) == (None, "target_id")


def test_a_missing_or_unknown_column_is_named():
    header = LINES[0]
    text = with_row(0, header.replace("region_level", "region_nivå"))
    with pytest.raises(DefaultsFileError, match='kolumn "region_level": is missing') as raised:
        parse_defaults(text)
    assert raised.value.column == "region_level"
    with pytest.raises(DefaultsFileError, match=r"unknown columns in the header: \['note'\]"):
        parse_defaults(with_row(0, header + ",note"))


def test_an_empty_file_misses_every_target():
    with pytest.raises(DefaultsFileError, match="misses 169 of the 169"):
        parse_defaults(LINES[0] + "\n")
