"""Every handlingsplan URL with editor of A, viewer of A, a contributor of A, editor of B and an
anonymous visitor.

Members of A read; editors of A change; the contributor reports progress on the
action she is responsible for (S1.1) and nothing else; editor of B is refused
(403 on A's pages, 404 for A's actions under B's address) and never sees A's data.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from styra.web.actionplan.models import Action, ActionIndicator, ProgressEntry

from .conftest import SECRET_A, url


def csv_file():
    content = "nivå;kod;förälder;titel;delmål\nåtgärd;S1.9;S1;Solceller;7.2\n"
    return SimpleUploadedFile("plan.csv", content.encode(), content_type="text/csv")


ACTION = {"level": "action", "parent": "strategy", "title": "Ny åtgärd", "weight": "1"}
# name, args (fixture keys or values), method, post data, permission needed, editor's status
CASES = [
    ("actionplan-plan", (), "get", None, "view", 200),
    ("actionplan-owners", (), "get", None, "view", 200),
    ("actionplan-timeline", (), "get", None, "view", 200),
    ("actionplan-export", (), "get", None, "view", 200),
    ("actionplan-action", ("x",), "get", None, "view", 200),
    ("actionplan-action-create", (), "get", None, "change", 200),
    ("actionplan-action-create", (), "post", ACTION | {"status": "planned"}, "change", 302),
    ("actionplan-action-edit", ("x",), "get", None, "change", 200),
    (
        "actionplan-action-edit",
        ("x",),
        "post",
        ACTION | {"code": "S1.1", "title": "Fler laddstolpar", "status": "ongoing"},
        "change",
        302,
    ),
    ("actionplan-action-delete", ("y",), "get", None, "change", 200),
    ("actionplan-action-delete", ("y",), "post", {}, "change", 302),
    ("actionplan-progress", ("x",), "get", None, "log", 200),
    (
        "actionplan-progress",
        ("x",),
        "post",
        {"date": "2025-05-01", "percent": "50", "note": "Halvvägs", "status": "ongoing"},
        "log",
        302,
    ),
    ("actionplan-progress", ("y",), "get", None, "log-other", 200),
    (
        "actionplan-progress",
        ("y",),
        "post",
        {"date": "2025-05-01", "percent": "10", "note": "", "status": "ongoing"},
        "log-other",
        302,
    ),
    ("actionplan-indicator-create", ("x",), "get", None, "change", 200),
    (
        "actionplan-indicator-create",
        ("x",),
        "post",
        {"kpi_id": "N00401", "target_value": "0,5", "target_year": "2030"},
        "change",
        302,
    ),
    ("actionplan-indicator-edit", ("indicator",), "get", None, "change", 200),
    (
        "actionplan-indicator-edit",
        ("indicator",),
        "post",
        {"kpi_id": "N00401", "target_value": "0,8", "target_year": "2030"},
        "change",
        302,
    ),
    ("actionplan-indicator-delete", ("indicator",), "post", {}, "change", 302),
    ("actionplan-import", (), "get", None, "change", 200),
    ("actionplan-import", (), "post", {"file": csv_file}, "change", 200),
    ("actionplan-import-confirm", (), "post", {"payload": "fel"}, "change", 400),
]
IDS = [f"{c[2]}-{c[0]}-{'-'.join(map(str, c[1]))}" for c in CASES]
CASE_ARGS = ("name", "args", "method", "data", "needs", "status")


def objects(plan):
    return {key: value.pk for key, value in plan.items()}


def request(client, name, args, method, data, found, kolada_id="0180"):
    path = url(name, *[found.get(a, a) for a in args], kolada_id=kolada_id)
    if method == "get":
        return client.get(path)
    posted = {
        key: value() if callable(value) else found.get(value, value)
        for key, value in (data or {}).items()
    }
    return client.post(path, posted)


def state():
    return (
        sorted(Action.objects.values_list("pk", "code", "title", "status", "parent_id")),
        sorted(ActionIndicator.objects.values_list("pk", "kpi_id", "target_value")),
        sorted(ProgressEntry.objects.values_list("pk", "action_id", "percent")),
    )


@pytest.mark.parametrize(CASE_ARGS, CASES, ids=IDS)
def test_editor_of_a_may(client_for, editor_a, plan_a, name, args, method, data, needs, status):
    response = request(client_for(editor_a), name, args, method, data, objects(plan_a))
    assert response.status_code == status, response.content[:800]


@pytest.mark.parametrize(CASE_ARGS, CASES, ids=IDS)
def test_admin_of_a_may(client_for, admin_a, plan_a, name, args, method, data, needs, status):
    response = request(client_for(admin_a), name, args, method, data, objects(plan_a))
    assert response.status_code == status


@pytest.mark.parametrize(CASE_ARGS, CASES, ids=IDS)
def test_viewer_of_a_reads_only(
    client_for, viewer_a, plan_a, name, args, method, data, needs, status
):
    before = state()
    response = request(client_for(viewer_a), name, args, method, data, objects(plan_a))
    assert response.status_code == (200 if needs == "view" else 403)
    assert state() == before


@pytest.mark.parametrize(CASE_ARGS, CASES, ids=IDS)
def test_contributor_reports_only_on_her_own_action(
    client_for, contributor_a, plan_a, name, args, method, data, needs, status
):
    before = state()
    response = request(client_for(contributor_a), name, args, method, data, objects(plan_a))
    if needs in ("view", "log"):
        assert response.status_code == status
    else:
        assert response.status_code == 403
        assert state() == before


@pytest.mark.parametrize(CASE_ARGS, CASES, ids=IDS)
def test_editor_of_b_is_refused_and_sees_nothing(
    client_for, editor_b, plan_a, name, args, method, data, needs, status
):
    before = state()
    response = request(client_for(editor_b), name, args, method, data, objects(plan_a))
    assert response.status_code == 403
    assert SECRET_A.encode() not in response.content
    assert state() == before


@pytest.mark.parametrize(CASE_ARGS, CASES, ids=IDS)
def test_anonymous_is_sent_to_login(client_for, plan_a, name, args, method, data, needs, status):
    before = state()
    response = request(client_for(None), name, args, method, data, objects(plan_a))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts-login"))
    assert state() == before


OBJECT_CASES = [c for c in CASES if c[1]]


@pytest.mark.parametrize(CASE_ARGS, OBJECT_CASES, ids=[f"{c[2]}-{c[0]}" for c in OBJECT_CASES])
def test_a_objects_under_b_address_are_404_for_editor_of_b(
    client_for, editor_b, action_b, plan_a, name, args, method, data, needs, status
):
    before = state()
    response = request(client_for(editor_b), name, args, method, data, objects(plan_a), "1480")
    assert response.status_code == 404
    assert SECRET_A.encode() not in response.content
    assert state() == before


@pytest.mark.parametrize(
    "name", ["actionplan-plan", "actionplan-owners", "actionplan-timeline", "actionplan-export"]
)
def test_b_pages_show_none_of_a(client_for, editor_b, action_b, plan_a, name):
    response = client_for(editor_b).get(url(name, kolada_id="1480"))
    assert response.status_code == 200
    assert SECRET_A.encode() not in response.content


def test_a_parent_of_a_cannot_be_used_in_b(client_for, editor_b, action_b, plan_a):
    before = state()
    data = {"level": "action", "parent": plan_a["strategy"].pk, "title": "Smyg", "weight": "1"}
    response = client_for(editor_b).post(
        url("actionplan-action-create", kolada_id="1480"), data | {"status": "planned"}
    )
    assert response.status_code == 400
    assert "parent" in response.context["form"].errors
    assert SECRET_A not in response.content.decode()
    assert state() == before


def test_unknown_organisation_is_404(client_for, editor_a):
    assert client_for(editor_a).get(url("actionplan-plan", kolada_id="9999")).status_code == 404
