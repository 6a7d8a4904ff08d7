"""Every focus URL with editor of A, viewer of A, editor of B and an anonymous visitor.

Members of A read (the documents are private to A), editors of A change; editor
of B is refused (403 on A's pages, 404 for A's documents, passages, tags and own
goals under B's address) and never sees A's data; nothing changes unless allowed.
"""

import pytest
from django.urls import reverse

from styra.web.focus.models import Document, OwnGoal, Passage, Tag

from .conftest import OWN_GOAL_A, SECRET_A, counts, text_file, url

# name, args (resolved from the fixtures), method, post data, needs "change", POST answer
CASES = [
    ("focus-overview", (), "get", None, False, 200),
    ("focus-export", ("csv",), "get", None, False, 200),
    ("focus-export", ("xlsx",), "get", None, False, 200),
    ("focus-documents", (), "get", None, False, 200),
    ("focus-document", ("document",), "get", None, False, 200),
    ("focus-document-file", ("document",), "get", None, False, 200),
    ("focus-own-goals", (), "get", None, False, 200),
    ("focus-document-upload", (), "get", None, True, 200),
    ("focus-document-upload", (), "post", {"file": "upload", "kind": "strategi"}, True, 302),
    ("focus-document-delete", ("document",), "get", None, True, 200),
    ("focus-document-delete", ("document",), "post", {}, True, 302),
    ("focus-passage-tag", ("passage",), "post", {"avsnitt-{passage}-goal": "14"}, True, 302),
    ("focus-tag-review", ("suggestion",), "post", {"status": "accepted"}, True, 302),
    ("focus-tag-review", ("suggestion",), "post", {"status": "rejected"}, True, 302),
    ("focus-tag-delete", ("manual",), "post", {}, True, 302),
    ("focus-passage-accept-all", ("passage",), "post", {}, True, 302),
    ("focus-document-accept-all", ("document",), "post", {}, True, 302),
    ("focus-own-goal-create", (), "get", None, True, 200),
    (
        "focus-own-goal-create",
        (),
        "post",
        {"body": "Miljönämnden", "text": "Utsläppen av växthusgaser ska minska."},
        True,
        302,
    ),
    ("focus-own-goal-edit", ("own_goal",), "get", None, True, 200),
    (
        "focus-own-goal-edit",
        ("own_goal",),
        "post",
        {"body": "Förskolenämnden", "text": "Fler barn ska gå i förskolan.", "year": "2026"},
        True,
        302,
    ),
    ("focus-own-goal-delete", ("own_goal",), "get", None, True, 200),
    ("focus-own-goal-delete", ("own_goal",), "post", {}, True, 302),
    ("focus-own-goal-tag", ("own_goal",), "post", {"eget-mal-{own_goal}-goal": "3"}, True, 302),
]
IDS = [f"{c[2]}-{c[0]}-{'-'.join(map(str, c[1]))}" for c in CASES]


@pytest.fixture
def objects_a(document_a, own_goal_a, editor_a):
    passage = document_a.passages.first()
    manual = Tag.objects.create(
        passage=passage, goal=16, source="manual", status="accepted", reviewed_by=editor_a
    )
    suggestion = Tag.objects.filter(passage__document=document_a, source="suggested").first()
    return {
        "document": document_a.pk,
        "passage": passage.pk,
        "own_goal": own_goal_a.pk,
        "manual": manual.pk,
        "suggestion": suggestion.pk,
    }


def request(client, case, objects, kolada_id="0180"):
    name, args, method, data, _change, _answer = case
    path = url(
        name, *[objects.get(a, a) if isinstance(a, str) else a for a in args], kolada_id=kolada_id
    )
    if method == "get":
        return client.get(path)
    posted = {}
    for key, value in (data or {}).items():
        key = key.format(**objects)
        posted[key] = text_file() if value == "upload" else value
    return client.post(path, posted)


def state():
    return (
        counts(),
        sorted(Tag.objects.values_list("pk", "goal", "target_id", "status")),
        sorted(OwnGoal.objects.values_list("pk", "body", "text", "year")),
        sorted(Document.objects.values_list("pk", "title")),
        Passage.objects.count(),
    )


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_editor_of_a_may(client_for, editor_a, objects_a, case):
    response = request(client_for(editor_a), case, objects_a)
    assert response.status_code == case[5], response.content[:800]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_viewer_of_a_reads_only(client_for, viewer_a, objects_a, case):
    before = state()
    response = request(client_for(viewer_a), case, objects_a)
    assert response.status_code == (403 if case[4] else 200)
    assert state() == before


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_editor_of_b_is_refused_and_sees_nothing(client_for, editor_b, objects_a, case):
    before = state()
    response = request(client_for(editor_b), case, objects_a)
    assert response.status_code == 403
    assert SECRET_A.encode() not in response.content
    assert OWN_GOAL_A.encode() not in response.content
    assert state() == before


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_anonymous_is_sent_to_login(client_for, objects_a, case):
    before = state()
    response = request(client_for(None), case, objects_a)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts-login"))
    assert state() == before


OBJECT_CASES = [
    c
    for c in CASES
    if c[1] and c[1][0] in ("document", "passage", "suggestion", "manual", "own_goal")
]


@pytest.mark.parametrize("case", OBJECT_CASES, ids=[f"{c[2]}-{c[0]}" for c in OBJECT_CASES])
def test_a_objects_under_b_address_are_404_for_editor_of_b(
    client_for, editor_b, document_b, objects_a, case
):
    before = state()
    response = request(client_for(editor_b), case, objects_a, kolada_id="1480")
    assert response.status_code == 404
    assert SECRET_A.encode() not in response.content
    assert state() == before


@pytest.mark.parametrize("name", ["focus-overview", "focus-documents", "focus-own-goals"])
def test_b_pages_show_none_of_a(client_for, editor_b, document_b, objects_a, name):
    response = client_for(editor_b).get(url(name, kolada_id="1480"))
    assert response.status_code == 200
    assert SECRET_A.encode() not in response.content
    assert OWN_GOAL_A.encode() not in response.content


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_b_export_holds_none_of_a(client_for, editor_b, document_b, objects_a, fmt):
    response = client_for(editor_b).get(url("focus-export", fmt, kolada_id="1480"))
    assert response.status_code == 200
    assert SECRET_A.encode() not in response.content


def test_unknown_organisation_is_404(client_for, editor_a):
    assert client_for(editor_a).get(url("focus-overview", kolada_id="9999")).status_code == 404


def test_unknown_export_format_is_404(client_for, editor_a):
    assert client_for(editor_a).get(url("focus-export", "pdf")).status_code == 404


def test_admin_of_a_may_change(client_for, admin_a, objects_a):
    response = client_for(admin_a).get(url("focus-document-upload"))
    assert response.status_code == 200


@pytest.mark.parametrize(
    "name",
    [
        "focus-passage-tag",
        "focus-tag-review",
        "focus-tag-delete",
        "focus-own-goal-tag",
        "focus-passage-accept-all",
        "focus-document-accept-all",
    ],
)
def test_post_only_urls_refuse_get(client_for, editor_a, objects_a, name):
    arg = {
        "focus-passage-tag": "passage",
        "focus-own-goal-tag": "own_goal",
        "focus-passage-accept-all": "passage",
        "focus-document-accept-all": "document",
    }.get(name, "manual")
    assert client_for(editor_a).get(url(name, objects_a[arg])).status_code == 405
