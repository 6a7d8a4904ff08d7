"""An .xlsx of about 1.5 MB whose sharedStrings.xml unpacks to 200 MB is refused from
the zip directory: openpyxl never reads it, so no worker fills its memory."""

import openpyxl
import pytest

from styra.tables import Limits, TableError, read_own_values, read_table
from tests.files.bombs import xlsx_bomb

COLUMNS = {"title": ("titel",)}


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return xlsx_bomb(200)


def test_the_bomb_is_refused_with_the_file_and_the_limit(bomb, monkeypatch):
    monkeypatch.setattr(openpyxl, "load_workbook", pytest.fail)
    with pytest.raises(TableError) as refused:
        read_table(bomb, "värden.xlsx", COLUMNS, limits=Limits(max_bytes=5 * 1024 * 1024))
    assert str(refused.value) == "Filen värden.xlsx packas upp till 200 MB; gränsen är 100 MB."


def test_own_values_refuse_it_too(bomb, monkeypatch):
    monkeypatch.setattr(openpyxl, "load_workbook", pytest.fail)
    with pytest.raises(TableError, match="packas upp till 200 MB"):
        read_own_values(bomb, "egna.xlsx", {}, set(), Limits(max_bytes=5 * 1024 * 1024))
