"""Lost updates on the report form: the editor and the contributor open the same report;
the second save is refused with both values shown, and nothing of it is saved."""

import re

from styra.web.followup.models import Report

from .conftest import url


def opened_token(html: str) -> str:
    value = re.search(r'name="opened_at" value="([^"]*)"', html).group(1)
    return value.replace("&quot;", '"')


def test_the_second_save_is_refused_with_the_conflict(
    client_for, editor_a, contributor_a, plan, cycles
):
    report_url = url("followup-report", cycles["open"].pk, plan["x"].pk)
    cilla, editor = client_for(contributor_a), client_for(editor_a)
    cilla.post(report_url, {"status": "started", "comment": "Först"})
    hers = opened_token(cilla.get(report_url).content.decode())
    his = opened_token(editor.get(report_url).content.decode())
    assert editor.post(report_url, {"status": "done", "opened_at": his}).status_code == 302
    refused = cilla.post(report_url, {"status": "not_started", "opened_at": hers})
    assert refused.status_code == 400
    page = refused.content.decode()
    assert "Någon annan sparade ändringar medan du hade sidan öppen." in page
    assert "Genomförd" in page and "Ej påbörjad" in page
    assert Report.objects.get(action=plan["x"]).status == "done"
