"""The organisation's own goals (e.g. nämndmål): created with suggestions, changed (new text,
new suggestions; reviewed tags stay), deleted; bad input names the field and saves nothing."""

import pytest

from styra.web.focus.models import OwnGoal, Tag

from .conftest import OWN_GOAL_A, url


def test_create_an_own_goal_with_suggestions(client_for, editor_a, org_a):
    client = client_for(editor_a)
    response = client.post(
        url("focus-own-goal-create"),
        {
            "body": "  Miljö-  och klimatnämnden ",
            "text": "Utsläppen av växthusgaser ska halveras.",
            "year": "2025",
        },
    )
    own_goal = OwnGoal.objects.get()
    assert response["Location"] == url("focus-own-goals") + f"#eget-mal-{own_goal.pk}"
    assert (own_goal.organisation, own_goal.body, own_goal.year) == (
        org_a,
        "Miljö- och klimatnämnden",
        2025,
    )
    assert list(own_goal.tags.values_list("goal", "source", "status")) == [
        (13, "suggested", "suggested")
    ]
    page = client.get(response["Location"]).content.decode()
    assert (
        "Målet för Miljö- och klimatnämnden är sparat. Styra föreslår 1 av de 17 målen att granska."
        in page
    )
    assert "Utsläppen av växthusgaser ska halveras." in page


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (
            {"body": "", "text": "Fler bostäder."},
            "body",
            "Skriv vem som har målet, t.ex. en nämnd.",
        ),
        ({"body": "KS", "text": ""}, "text", "Skriv målet."),
        (
            {"body": "KS", "text": "Fler bostäder.", "year": "tjugo"},
            "year",
            "Skriv året med siffror, t.ex. 2025.",
        ),
        (
            {"body": "KS", "text": "Fler bostäder.", "year": "1850"},
            "year",
            "Skriv ett år från 2000 till 2100.",
        ),
        ({"body": "KS", "text": "x" * 2001}, "text", None),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(client_for, editor_a, data, field, message):
    response = client_for(editor_a).post(url("focus-own-goal-create"), data)
    assert response.status_code == 400
    errors = response.context["form"].errors[field]
    assert message is None or errors == [message]
    assert f'href="#id_{field}"' in response.content.decode()
    assert OwnGoal.objects.count() == Tag.objects.count() == 0


def test_a_changed_text_gets_new_suggestions_and_keeps_the_reviewed_tags(
    client_for, editor_a, own_goal_a
):
    suggestion = own_goal_a.tags.get(goal=4)
    rejected = Tag.objects.create(
        own_goal=own_goal_a, goal=1, source="suggested", status="rejected"
    )
    manual = Tag.objects.create(own_goal=own_goal_a, goal=16, source="manual", status="accepted")
    response = client_for(editor_a).post(
        url("focus-own-goal-edit", own_goal_a.pk),
        {
            "body": "Förskolenämnden",
            "text": "Utsläppen av växthusgaser från förskolornas kök ska minska.",
            "year": "",
        },
    )
    assert response.status_code == 302
    own_goal_a.refresh_from_db()
    assert own_goal_a.year is None
    assert not Tag.objects.filter(pk=suggestion.pk).exists()  # unreviewed: replaced
    assert Tag.objects.filter(pk__in=[rejected.pk, manual.pk]).count() == 2
    assert set(own_goal_a.tags.values_list("goal", "status")) >= {
        (13, "suggested"),
        (1, "rejected"),
        (16, "accepted"),
    }


def test_a_suggestion_for_an_already_tagged_goal_is_not_added_twice(editor_a, own_goal_a):
    from styra.web.focus import services

    own_goal_a.tags.filter(goal=4).update(status="rejected")
    services.save_own_goal(own_goal_a)
    assert list(own_goal_a.tags.values_list("goal", "status")) == [(4, "rejected")]


def test_delete_an_own_goal_with_its_tags(client_for, editor_a, own_goal_a):
    client = client_for(editor_a)
    page = client.get(url("focus-own-goal-delete", own_goal_a.pk)).content.decode()
    assert OWN_GOAL_A in page
    response = client.post(url("focus-own-goal-delete", own_goal_a.pk))
    assert response["Location"] == url("focus-own-goals")
    assert OwnGoal.objects.count() == Tag.objects.count() == 0


def test_the_list_shows_each_goal_with_its_suggestions(client_for, viewer_a, own_goal_a):
    page = client_for(viewer_a).get(url("focus-own-goals")).content.decode()
    assert "Förskolenämnden, 2025" in page and OWN_GOAL_A in page
    assert "Mål 4: God utbildning för alla" in page and "delmål 4.2" in page
    assert "Lägg till ett eget mål" not in page  # a viewer only reads
