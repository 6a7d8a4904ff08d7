"""The matrix goal × actor: an accessible table with roles in words, and CSV and Excel exports."""

import io
import re

import openpyxl

from styra.web.samverkan.models import Involvement

from .conftest import PARTNER_A, SECRET_A, url


def test_matrix_is_a_table_with_caption_and_headers(client_for, viewer_a, lead_a, partner_a):
    Involvement.objects.create(actor=partner_a, goal=13, target_id="13.1", role="inform")
    response = client_for(viewer_a).get(url("samverkan-overview"))
    assert response.status_code == 200
    text = response.content.decode()
    table = text.split('<table class="table samverkan-matrix">', 1)[1].split("</table>", 1)[0]
    assert "<caption>Aktörernas roller per mål, Stockholm</caption>" in table
    assert len(re.findall(r'<th scope="col">', table)) == 3  # goal + two actors
    assert len(re.findall(r'<th scope="row">', table)) == 17
    # internal actors first, then external
    assert table.index(SECRET_A) < table.index(PARTNER_A)
    row_13 = table.split("Mål 13: Bekämpa klimatförändringen", 1)[1].split("</tr>", 1)[0]
    assert "<td>Leder</td>" in row_13
    assert "<td>Informeras (delmål 13.1)</td>" in row_13
    assert "Ingen roll" in table  # empty cells say so to screen readers


def test_matrix_without_actors_links_to_the_register(client_for, editor_a):
    text = client_for(editor_a).get(url("samverkan-overview")).content.decode()
    assert "samverkan-matrix" not in text
    assert "Registret har inga aktörer ännu." in text
    assert url("samverkan-actor-create") in text


def test_excel_export_opens_with_openpyxl(client_for, viewer_a, lead_a, partner_a):
    response = client_for(viewer_a).get(url("samverkan-matrix-export", "xlsx"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert 'filename="samverkan-0180.xlsx"' in response["Content-Disposition"]
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == (
        "Mål",
        f"{SECRET_A} (intern, Förvaltning)",
        f"{PARTNER_A} (extern, Länsstyrelse)",
    )
    assert rows[13] == ("13 Bekämpa klimatförändringen", "Leder", None)
    assert rows[1] == ("1 Ingen fattigdom", None, None)
    assert rows[-1][0] == "Källa: samverkansregistret för Stockholm i Styra"


def test_csv_export_has_the_same_rows(client_for, viewer_a, lead_a):
    response = client_for(viewer_a).get(url("samverkan-matrix-export", "csv"))
    assert response.status_code == 200
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0] == f"Mål;{SECRET_A} (intern, Förvaltning)"
    assert lines[13] == "13 Bekämpa klimatförändringen;Leder"
    assert len(lines) == 1 + 17 + 2


def test_unknown_format_is_404(client_for, viewer_a):
    assert client_for(viewer_a).get(url("samverkan-matrix-export", "pdf")).status_code == 404


def test_organisation_page_links_members_to_samverkan(client_for, viewer_a, editor_b):
    link = url("samverkan-overview")
    detail = url("organisations-detail")
    assert link in client_for(viewer_a).get(detail).content.decode()
    assert link not in client_for(editor_b).get(detail).content.decode()
