"""Every staff URL of the medborgardialog with admin, editor, contributor and viewer of A,
editor of B and an anonymous visitor.

Members of A read dialogues, results and proposals; editors and admins of A change
everything; editor of B is refused (403) and never sees A's dialogue; under B's address
A's dialogue does not exist (404); anonymous visitors are sent to log in.
"""

import pytest

from styra.web.dialogue.models import Answer, Dialogue, Kind, ModerationEntry, Question

from .staff_helpers import DAY, add, answered, make_dialogue, open_dialogue, url  # noqa: F401

DIALOGUE = {
    "title": "Trygghet i parkerna",
    "introduction": "Vad gör parkerna trygga?",
    "opens_on": "1/3 2027",
    "opens_time": "08:00",
    "closes_on": "2027-03-31",
    "closes_time": "17.30",
    "moderation": "after",
    "support_threshold": "25",
}
QUESTION = {"kind": "single", "text": "Hur ofta?", "options_text": "Ofta\nSällan"}
DECISION = {"visibility": "shown", "reason": "Följer reglerna"}
# name, the object in the URL, method, data, permission needed, editor's status
CASES = [
    ("dialogue-list", None, "get", None, "view", 200),
    ("dialogue-create", None, "get", None, "change", 200),
    ("dialogue-create", None, "post", DIALOGUE, "change", 302),
    ("dialogue-detail", "answered", "get", None, "view", 200),
    ("dialogue-edit", "answered", "get", None, "change", 200),
    ("dialogue-edit", "answered", "post", DIALOGUE, "change", 302),
    ("dialogue-delete", "empty", "get", None, "change", 200),
    ("dialogue-delete", "empty", "post", {}, "change", 302),
    ("dialogue-feeds", "closed", "post", {"anvand": "1"}, "change", 302),
    ("dialogue-add-question", "empty", "get", None, "change", 200),
    ("dialogue-add-question", "empty", "post", QUESTION, "change", 302),
    ("dialogue-question-edit", "question", "get", None, "change", 200),
    ("dialogue-question-edit", "question", "post", QUESTION, "change", 302),
    ("dialogue-question-delete", "question", "get", None, "change", 200),
    ("dialogue-question-delete", "question", "post", {}, "change", 302),
    ("dialogue-question-move", "question", "post", {"riktning": "upp"}, "change", 302),
    ("dialogue-entry", "answered", "get", None, "change", 200),
    ("dialogue-entry", "answered", "post", {"channel": "paper", "ANY": "1"}, "change", 302),
    ("dialogue-moderation", "answered", "get", None, "change", 200),
    ("dialogue-moderation-history", "answered", "get", None, "change", 200),
    ("dialogue-answer-moderate", "answer", "get", None, "change", 200),
    ("dialogue-answer-moderate", "answer", "post", DECISION, "change", 302),
    ("dialogue-proposal-moderate", "proposal", "get", None, "change", 200),
    ("dialogue-proposal-moderate", "proposal", "post", DECISION, "change", 302),
    ("dialogue-proposals", "answered", "get", None, "view", 200),
    ("dialogue-proposal-reply", "proposal", "get", None, "change", 200),
    ("dialogue-proposal-reply", "proposal", "post", {"reply": "Vi gör det."}, "change", 302),
    ("dialogue-results", "answered", "get", None, "view", 200),
    ("dialogue-results-file", "answered", "get", None, "view", 200),
]
IDS = [f"{c[2]}-{c[0]}" for c in CASES]
ARGS = ("name", "key", "method", "data", "needs", "status")


@pytest.fixture
def found(org_a, answered):  # noqa: F811
    empty = make_dialogue(org_a, title="Tom dialog")
    first = add(empty, Kind.TEXT, "Först")
    second = add(empty, Kind.TEXT, "Sedan")
    closed = make_dialogue(org_a, title="Stängd", opens=-9 * DAY, closes=-DAY)
    add(closed, Kind.RANK_GOALS, "Rangordna")
    del first
    return {
        "answered": answered,
        "empty": empty,
        "closed": closed,
        "question": second,
        "answer": Answer.objects.get(question__kind=Kind.TEXT, response__dialogue=answered),
        "proposal": answered.questions.get(kind=Kind.PROPOSALS).proposals.get(),
    }


def request(client, name, key, method, data, found, kolada_id="0180"):
    args = [] if key is None else [found[key].pk]
    if name == "dialogue-results-file":
        args.append("csv")
    data = dict(data or {})
    if "ANY" in data:  # an answer to the ranking question of the answered dialogue
        del data["ANY"]
        rank = found["answered"].questions.get(kind=Kind.RANK_GOALS)
        data[f"q{rank.pk}_3"] = "1"
    path = url(name, *args, kolada_id=kolada_id)
    return client.get(path) if method == "get" else client.post(path, data)


def state():
    return (
        sorted(Dialogue.objects.values_list("pk", "title", "feeds_priorities")),
        sorted(Question.objects.values_list("pk", "text", "position")),
        Answer.objects.count(),
        ModerationEntry.objects.count(),
    )


@pytest.mark.parametrize(ARGS, CASES, ids=IDS)
@pytest.mark.parametrize("who", ["editor_a", "admin_a"])
def test_editors_and_admins_of_a_may(
    request, client_for, found, who, name, key, method, data, needs, status
):  # noqa: E501
    response = request_as(request, client_for, who, name, key, method, data, found)
    assert response.status_code == status, response.content[:600]


def request_as(fixture_request, client_for, who, name, key, method, data, found):
    user = fixture_request.getfixturevalue(who)
    return request(client_for(user), name, key, method, data, found)


@pytest.mark.parametrize(ARGS, CASES, ids=IDS)
@pytest.mark.parametrize("who", ["viewer_a", "contributor_a"])
def test_members_of_a_read_only(
    request, client_for, found, who, name, key, method, data, needs, status
):  # noqa: E501
    before = state()
    response = request_as(request, client_for, who, name, key, method, data, found)
    assert response.status_code == (200 if needs == "view" else 403)
    assert state() == before


@pytest.mark.parametrize(ARGS, CASES, ids=IDS)
def test_editor_of_b_is_refused_and_sees_nothing(
    client_for, editor_b, found, name, key, method, data, needs, status
):  # noqa: E501
    before = state()
    response = request(client_for(editor_b), name, key, method, data, found)
    assert response.status_code == 403
    assert b"Stockholms m" not in response.content
    assert state() == before


@pytest.mark.parametrize(
    ARGS, [c for c in CASES if c[1]], ids=[i for i, c in zip(IDS, CASES, strict=True) if c[1]]
)  # noqa: E501
def test_under_bs_address_as_dialogue_does_not_exist(
    client_for, editor_b, found, name, key, method, data, needs, status
):  # noqa: E501
    before = state()
    response = request(client_for(editor_b), name, key, method, data, found, kolada_id="1480")
    assert response.status_code == 404
    assert state() == before


@pytest.mark.parametrize(ARGS, CASES, ids=IDS)
def test_anonymous_is_sent_to_login(client_for, found, name, key, method, data, needs, status):
    before = state()
    response = request(client_for(None), name, key, method, data, found)
    assert response.status_code == 302 and "/konto/logga-in/" in response["Location"]
    assert state() == before
