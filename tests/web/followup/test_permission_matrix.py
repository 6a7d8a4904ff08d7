"""Every follow-up URL with admin, editor, viewer and a contributor of A, editor of B and
an anonymous visitor.

Members of A read; editors of A manage cycles and may report on any action asked for;
the contributor reports on the action she is responsible for (S1.1) and not on Dan's
(S1.3); editor of B is refused (403) and never sees A's data.
"""

import pytest
from django.urls import reverse

from styra.web.actionplan.models import ProgressEntry
from styra.web.followup.models import Cycle, Report

from .conftest import url

CYCLE = {
    "name": "Helår 2026",
    "kind": "year",
    "period_start": "2026-01-01",
    "period_end": "31/12 2026",
    "opens_on": "2027-01-10",
    "deadline": "2027-01-31",
}
# name, args (fixture keys or values), method, post data, permission needed, editor's status
CASES = [
    ("followup-list", (), "get", None, "view", 200),
    ("followup-todo", (), "get", None, "view", 200),
    ("followup-cycle", ("open",), "get", None, "view", 200),
    ("followup-compare", ("open",), "get", None, "view", 200),
    ("followup-cycle-create", (), "get", None, "manage", 200),
    ("followup-cycle-create", (), "post", CYCLE, "manage", 302),
    ("followup-cycle-edit", ("planned",), "get", None, "manage", 200),
    ("followup-cycle-edit", ("planned",), "post", CYCLE, "manage", 302),
    ("followup-cycle-open", ("planned",), "post", {}, "manage", 302),
    ("followup-cycle-close", ("open",), "post", {}, "manage", 302),
    ("followup-report", ("open", "x"), "get", None, "report", 200),
    (
        "followup-report",
        ("open", "x"),
        "post",
        {"status": "started", "comment": "I gång"},
        "report",
        302,
    ),
    ("followup-report", ("open", "z"), "get", None, "report-other", 200),
    ("followup-report", ("open", "z"), "post", {"status": "done"}, "report-other", 302),
]
IDS = [f"{c[2]}-{c[0]}-{'-'.join(map(str, c[1]))}" for c in CASES]
CASE_ARGS = ("name", "args", "method", "data", "needs", "status")


def request(client, name, args, method, data, found, kolada_id="0180"):
    path = url(name, *[found[a].pk for a in args], kolada_id=kolada_id)
    return client.get(path) if method == "get" else client.post(path, data or {})


def objects(plan, cycles):
    return plan | cycles


def state():
    return (
        sorted(Cycle.objects.values_list("pk", "name", "opened_at", "closed_at")),
        sorted(Report.objects.values_list("pk", "action_id", "status")),
        sorted(ProgressEntry.objects.values_list("pk", "action_id", "percent")),
    )


@pytest.mark.parametrize(CASE_ARGS, CASES, ids=IDS)
def test_editor_of_a_may(
    client_for, editor_a, plan, cycles, name, args, method, data, needs, status
):
    response = request(client_for(editor_a), name, args, method, data, objects(plan, cycles))
    assert response.status_code == status, response.content[:800]


@pytest.mark.parametrize(CASE_ARGS, CASES, ids=IDS)
def test_admin_of_a_may(client_for, admin_a, plan, cycles, name, args, method, data, needs, status):
    response = request(client_for(admin_a), name, args, method, data, objects(plan, cycles))
    assert response.status_code == status


@pytest.mark.parametrize(CASE_ARGS, CASES, ids=IDS)
def test_viewer_of_a_reads_only(
    client_for, viewer_a, plan, cycles, name, args, method, data, needs, status
):
    before = state()
    response = request(client_for(viewer_a), name, args, method, data, objects(plan, cycles))
    assert response.status_code == (200 if needs == "view" else 403)
    assert state() == before


@pytest.mark.parametrize(CASE_ARGS, CASES, ids=IDS)
def test_contributor_reports_only_on_her_own_action(
    client_for, contributor_a, plan, cycles, name, args, method, data, needs, status
):
    before = state()
    response = request(client_for(contributor_a), name, args, method, data, objects(plan, cycles))
    if needs in ("view", "report"):
        assert response.status_code == status
    else:
        assert response.status_code == 403
        assert state() == before


@pytest.mark.parametrize(CASE_ARGS, CASES, ids=IDS)
def test_editor_of_b_is_refused_and_sees_nothing(
    client_for, editor_b, plan, cycles, name, args, method, data, needs, status
):
    before = state()
    response = request(client_for(editor_b), name, args, method, data, objects(plan, cycles))
    assert response.status_code == 403
    assert b"Tertial 2 2026" not in response.content
    assert state() == before


@pytest.mark.parametrize(CASE_ARGS, CASES, ids=IDS)
def test_anonymous_is_sent_to_login(
    client_for, plan, cycles, name, args, method, data, needs, status
):
    before = state()
    response = request(client_for(None), name, args, method, data, objects(plan, cycles))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts-login"))
    assert state() == before


OBJECT_CASES = [c for c in CASES if c[1]]


@pytest.mark.parametrize(CASE_ARGS, OBJECT_CASES, ids=[f"{c[2]}-{c[0]}" for c in OBJECT_CASES])
def test_a_cycle_of_a_under_bs_address_is_not_found(
    client_for, editor_b, plan, cycles, name, args, method, data, needs, status
):
    before = state()
    found = objects(plan, cycles)
    response = request(client_for(editor_b), name, args, method, data, found, kolada_id="1480")
    assert response.status_code == 404
    assert state() == before


def test_an_action_nobody_reports_on_is_not_in_the_cycle(client_for, editor_a, plan, cycles):
    response = client_for(editor_a).get(url("followup-report", cycles["open"].pk, plan["y"].pk))
    assert response.status_code == 404
