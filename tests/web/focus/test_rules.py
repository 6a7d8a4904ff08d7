"""A contributor reads the focus analysis but may not upload (``focus.view_focus`` and
``focus.change_focus`` for each kind of user: tests/web/test_permission_table.py)."""

from styra.web.accounts.models import Role
from tests.web.factories import make_member


def test_a_contributor_may_read_but_not_upload(client_for, org_a, document_a):
    contributor = make_member("cecilia_bidrar", org_a, Role.CONTRIBUTOR)
    client = client_for(contributor)
    assert client.get(f"/omraden/0180/fokus/dokument/{document_a.pk}/").status_code == 200
    assert client.get("/omraden/0180/fokus/dokument/ladda-upp/").status_code == 403
