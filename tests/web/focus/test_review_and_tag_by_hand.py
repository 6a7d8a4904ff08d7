"""Editors accept or reject suggestions and tag passages and own goals by hand; with HTMX the
passage's section comes back in place, without it the browser returns to the same page."""

import pytest

from styra.web.focus.models import Tag

from .conftest import url

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def klimat(document_a):
    """The climate passage of A's document and its suggestion of goal 13."""
    passage = document_a.passages.get(section="Klimat och miljö")
    return passage, passage.tags.get(goal=13)


def test_accept_a_suggestion_and_go_back_to_the_same_page(client_for, editor_a, klimat):
    passage, tag = klimat
    client = client_for(editor_a)
    response = client.post(url("focus-tag-review", tag.pk), {"status": "accepted", "sida": "1"})
    expected = url("focus-document", passage.document_id) + f"#avsnitt-{passage.pk}"
    assert response.status_code == 302 and response["Location"] == expected
    tag.refresh_from_db()
    assert (tag.status, tag.source, tag.reviewed_by) == ("accepted", "suggested", editor_a)
    assert tag.reviewed_at is not None
    assert "Mål 13, delmål 13.1 är godkänt." in client.get(expected).content.decode()


def test_the_filter_and_page_are_kept(client_for, editor_a, klimat):
    _passage, tag = klimat
    response = client_for(editor_a).post(
        url("focus-tag-review", tag.pk), {"status": "rejected", "visa": "ogranskade", "sida": "2"}
    )
    assert "?visa=ogranskade&sida=2#avsnitt-" in response["Location"]


def test_reject_with_htmx_answers_with_the_passage_section(client_for, editor_a, klimat):
    passage, tag = klimat
    response = client_for(editor_a).post(
        url("focus-tag-review", tag.pk), {"status": "rejected"}, **HTMX
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert page.startswith(f'<section class="focus-unit" id="avsnitt-{passage.pk}"')
    assert "Mål 13, delmål 13.1 är avvisat." in page and "Avvisat" in page
    assert "<html" not in page
    tag.refresh_from_db()
    assert tag.status == "rejected"


def test_a_rejected_suggestion_can_be_accepted_again(client_for, editor_a, klimat):
    _passage, tag = klimat
    client = client_for(editor_a)
    client.post(url("focus-tag-review", tag.pk), {"status": "rejected"})
    client.post(url("focus-tag-review", tag.pk), {"status": "accepted"})
    tag.refresh_from_db()
    assert tag.status == "accepted"


@pytest.mark.parametrize("status", ["", "suggested", "maybe"])
def test_an_unknown_review_is_refused(client_for, editor_a, klimat, status):
    _passage, tag = klimat
    response = client_for(editor_a).post(url("focus-tag-review", tag.pk), {"status": status})
    assert response.status_code == 400
    tag.refresh_from_db()
    assert tag.status == "suggested"


def test_tag_a_passage_by_hand_with_a_target(client_for, editor_a, klimat):
    passage, _tag = klimat
    prefix = f"avsnitt-{passage.pk}"
    response = client_for(editor_a).post(
        url("focus-passage-tag", passage.pk), {f"{prefix}-goal": "3", f"{prefix}-target_id": "3.9"}
    )
    assert response.status_code == 302
    tag = passage.tags.get(goal=3)
    assert (tag.source, tag.status, tag.target_id, tag.score, tag.phrases) == (
        "manual",
        "accepted",
        "3.9",
        None,
        [],
    )


def test_tagging_by_hand_a_suggested_goal_accepts_that_suggestion(client_for, editor_a, klimat):
    passage, tag = klimat
    prefix = f"avsnitt-{passage.pk}"
    client_for(editor_a).post(
        url("focus-passage-tag", passage.pk),
        {f"{prefix}-goal": "13", f"{prefix}-target_id": "13.2"},
    )
    assert passage.tags.filter(goal=13).count() == 1
    tag.refresh_from_db()
    assert (tag.source, tag.status, tag.target_id) == ("suggested", "accepted", "13.2")


def test_a_target_of_another_goal_is_refused_on_its_field(client_for, editor_a, klimat):
    passage, _tag = klimat
    prefix = f"avsnitt-{passage.pk}"
    before = list(Tag.objects.values_list("pk", "goal", "status"))
    response = client_for(editor_a).post(
        url("focus-passage-tag", passage.pk), {f"{prefix}-goal": "4", f"{prefix}-target_id": "13.2"}
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Delmål 13.2 hör till mål 13, inte till mål 4." in page
    assert f'href="#id_{prefix}-target_id"' in page  # the error summary links to the field
    assert f'id="id_{prefix}-target_id_error"' in page
    assert '<details class="focus-manual" open>' in page
    assert list(Tag.objects.values_list("pk", "goal", "status")) == before


def test_with_htmx_the_form_errors_come_back_in_the_section(client_for, editor_a, klimat):
    passage, _tag = klimat
    prefix = f"avsnitt-{passage.pk}"
    response = client_for(editor_a).post(url("focus-passage-tag", passage.pk), {}, **HTMX)
    assert response.status_code == 400  # styra.js has htmx swap it in
    page = response.content.decode()
    assert page.startswith(f'<section class="focus-unit" id="avsnitt-{passage.pk}"')
    assert "Välj ett mål." in page and f'id="id_{prefix}-goal_error"' in page


@pytest.mark.parametrize(
    ("goal", "target", "message"),
    [("18", "", "Välj ett av de 17 målen."), ("4", "4.99", "Välj ett delmål ur listan.")],
)
def test_unknown_goals_and_targets_are_refused(client_for, editor_a, klimat, goal, target, message):
    passage, _tag = klimat
    prefix = f"avsnitt-{passage.pk}"
    response = client_for(editor_a).post(
        url("focus-passage-tag", passage.pk),
        {f"{prefix}-goal": goal, f"{prefix}-target_id": target},
    )
    assert response.status_code == 400
    assert message in response.content.decode()


def test_a_manual_tag_can_be_removed_but_a_suggestion_only_rejected(client_for, editor_a, klimat):
    passage, suggestion = klimat
    client = client_for(editor_a)
    manual = Tag.objects.create(passage=passage, goal=3, source="manual", status="accepted")
    assert client.post(url("focus-tag-delete", suggestion.pk)).status_code == 400
    assert (
        client.post(url("focus-tag-review", manual.pk), {"status": "rejected"}).status_code == 400
    )
    response = client.post(url("focus-tag-delete", manual.pk), **HTMX)
    assert response.status_code == 200 and "Mål 3 är borttaget." in response.content.decode()
    assert not Tag.objects.filter(pk=manual.pk).exists()
    assert Tag.objects.filter(pk=suggestion.pk).exists()


def test_own_goals_are_reviewed_and_tagged_the_same_way(client_for, editor_a, own_goal_a):
    client = client_for(editor_a)
    suggestion = own_goal_a.tags.get(goal=4)
    assert (suggestion.source, suggestion.status, suggestion.target_id) == (
        "suggested",
        "suggested",
        "4.2",
    )
    response = client.post(url("focus-tag-review", suggestion.pk), {"status": "accepted"})
    assert response["Location"] == url("focus-own-goals") + f"#eget-mal-{own_goal_a.pk}"
    prefix = f"eget-mal-{own_goal_a.pk}"
    response = client.post(
        url("focus-own-goal-tag", own_goal_a.pk), {f"{prefix}-goal": "10"}, **HTMX
    )
    assert response.content.decode().startswith(f'<section class="focus-unit" id="{prefix}"')
    assert sorted(own_goal_a.tags.filter(status="accepted").values_list("goal", flat=True)) == [
        4,
        10,
    ]
    response = client.post(url("focus-own-goal-tag", own_goal_a.pk), {f"{prefix}-goal": ""})
    assert response.status_code == 400 and "Välj ett mål." in response.content.decode()


def test_a_passage_page_shows_the_words_found_and_the_buttons_only_to_editors(
    client_for, editor_a, viewer_a, klimat
):
    passage, tag = klimat
    editor_page = client_for(editor_a).get(url("focus-document", passage.document_id)).content
    viewer_page = client_for(viewer_a).get(url("focus-document", passage.document_id)).content
    for page in (editor_page.decode(), viewer_page.decode()):
        assert "Ord i texten: utsläpp, växthusgaser" in page
        assert "Mål 13: Bekämpa klimatförändringen" in page
    assert url("focus-tag-review", tag.pk).encode() in editor_page
    assert url("focus-tag-review", tag.pk).encode() not in viewer_page
    assert "Lägg till ett mål för hand".encode() not in viewer_page


@pytest.mark.parametrize(
    ("shown", "sections"),
    [
        ("alla", ["Förskola och skola", "Klimat och miljö", "Bostäder"]),
        ("ogranskade", ["Förskola och skola", "Bostäder"]),
        ("med-mal", ["Klimat och miljö"]),
        ("utan-mal", ["Förskola och skola", "Bostäder"]),
        ("okänt", ["Förskola och skola", "Klimat och miljö", "Bostäder"]),
    ],
)
def test_the_passage_filter(client_for, editor_a, klimat, shown, sections):
    passage, _tag = klimat
    passage.tags.update(status="accepted")  # every suggestion of the climate passage
    response = client_for(editor_a).get(url("focus-document", passage.document_id), {"visa": shown})
    assert [unit.obj.section for unit in response.context["units"]] == sections
