"""Too many rows: an .xlsx (built with zipfile) and a matrix CSV are refused as soon as
the limit is passed, the rest of the file never read."""

import pytest

from styra.priorities import MatrixFileError, parse_matrix_csv
from styra.tables import Limits, TableError, read_table
from tests.files.bombs import CountingClock, xlsx_rows


def test_an_xlsx_with_too_many_rows_stops_at_the_limit():
    data = xlsx_rows(["titel"], 50_000, ["Åtgärd"])
    clock = CountingClock(step=0)  # never late: it only counts the rows read
    with pytest.raises(TableError) as refused:
        read_table(
            data, "plan.xlsx", {"title": ("titel",)}, limits=Limits(max_rows=2000, clock=clock)
        )
    assert str(refused.value) == (
        "rad 2002: Filen har för många rader (högst 2 000 rader med värden). "
        "Dela upp den i flera filer."
    )
    # The header and the rows up to the limit (and the pieces the element count read):
    # the other 48 000 rows are never read.
    assert 2002 < clock.reads < 2100


def test_a_matrix_csv_longer_than_any_matrix():
    text = "from_target,to_target,score\n" + "1.1,1.2,1\n" * 3000
    with pytest.raises(MatrixFileError) as refused:
        parse_matrix_csv(text)
    assert str(refused.value.problems[0]) == "rad 1: filen har för många rader: gränsen är 2 000"


def test_a_matrix_csv_wider_than_any_matrix():
    text = "from_target" + ",1.1" * 500 + "\n"
    with pytest.raises(MatrixFileError, match="för många kolumner: gränsen är 200"):
        parse_matrix_csv(text)
