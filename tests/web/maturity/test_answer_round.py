"""Answering a round: saving, changing until it closes, and bad input named by field."""

import pytest
from django.urls import reverse

from styra.maturity import dimension_ids
from styra.web.maturity.models import Answer, Response

from .conftest import answer_data

FIRST = dimension_ids()[0]  # political_decision


def answer_url(round):
    return reverse("maturity-answer", args=[round.organisation_id, round.pk])


def levels_of(user, round):
    return dict(
        Answer.objects.filter(response__round=round, response__respondent=user).values_list(
            "dimension_id", "level"
        )
    )


def test_the_form_has_one_fieldset_per_dimension_with_every_level_described(
    client_for, viewer_a, round_a
):
    html = client_for(viewer_a).get(answer_url(round_a)).content.decode()
    assert html.count('<fieldset class="dimension"') == 1 + len(dimension_ids())
    assert "Politiskt beslut och ägarskap" in html
    assert "Agenda 2030 har inte behandlats politiskt." in html  # level 0 of the first
    assert f'<label for="id_level_{FIRST}_4">' in html
    assert 'type="radio" name="group" value="styrgrupp"' in html


def test_answers_are_saved_and_the_user_goes_to_the_results(client_for, viewer_a, round_a):
    levels = dict(zip(dimension_ids(), [0, 1, 2, 3, 4, 2, 1], strict=True))
    data = answer_data(levels, "arbetsgrupp", follow_up="Vi följer bara upp budgeten.")
    response = client_for(viewer_a).post(answer_url(round_a), data)
    assert response.status_code == 302
    assert response["Location"] == reverse("maturity-results", args=["0180", round_a.pk])
    saved = Response.objects.get(round=round_a, respondent=viewer_a)
    assert saved.group == "arbetsgrupp"
    assert levels_of(viewer_a, round_a) == levels
    assert saved.answers.get(dimension_id="follow_up").comment == "Vi följer bara upp budgeten."


def test_a_respondent_changes_their_answers_and_stays_one_respondent(client_for, viewer_a, round_a):
    client = client_for(viewer_a)
    client.post(answer_url(round_a), answer_data(1))
    first = Response.objects.get(round=round_a, respondent=viewer_a).updated_at
    page = client.get(answer_url(round_a)).content.decode()
    assert f'name="level_{FIRST}" value="1" id="id_level_{FIRST}_1" required checked' in page
    client.post(answer_url(round_a), answer_data(3, "annan"))
    response = Response.objects.get(round=round_a, respondent=viewer_a)
    assert response.group == "annan" and response.updated_at > first
    assert set(levels_of(viewer_a, round_a).values()) == {3}
    assert Answer.objects.filter(response__round=round_a).count() == len(dimension_ids())


def test_a_closed_round_refuses_answers(client_for, viewer_a, round_a):
    round_a.closed = True
    round_a.save()
    client = client_for(viewer_a)
    results = reverse("maturity-results", args=["0180", round_a.pk])
    for response in (
        client.get(answer_url(round_a)),
        client.post(answer_url(round_a), answer_data(2)),
    ):
        assert response.status_code == 302 and response["Location"] == results
    assert not Response.objects.filter(round=round_a).exists()
    page = client.get(results).content.decode()
    assert "Omgången är stängd. Svaren kan inte längre ändras." in page
    assert answer_url(round_a) not in page


def test_closing_between_page_and_post_saves_nothing(client_for, viewer_a, round_a, monkeypatch):
    from styra.web.maturity import views

    def closed_meanwhile(*args):
        raise ValueError("the round is closed")

    monkeypatch.setattr(views, "save_response", closed_meanwhile)
    response = client_for(viewer_a).post(answer_url(round_a), answer_data(2))
    assert response.status_code == 302
    assert not Response.objects.exists()


def test_missing_levels_and_group_are_named_and_nothing_is_saved(client_for, viewer_a, round_a):
    data = answer_data(2)
    del data["group"], data[f"level_{FIRST}"]
    response = client_for(viewer_a).post(answer_url(round_a), data)
    assert response.status_code == 400
    assert not Response.objects.exists()
    html = response.content.decode()
    assert "Svaren sparades inte: rätta de här fälten" in html
    link = f'<a href="#id_level_{FIRST}_0">Politiskt beslut och ägarskap</a>'
    assert f"{link}: Välj en nivå från 0 till 4." in html
    assert (
        '<a href="#id_group_0">Jag svarar som medlem i</a>: Välj vilken grupp du svarar som.'
        in html
    )
    assert f'aria-describedby="id_level_{FIRST}_error"' in html
    assert f'id="id_level_{FIRST}_error"' in html
    # what was chosen is kept
    assert 'value="2" id="id_level_steering_group_2" required checked' in html
    assert html.count("<title>Fel:") == 1


@pytest.mark.parametrize("bad", ["5", "-1", "två", "2.5", ""])
def test_a_level_outside_0_to_4_is_refused_by_field(client_for, viewer_a, round_a, bad):
    data = answer_data(2)
    data["level_competence"] = bad
    response = client_for(viewer_a).post(answer_url(round_a), data)
    assert response.status_code == 400
    assert response.context["form"].errors["level_competence"] == ["Välj en nivå från 0 till 4."]
    assert '<a href="#id_level_competence_0">Kompetens</a>' in response.content.decode()
    assert not Response.objects.exists()


def test_an_unknown_group_and_a_too_long_comment_are_refused(client_for, viewer_a, round_a):
    data = answer_data(2, "kommunfullmäktige", competence="x" * 1001)
    response = client_for(viewer_a).post(answer_url(round_a), data)
    errors = response.context["form"].errors
    assert set(errors) == {"group", "comment_competence"}
    html = response.content.decode()
    assert '<a href="#id_comment_competence">Kommentar om kompetens (frivillig)</a>' in html
    assert not Response.objects.exists()


def test_comments_are_escaped(client_for, viewer_a, round_a):
    data = answer_data(2, competence="<script>alert(1)</script>")
    client = client_for(viewer_a)
    client.post(answer_url(round_a), data)
    for url in (answer_url(round_a), reverse("maturity-results", args=["0180", round_a.pk])):
        html = client.get(url).content.decode()
        assert "<script>alert(1)</script>" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
