"""Paper and phone answers: staff type one person's answers in; each is a new response
with its own random participant, marked paper or phone and who entered it."""

from styra.web.dialogue.models import Answer, Channel, Kind, Response, Visibility
from tests.web.pages import field_error_shown, text_of

from .staff_helpers import add, open_dialogue, url  # noqa: F401


def fields(dialogue):
    rank, choice, text = dialogue.questions.all()
    return rank, choice, text


def test_two_paper_answers_are_two_responses(client_for, editor_a, open_dialogue):  # noqa: F811
    rank, choice, text = fields(open_dialogue)
    client = client_for(editor_a)
    first = {
        "channel": "paper",
        f"q{rank.pk}_13": "1",
        f"q{rank.pk}_3": "2",
        f"q{choice.pk}": "Cykel",
        f"q{text.pk}": "Fler träd",
    }
    assert client.post(url("dialogue-entry", open_dialogue.pk), first).status_code == 302
    second = {"channel": "phone", f"q{choice.pk}": "Buss"}
    assert client.post(url("dialogue-entry", open_dialogue.pk), second).status_code == 302
    paper, phone = Response.objects.order_by("pk")
    assert (paper.channel, phone.channel) == (Channel.PAPER, Channel.PHONE)
    assert paper.entered_by == editor_a and paper.participant != phone.participant
    assert len(paper.participant) == 64
    values = {a.question_id: a.value for a in paper.answers.all()}
    assert values == {rank.pk: [13, 3], choice.pk: "Cykel", text.pk: "Fler träd"}
    # the dialogue moderates before showing: the text waits, the other answers are shown
    assert Answer.objects.get(question=text).visibility == Visibility.PENDING
    assert Answer.objects.get(response=paper, question=choice).visibility == Visibility.SHOWN


def test_two_goals_in_the_same_place_are_refused(client_for, editor_a, open_dialogue):  # noqa: F811
    rank, _choice, _text = fields(open_dialogue)
    data = {"channel": "paper", f"q{rank.pk}_13": "1", f"q{rank.pk}_11": "1"}
    response = client_for(editor_a).post(url("dialogue-entry", open_dialogue.pk), data)
    field_error_shown(response, f"q{rank.pk}_3", "Två mål har fått samma plats.")
    assert not Response.objects.exists()


def test_points_must_add_up_and_required_questions_be_answered(client_for, editor_a, open_dialogue):  # noqa: F811, E501
    points = add(open_dialogue, Kind.POINTS, "Poäng", options=["Skola", "Vård"], required=True)
    client = client_for(editor_a)
    data = {"channel": "paper", f"q{points.pk}_0": "60", f"q{points.pk}_1": "30"}
    response = client.post(url("dialogue-entry", open_dialogue.pk), data)
    field_error_shown(response, f"q{points.pk}_0", "Poängen ska bli 100 tillsammans, nu är de 90.")
    response = client.post(url("dialogue-entry", open_dialogue.pk), {"channel": "phone"})
    field_error_shown(response, f"q{points.pk}_0", "Frågan måste besvaras.")
    assert not Response.objects.exists()


def test_an_empty_answer_and_a_missing_channel_are_refused(client_for, editor_a, open_dialogue):  # noqa: F811
    client = client_for(editor_a)
    response = client.post(url("dialogue-entry", open_dialogue.pk), {"channel": "paper"})
    assert response.status_code == 400
    assert "Svaret är tomt: fyll i minst en fråga." in text_of(response)
    response = client.post(url("dialogue-entry", open_dialogue.pk), {})
    field_error_shown(response, "channel", "Detta fält måste fyllas i.")
    assert not Response.objects.exists()


def test_background_is_asked_only_when_turned_on(client_for, editor_a, open_dialogue):  # noqa: F811
    client = client_for(editor_a)
    page = text_of(client.get(url("dialogue-entry", open_dialogue.pk)))
    assert "bakgrund_age" not in page
    open_dialogue.ask_age, open_dialogue.age_purpose = True, "Nå fler unga"
    open_dialogue.save()
    _rank, choice, _text = fields(open_dialogue)
    data = {"channel": "paper", "bakgrund_age": "20-39", f"q{choice.pk}": "Buss"}
    assert client.post(url("dialogue-entry", open_dialogue.pk), data).status_code == 302
    assert Response.objects.get().background == {"age": "20-39"}
