"""Creating a dialogue and its questions: Swedish dates and times, purposes of the
background questions, each kind's own checks (400 with the error at the field), and
questions that cannot change once there are answers."""

import datetime as dt

import pytest
from django.utils import timezone

from styra.web.dialogue.models import Dialogue, Question
from styra.web.priorities.decisions.models import Decision
from tests.web.pages import field_error_shown, text_of

from .staff_helpers import answered, open_dialogue, url  # noqa: F401

GOOD = {
    "title": "Trygghet i parkerna",
    "opens_on": "1 mars 2027",
    "opens_time": "8",
    "closes_on": "31/3 2027",
    "closes_time": "17:30",
    "moderation": "before",
    "support_threshold": "25",
}


def test_a_dialogue_with_swedish_dates_and_a_background_question(client_for, editor_a, org_a):
    data = GOOD | {
        "ask_district": "on",
        "district_purpose": "Se om svaren skiljer sig mellan stadsdelarna.",
        "districts_text": "Norr\n\nSöder\n",
    }
    response = client_for(editor_a).post(url("dialogue-create"), data)
    assert response.status_code == 302
    saved = Dialogue.objects.get()
    assert timezone.localtime(saved.opens_at).replace(tzinfo=None) == dt.datetime(2027, 3, 1, 8)
    assert timezone.localtime(saved.closes_at).replace(tzinfo=None) == dt.datetime(
        2027, 3, 31, 17, 30
    )
    assert saved.districts == ["Norr", "Söder"] and saved.created_by == editor_a
    assert saved.organisation == org_a and not saved.ask_age


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"ask_age": "on"}, "age_purpose", "Skriv varför ni ställer frågan"),
        ({"closes_on": "2027-02-01"}, "closes_on", "Dialogen måste stänga efter att den öppnar."),
        ({"opens_time": "25:00"}, "opens_time", "Skriv klockslaget som 08:00 eller 17.30."),
        ({"opens_on": "03/31/2027"}, "opens_on", "dag före månad"),
        (
            {"ask_district": "on", "district_purpose": "Jämföra", "districts_text": "Norr"},
            "districts_text",
            "Skriv minst två områden",
        ),
        ({"title": ""}, "title", "Detta fält måste fyllas i."),
    ],
)
def test_a_bad_dialogue_names_the_field(client_for, editor_a, org_a, change, field, message):
    response = client_for(editor_a).post(url("dialogue-create"), GOOD | change)
    field_error_shown(response, field, message)
    assert not Dialogue.objects.exists()


def post_question(client, dialogue, data):
    return client.post(url("dialogue-add-question", dialogue.pk), data)


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (
            {"kind": "single", "options_text": "Bara en"},
            "options_text",
            "minst två svarsalternativ",
        ),
        ({"kind": "multiple", "options_text": "A\na"}, "options_text", "”a” står två gånger."),
        (
            {"kind": "rank_goals", "goals_from": "chosen", "chosen_goals": ["3"]},
            "chosen_goals",
            "Välj minst två mål.",
        ),
        (
            {"kind": "rank_goals", "goals_from": "prioritised"},
            "goals_from",
            "Organisationen har inte beslutat om minst två prioriterade mål ännu.",
        ),
        (
            {"kind": "points", "points_over": "items", "options_text": "A"},
            "options_text",
            "minst två",
        ),
        (
            {"kind": "scale", "scale_min": "1", "scale_max": "2"},
            "scale_max",
            "Skalan behöver minst tre steg",
        ),
        ({"kind": "scale", "scale_min": "3", "scale_max": "9"}, "scale_min", "0 eller 1"),
        ({"kind": "scale", "scale_min": "1", "scale_max": "11"}, "scale_max", "10"),
        ({"kind": "matrix", "options_text": "Luft", "columns_text": "Bra"}, "columns_text", "två"),
    ],
)
def test_each_kind_is_checked(client_for, editor_a, open_dialogue, data, field, message):  # noqa: F811
    before = Question.objects.count()
    response = post_question(client_for(editor_a), open_dialogue, {"text": "Fråga"} | data)
    field_error_shown(response, field, message)
    assert Question.objects.count() == before


def test_each_kind_is_saved_in_its_shape(client_for, editor_a, org_a, open_dialogue):  # noqa: F811
    Decision.objects.create(
        organisation=org_a,
        goals=[13, 11],
        body="KS",
        decided_on=dt.date(2026, 5, 1),
        reference="§ 1",
        motivation="Klimatet.",
        snapshot={},
    )
    client = client_for(editor_a)
    posts = [
        {"kind": "rank_goals", "text": "Alla", "goals_from": "all"},
        {"kind": "rank_goals", "text": "Prio", "goals_from": "prioritised"},
        {"kind": "points", "text": "Mål", "goals_from": "chosen", "chosen_goals": ["5", "1"]},
        {"kind": "points", "text": "Egna", "points_over": "items", "options_text": "Skola\nVård"},
        {"kind": "scale", "text": "Nöjd", "scale_min": "0", "scale_max": "10", "low_label": "Inte"},
        {
            "kind": "matrix",
            "text": "M",
            "options_text": "Luft\nVatten",
            "columns_text": "Lite\nMer",
        },
        {"kind": "text", "text": "Fritt", "options_text": "kastas"},
    ]
    for data in posts:
        assert post_question(client, open_dialogue, data).status_code == 302
    saved = {q.text: q for q in open_dialogue.questions.all()}
    assert saved["Alla"].goals == [] and saved["Prio"].goals == [11, 13]
    assert saved["Mål"].goals == [1, 5] and saved["Mål"].options == ["1", "5"]
    assert saved["Egna"].options == ["Skola", "Vård"] and saved["Egna"].goals == []
    assert (saved["Nöjd"].scale_min, saved["Nöjd"].scale_max) == (0, 10)
    assert saved["Nöjd"].columns == ["Inte", ""]
    assert saved["M"].options == ["Luft", "Vatten"] and saved["M"].columns == ["Lite", "Mer"]
    assert saved["Fritt"].options == []
    assert [q.position for q in open_dialogue.questions.all()] == list(range(10))


def test_questions_move_up_and_down(client_for, editor_a, open_dialogue):  # noqa: F811
    first, second, third = open_dialogue.questions.all()
    client_for(editor_a).post(url("dialogue-question-move", third.pk), {"riktning": "upp"})
    assert list(open_dialogue.questions.all()) == [first, third, second]


def test_questions_are_fixed_once_there_are_answers(client_for, editor_a, answered):  # noqa: F811
    client = client_for(editor_a)
    question = answered.questions.first()
    before = list(answered.questions.values_list("pk", "text", "position"))
    for response in (
        client.get(url("dialogue-question-edit", question.pk)),
        client.post(url("dialogue-question-edit", question.pk), {"kind": "text", "text": "Ny"}),
        client.post(url("dialogue-question-delete", question.pk)),
        client.post(url("dialogue-add-question", answered.pk), {"kind": "text", "text": "Ny"}),
        client.post(url("dialogue-question-move", question.pk), {"riktning": "ned"}),
    ):
        assert response.status_code == 403
        assert "frågorna kan inte ändras längre" in text_of(response)
    assert list(answered.questions.values_list("pk", "text", "position")) == before
    page = text_of(client.get(url("dialogue-detail", answered.pk)))
    assert "Dialogen har svar, så frågorna kan inte ändras längre." in page


def test_a_dialogue_with_answers_cannot_be_deleted(client_for, editor_a, answered):  # noqa: F811
    response = client_for(editor_a).post(url("dialogue-delete", answered.pk))
    assert response.status_code == 403 and Dialogue.objects.filter(pk=answered.pk).exists()


def test_the_list_shows_state_answers_and_duplicates(client_for, viewer_a, answered):  # noqa: F811
    Dialogue.objects.filter(pk=answered.pk).update(duplicates=4)
    text = text_of(client_for(viewer_a).get(url("dialogue-list")))
    row = text[text.index("Stockholms mål") :]
    row = row[: row.index("</tr>")]
    assert "Öppen" in row and '<td class="number">2</td>' in row
    assert '<td class="number">4</td>' in row and '<td class="number">1</td>' in row
    assert "Ny dialog" not in text  # a viewer may not create one
