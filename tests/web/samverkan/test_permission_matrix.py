"""Every samverkan URL with editor of A, viewer of A, editor of B and an anonymous visitor.

Members of A read, editors of A change; editor of B is refused (403 on A's
pages, 404 for A's actors and roles under B's address) and never sees A's data.
"""

import pytest
from django.urls import reverse

from styra.web.samverkan.models import Actor, Involvement

from .conftest import PARTNER_A, SECRET_A, url

# name, args (from the fixtures), method, post data, needs "change"
CASES = [
    ("samverkan-overview", (), "get", None, False),
    ("samverkan-matrix-export", ("xlsx",), "get", None, False),
    ("samverkan-matrix-export", ("csv",), "get", None, False),
    ("samverkan-actors", (), "get", None, False),
    ("samverkan-goal", (13,), "get", None, False),
    ("samverkan-actor-create", (), "get", None, True),
    ("samverkan-actor-create", (), "post", {"name": "Nya bolaget", "category": "bolag"}, True),
    ("samverkan-actor-edit", ("unit",), "get", None, True),
    (
        "samverkan-actor-edit",
        ("unit",),
        "post",
        {"name": "Omdöpta förvaltningen", "category": "forvaltning"},
        True,
    ),
    ("samverkan-actor-delete", ("unit",), "get", None, True),
    ("samverkan-actor-delete", ("unit",), "post", {}, True),
    (
        "samverkan-goal",
        (13,),
        "post",
        {"actor": "partner", "target_id": "13.1", "role": "contribute"},
        True,
    ),
    ("samverkan-involvement-edit", ("lead",), "get", None, True),
    ("samverkan-involvement-edit", ("lead",), "post", {"role": "inform", "note": ""}, True),
    ("samverkan-involvement-delete", ("lead",), "post", {}, True),
]
IDS = [f"{method}-{name}-{'-'.join(map(str, args))}" for name, args, method, _d, _c in CASES]


@pytest.fixture
def register_a(unit_a, partner_a, lead_a):
    return {"unit": unit_a.pk, "partner": partner_a.pk, "lead": lead_a.pk}


def resolved(args, objects):
    return [objects.get(arg, arg) if isinstance(arg, str) else arg for arg in args]


def request(client, name, args, method, data, objects, kolada_id="0180"):
    path = url(name, *resolved(args, objects), kolada_id=kolada_id)
    if method == "get":
        return client.get(path)
    data = {key: objects.get(value, value) for key, value in (data or {}).items()}
    return client.post(path, data)


def state():
    return (
        sorted(Actor.objects.values_list("pk", "name", "category")),
        sorted(Involvement.objects.values_list("pk", "actor_id", "goal", "target_id", "role")),
    )


@pytest.mark.parametrize(("name", "args", "method", "data", "change"), CASES, ids=IDS)
def test_editor_of_a_may(client_for, editor_a, register_a, name, args, method, data, change):
    response = request(client_for(editor_a), name, args, method, data, register_a)
    assert response.status_code == (200 if method == "get" else 302), response.content[:500]


@pytest.mark.parametrize(("name", "args", "method", "data", "change"), CASES, ids=IDS)
def test_viewer_of_a_reads_only(client_for, viewer_a, register_a, name, args, method, data, change):
    before = state()
    response = request(client_for(viewer_a), name, args, method, data, register_a)
    assert response.status_code == (403 if change else 200)
    assert state() == before


@pytest.mark.parametrize(("name", "args", "method", "data", "change"), CASES, ids=IDS)
def test_editor_of_b_is_refused_and_sees_nothing(
    client_for, editor_b, register_a, name, args, method, data, change
):
    before = state()
    response = request(client_for(editor_b), name, args, method, data, register_a)
    assert response.status_code == 403
    assert SECRET_A.encode() not in response.content
    assert PARTNER_A.encode() not in response.content
    assert state() == before


@pytest.mark.parametrize(("name", "args", "method", "data", "change"), CASES, ids=IDS)
def test_anonymous_is_sent_to_login(client_for, register_a, name, args, method, data, change):
    before = state()
    response = request(client_for(None), name, args, method, data, register_a)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts-login"))
    assert state() == before


OBJECT_CASES = [case for case in CASES if any(a in ("unit", "lead") for a in case[1])]


@pytest.mark.parametrize(
    ("name", "args", "method", "data", "change"),
    OBJECT_CASES,
    ids=[f"{c[2]}-{c[0]}" for c in OBJECT_CASES],
)
def test_a_objects_under_b_address_are_404_for_editor_of_b(
    client_for, editor_b, unit_b, register_a, name, args, method, data, change
):
    before = state()
    response = request(client_for(editor_b), name, args, method, data, register_a, "1480")
    assert response.status_code == 404
    assert SECRET_A.encode() not in response.content
    assert state() == before


def test_actor_of_a_cannot_be_given_a_role_in_b(client_for, editor_b, unit_b, register_a):
    before = state()
    response = client_for(editor_b).post(
        url("samverkan-goal", 13, kolada_id="1480"),
        {"actor": register_a["unit"], "target_id": "", "role": "lead"},
    )
    assert response.status_code == 400
    assert "actor" in response.context["form"].errors
    assert SECRET_A not in response.content.decode()
    assert state() == before


@pytest.mark.parametrize(
    "name_args",
    [
        ("samverkan-overview",),
        ("samverkan-actors",),
        ("samverkan-goal", 13),
        ("samverkan-matrix-export", "csv"),
        ("samverkan-matrix-export", "xlsx"),
        ("samverkan-actor-create",),
    ],
)
def test_b_pages_show_none_of_a(client_for, editor_b, unit_b, register_a, name_args):
    name, *args = name_args
    response = client_for(editor_b).get(url(name, *args, kolada_id="1480"))
    assert response.status_code == 200
    assert SECRET_A.encode() not in response.content
    assert PARTNER_A.encode() not in response.content


def test_unknown_organisation_is_404(client_for, editor_a):
    assert client_for(editor_a).get(url("samverkan-overview", kolada_id="9999")).status_code == 404


def test_admin_of_a_may_change(client_for, admin_a, register_a):
    response = client_for(admin_a).get(url("samverkan-actor-create"))
    assert response.status_code == 200
