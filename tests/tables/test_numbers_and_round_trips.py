"""Properties: numbers read back exactly, and an exported table imports unchanged."""

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from styra.tables import ExportTable, parse_number, read_own_values, write_csv, write_xlsx
from styra.tables.values import HEADINGS

finite = st.floats(allow_nan=False, allow_infinity=False)


@given(finite)
def test_a_number_reads_back_with_point_or_comma(number):
    assert parse_number(repr(number)) == number
    assert parse_number(repr(number).replace(".", ",")) == number


@given(st.text(max_size=12))
def test_parse_number_returns_a_finite_float_none_or_refuses(text):
    try:
        number = parse_number(text)
    except ValueError as error:
        assert str(error).startswith('"')
    else:
        assert number is None or math.isfinite(number)


CODES = ["E1", "E2", "Cykel"]
AREAS = ["0180", "1480", "0000"]
row = st.tuples(
    st.sampled_from(CODES),
    st.sampled_from(AREAS),
    st.integers(1990, 2100),
    st.sampled_from("TKM"),
    st.none() | st.floats(min_value=-1e300, max_value=1e300),  # openpyxl rounds up to inf
)
tables = st.lists(row, min_size=1, max_size=30, unique_by=lambda r: r[:4])


def same_value(a, b, exact):
    if a is None or b is None or exact:
        return a == b
    return math.isclose(a, b, rel_tol=1e-15)  # openpyxl writes 16 significant digits


@settings(deadline=None, max_examples=60)
@given(tables, st.sampled_from([(write_csv, "x.csv"), (write_xlsx, "x.xlsx")]))
def test_an_export_imports_unchanged(rows, writer):
    write, filename = writer
    exported = write(ExportTable("Egna", HEADINGS, rows, ["Källa: Styra, egna nyckeltal"]))
    read = read_own_values(exported, filename, set(CODES), set(AREAS))
    assert [(r.indicator, r.area, r.year, r.gender) for r in read] == [row[:4] for row in rows]
    exact = filename.endswith(".csv")
    assert all(same_value(r.value, row[4], exact) for r, row in zip(read, rows, strict=True))
    assert [r.row for r in read] == list(range(2, len(rows) + 2))
