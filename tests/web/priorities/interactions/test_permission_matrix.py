"""Every interactions URL with editor of A, viewer of A, editor of B and an anonymous visitor.

Members of A read, editors of A change; editor of B is refused (403 on A's pages,
404 for A's matrix under B's address) and never sees A's data. A network's
matrices: the coordinator changes, the users of member organisations read.
"""

import pytest
from django.urls import reverse

from styra.web.organisations.models import Organisation
from tests.web.factories import make_member

from .conftest import SECRET_RATIONALE, SECRET_TITLE, TEN, csv_file, network_url, state, url

FILE = "from_target,to_target,score\n" + "\n".join(f"{t},{u},1" for t in TEN for u in TEN if t != u)
NEW = {"title": "Ny matris", "description": "", "targets": TEN}
# name, args ("m" = the matrix), method, data, needs "change", editor of A's status
CASES = [
    ("list", (), "get", None, False, 200),
    ("create", (), "get", None, True, 200),
    ("create", (), "post", NEW, True, 302),
    ("create-from-file", (), "get", None, True, 200),
    ("create-from-file", (), "post", {"title": "Ny", "description": "", "file": FILE}, True, 200),
    ("create-from-file-confirm", (), "post", {"payload": "x"}, True, 400),
    ("matrix", ("m",), "get", None, False, 200),
    ("edit", ("m",), "get", None, True, 200),
    ("edit", ("m",), "post", NEW | {"title": "Omdöpt"}, True, 302),
    ("delete", ("m",), "get", None, True, 200),
    ("delete", ("m",), "post", {}, True, 302),
    ("cell", ("m", "7-2", "13-1"), "get", None, False, 200),
    ("cell", ("m", "7-2", "13-1"), "post", {"score": "-1", "rationale": ""}, True, 302),
    ("import", ("m",), "get", None, True, 200),
    ("import", ("m",), "post", {"file": FILE}, True, 200),
    ("import-confirm", ("m",), "post", {"payload": "x"}, True, 400),
    ("export", ("m", "lang", "csv"), "get", None, False, 200),
    ("export", ("m", "bred", "xlsx"), "get", None, False, 200),
    ("results", ("m",), "get", None, False, 200),
    ("results-export", ("m", "csv"), "get", None, False, 200),
]
IDS = [f"{c[2]}-{c[0]}-{'-'.join(map(str, c[1]))}" for c in CASES]
PARAMS = ("name", "args", "method", "data", "change", "status")


def request(client, name, args, method, data, matrix, **owner):
    args = [matrix.pk if arg == "m" else arg for arg in args]
    path = url(name, *args, **owner)
    if method == "get":
        return client.get(path)
    data = dict(data or {})
    if "file" in data:
        data["file"] = csv_file(data["file"])
    return client.post(path, data)


@pytest.mark.parametrize(PARAMS, CASES, ids=IDS)
def test_editor_of_a_may(client_for, editor_a, matrix_a, name, args, method, data, change, status):
    response = request(client_for(editor_a), name, args, method, data, matrix_a)
    assert response.status_code == status, response.content[:500]


@pytest.mark.parametrize(PARAMS, CASES, ids=IDS)
def test_viewer_of_a_reads_only(
    client_for, viewer_a, matrix_a, name, args, method, data, change, status
):
    before = state()
    response = request(client_for(viewer_a), name, args, method, data, matrix_a)
    assert response.status_code == (403 if change else 200)
    assert state() == before


@pytest.mark.parametrize(PARAMS, CASES, ids=IDS)
def test_editor_of_b_is_refused_and_sees_nothing(
    client_for, editor_b, matrix_a, name, args, method, data, change, status
):
    before = state()
    response = request(client_for(editor_b), name, args, method, data, matrix_a)
    assert response.status_code == 403
    assert SECRET_TITLE.encode() not in response.content
    assert SECRET_RATIONALE.encode() not in response.content
    assert state() == before


@pytest.mark.parametrize(PARAMS, CASES, ids=IDS)
def test_anonymous_is_sent_to_login(client_for, matrix_a, name, args, method, data, change, status):
    before = state()
    response = request(client_for(None), name, args, method, data, matrix_a)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts-login"))
    assert state() == before


MATRIX_CASES = [case for case in CASES if "m" in case[1]]


@pytest.mark.parametrize(PARAMS, MATRIX_CASES, ids=[f"{c[2]}-{c[0]}" for c in MATRIX_CASES])
def test_a_matrix_under_b_address_is_404_for_editor_of_b(
    client_for, editor_b, matrix_a, matrix_b, name, args, method, data, change, status
):
    before = state()
    response = request(client_for(editor_b), name, args, method, data, matrix_a, kolada_id="1480")
    assert response.status_code == 404
    assert SECRET_TITLE.encode() not in response.content
    assert state() == before


def test_b_list_shows_none_of_a(client_for, editor_b, matrix_a, matrix_b):
    response = client_for(editor_b).get(url("list", kolada_id="1480"))
    assert response.status_code == 200
    assert b"G\xc3\xb6teborgs matris" in response.content
    assert SECRET_TITLE.encode() not in response.content


def test_unknown_organisation_is_404(client_for, editor_a):
    assert client_for(editor_a).get(url("list", kolada_id="9999")).status_code == 404


def test_admin_of_a_may_change(client_for, admin_a, matrix_a):
    assert client_for(admin_a).get(url("edit", matrix_a.pk)).status_code == 200


# A network's matrices: /natverk/<id>/interaktioner/


def network_request(client, case, network, matrix):
    name, args, method, data, _change, _status = case
    args = [matrix.pk if arg == "m" else arg for arg in args]
    path = network_url(name, network.pk, *args)
    if method == "get":
        return client.get(path)
    data = dict(data or {})
    if "file" in data:
        data["file"] = csv_file(data["file"])
    return client.post(path, data)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_network_coordinator_may(client_for, editor_b, network, network_matrix, case):
    response = network_request(client_for(editor_b), case, network, network_matrix)
    assert response.status_code == case[5], response.content[:500]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_users_of_member_organisations_read_only(
    client_for, editor_a, viewer_a, network, network_matrix, case
):
    for user in (editor_a, viewer_a):
        before = state()
        response = network_request(client_for(user), case, network, network_matrix)
        assert response.status_code == (403 if case[4] else 200)
        assert state() == before


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_users_outside_the_network_are_refused(client_for, network, network_matrix, case):
    other = Organisation.objects.create(kolada_id="1280", name="Malmö", type="K")
    outsider = make_member("malin_malmo", other, "admin")
    before = state()
    response = network_request(client_for(outsider), case, network, network_matrix)
    assert response.status_code == 403
    assert b"N\xc3\xa4tverkets matris" not in response.content
    assert state() == before


def test_org_and_network_matrices_stay_apart(
    client_for, editor_a, editor_b, network, network_matrix, matrix_a
):
    # A's matrix is not the network's, and the network's is not A's
    assert (
        client_for(editor_b).get(network_url("matrix", network.pk, matrix_a.pk)).status_code == 404
    )
    assert client_for(editor_a).get(url("matrix", network_matrix.pk)).status_code == 404
    page = client_for(editor_a).get(url("list")).content.decode()
    assert network_url("list", network.pk) in page
    assert "Nätverkets matris" not in page
