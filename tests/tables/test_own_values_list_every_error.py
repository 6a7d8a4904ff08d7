"""The own-values validator checks every row and lists every problem, naming row and column."""

import pytest

from styra.tables import OwnValueRow, RowErrors, Table, TableRow, parse_own_values
from styra.tables.values import MAX_LISTED

CODES = {"E1", "Cykel-2"}
AREAS = {"0180", "1480", "0000"}
HEADINGS = {
    "indicator": "indikator",
    "area": "område",
    "year": "år",
    "gender": "kön",
    "value": "värde",
}


def table(*rows):
    names = ("indicator", "area", "year", "gender", "value")
    return Table(
        headings=HEADINGS,
        rows=tuple(
            TableRow(number=n, cells=dict(zip(names, row, strict=True)))
            for n, row in enumerate(rows, start=2)
        ),
    )


def errors_of(*rows):
    with pytest.raises(RowErrors) as refused:
        parse_own_values(table(*rows), CODES, AREAS)
    return refused.value


def test_good_rows_are_typed():
    rows = parse_own_values(
        table(
            ("e1", "180", "2020", "", "12,5"),
            ("CYKEL-2", "1480", "2021", "kvinnor", "−3"),
            ("E1", "0000", "1990", "Män", ""),
            ("E1", "0180", "2100", "totalt", "1 234,5"),
        ),
        CODES,
        AREAS,
    )
    assert rows == [
        OwnValueRow(2, "E1", "0180", 2020, "T", 12.5),
        OwnValueRow(3, "Cykel-2", "1480", 2021, "K", -3.0),
        OwnValueRow(4, "E1", "0000", 1990, "M", None),
        OwnValueRow(5, "E1", "0180", 2100, "T", 1234.5),
    ]


def test_every_bad_cell_is_listed_with_row_and_column():
    refused = errors_of(
        ("E1", "0180", "2020", "T", "1"),
        ("X9", "0180", "1989", "T", "1"),
        ("", "9999", "20x", "Q", "abc"),
        ("E1", "", "", "T", "1.2,3"),
    )
    assert [str(error) for error in refused.errors] == [
        'rad 3, kolumn "indikator": "X9" är inte en kod för något av era egna nyckeltal',
        'rad 3, kolumn "år": "1989" är inte ett år mellan 1990 och 2100',
        'rad 4, kolumn "indikator": indikatorns kod saknas',
        'rad 4, kolumn "område": det finns ingen kommun eller region med id 9999',
        'rad 4, kolumn "år": "20x" är inte ett år mellan 1990 och 2100',
        'rad 4, kolumn "kön": "Q" är inte ett kön: skriv T (totalt), K eller M',
        'rad 4, kolumn "värde": "abc" är inte ett tal',
        'rad 5, kolumn "område": området (kommunens eller regionens Kolada-id) saknas',
        'rad 5, kolumn "år": året saknas',
        'rad 5, kolumn "värde": "1.2,3" är inte ett tal (använd decimalkomma utan tusentalspunkt)',
    ]
    assert refused.total == 10


@pytest.mark.parametrize("area", ["01800", "ab", "01-80"])
def test_area_must_be_a_kolada_id(area):
    assert "är inte ett Kolada-id med fyra siffror" in str(
        errors_of(("E1", area, "2020", "", "1")).errors[0]
    )


@pytest.mark.parametrize("value", ["nan", "inf", "-Infinity", "1e400", "12 %", "1,2,3"])
def test_value_must_be_a_finite_number(value):
    assert errors_of(("E1", "0180", "2020", "", value)).errors[0].column == "värde"


def test_duplicate_key_names_both_rows():
    refused = errors_of(
        ("E1", "0180", "2020", "", "1"),
        ("E1", "0180", "2021", "T", "1"),
        ("e1", "180", "2020", "totalt", "2"),
    )
    assert [str(error) for error in refused.errors] == [
        "rad 4: samma indikator, område, år och kön som rad 2 (E1, 0180, 2020, T)"
    ]


def test_errors_are_capped_but_counted():
    refused = errors_of(*[("nope", "0180", "2020", "", "1")] * (MAX_LISTED + 10))
    assert len(refused.errors) == MAX_LISTED
    assert refused.total == MAX_LISTED + 10
    assert refused.errors[-1].row == MAX_LISTED + 1
