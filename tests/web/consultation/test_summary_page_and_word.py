"""The summary for the styrgrupp: comments by thread and status, and who of the invited
answered; the Word file says the same."""

from io import BytesIO

import docx
from django.urls import reverse

from styra.web.consultation import services
from tests.web.pages import text_of

from .conftest import make_actor


def fill(round_, org, viewer, editor, invite):
    partner, _token = invite(round_, make_actor(org))
    invite(round_, make_actor(org, "Regionen", "region@example.se"))  # does not answer
    services.invite_member(round_, viewer, editor)
    first = services.add_comment(round_, services.Author(invitee=partner), "Klimatet saknas.", 13)
    services.add_comment(round_, services.Author(user=viewer), "Skolan ser bra ut.", None)
    services.add_comment(round_, services.Author(user=editor), "Vi tar med det.", None, first)
    services.set_status(first, "done", editor)


def test_the_summary_page_groups_by_thread_and_status(
    round_a, org_a, viewer_a, editor_a, invite, client_for
):
    fill(round_a, org_a, viewer_a, editor_a, invite)
    response = client_for(viewer_a).get(reverse("consultation-summary", args=["0180", round_a.pk]))
    text = text_of(response)
    assert response.status_code == 200
    assert "2 av 3 inbjudna har svarat" in text
    assert text.index("Nulägesanalysen i stort") < text.index("Skolan ser bra ut.")
    assert text.index("Mål 13: ") < text.index("Åtgärdad (1)") < text.index("Klimatet saknas.")
    assert text.index("Klimatet saknas.") < text.index("Vi tar med det.")


def test_the_word_file_says_the_same(round_a, org_a, viewer_a, editor_a, invite, client_for):
    fill(round_a, org_a, viewer_a, editor_a, invite)
    url = reverse("consultation-summary-file", args=["0180", round_a.pk])
    response = client_for(viewer_a).get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('.docx"')
    document = docx.Document(BytesIO(response.content))
    paragraphs = [p.text for p in document.paragraphs]
    assert "Sammanställning: Remiss om nulägesanalysen" in paragraphs
    assert "Klimatet saknas." in paragraphs and "Skolan ser bra ut." in paragraphs
    assert any(p.startswith("Svar från Erik Ek") and "Vi tar med det." in p for p in paragraphs)
    assert paragraphs.index("Åtgärdad") < paragraphs.index("Klimatet saknas.")
    invitees = document.tables[1]
    rows = [[cell.text for cell in row.cells] for row in invitees.rows]
    assert ["Regionen", "Regionen", "Extern", "Nej", "0"] in rows
    assert ["Länsstyrelsen", "Länsstyrelsen", "Extern", "Ja", "1"] in rows
    assert ["Vera Vik", "Stockholm", "Medlem", "Ja", "1"] in rows
