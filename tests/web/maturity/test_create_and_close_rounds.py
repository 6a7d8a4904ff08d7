"""Editors create, close and reopen rounds; the list shows status and respondents."""

import datetime

import pytest
from django.urls import reverse

from styra.web.maturity.models import Round

from .conftest import answer

LIST = reverse("maturity-list", args=["0180"])
CREATE = reverse("maturity-create", args=["0180"])


def test_editor_creates_a_round(client_for, editor_a, org_a):
    client = client_for(editor_a)
    response = client.post(CREATE, {"title": "Hösten 2025", "opened_on": "2025-09-15"})
    assert response.status_code == 302 and response["Location"] == LIST
    created = Round.objects.get()
    assert (created.organisation, created.created_by, created.closed) == (org_a, editor_a, False)
    assert created.opened_on == datetime.date(2025, 9, 15)
    html = client.get(LIST).content.decode()
    assert "Omgången ”Hösten 2025” är öppen för svar." in html
    assert "Hösten 2025" in html and "Öppen för svar" in html


def test_the_form_proposes_today(client_for, admin_a, monkeypatch):
    from styra.web.maturity import views

    monkeypatch.setattr(views.timezone, "localdate", lambda: datetime.date(2025, 4, 2))
    html = client_for(admin_a).get(CREATE).content.decode()
    assert 'value="2025-04-02"' in html


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"title": "", "opened_on": "2025-09-15"}, "title"),
        ({"title": "Hösten", "opened_on": "15/9"}, "opened_on"),
        ({"title": "x" * 201, "opened_on": "2025-09-15"}, "title"),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(client_for, editor_a, data, field):
    response = client_for(editor_a).post(CREATE, data)
    assert response.status_code == 400
    assert list(response.context["form"].errors) == [field]
    html = response.content.decode()
    assert "Omgången skapades inte: rätta de här fälten" in html
    assert f'<a href="#id_{field}">' in html
    assert not Round.objects.exists()


def test_list_shows_status_respondents_and_own_status(client_for, editor_a, viewer_a, round_a):
    answer(round_a, editor_a, 2)
    closed = Round.objects.create(
        organisation=round_a.organisation,
        title="Våren 2024",
        opened_on=datetime.date(2024, 3, 1),
        closed=True,
    )
    Round.objects.create(
        organisation=round_a.organisation, title="Hösten 2025", opened_on=datetime.date(2025, 9, 1)
    )
    editor_page = client_for(editor_a).get(LIST)
    assert [(r.title, r.respondents) for r in editor_page.context["rounds"]] == [
        ("Hösten 2025", 0),
        (round_a.title, 1),
        ("Våren 2024", 0),
    ]
    html = editor_page.content.decode()
    assert "Du har svarat" in html and "Ändra dina svar" in html and "Stängd" in html
    assert reverse("maturity-answer", args=["0180", closed.pk]) not in html
    assert CREATE in html
    viewer_html = client_for(viewer_a).get(LIST).content.decode()
    assert "Inte svarat" in viewer_html and CREATE not in viewer_html


def test_an_empty_list_explains_who_can_start_a_round(client_for, viewer_a, org_a):
    html = client_for(viewer_a).get(LIST).content.decode()
    assert "Ingen omgång har startats ännu." in html
    assert "Politiskt beslut och ägarskap" in html  # the dimensions are listed


def test_editor_closes_and_reopens(client_for, editor_a, viewer_a, round_a):
    client = client_for(editor_a)
    results = reverse("maturity-results", args=["0180", round_a.pk])
    assert "Stäng omgången" in client.get(results).content.decode()
    assert "Stäng omgången" not in client_for(viewer_a).get(results).content.decode()
    response = client.post(reverse("maturity-close", args=["0180", round_a.pk]))
    assert response.status_code == 302 and response["Location"] == results
    round_a.refresh_from_db()
    assert round_a.closed
    html = client.get(results).content.decode()
    assert "Omgången är stängd. Ingen kan längre svara eller ändra svar." in html
    assert "Öppna omgången igen" in html
    client.post(reverse("maturity-reopen", args=["0180", round_a.pk]))
    round_a.refresh_from_db()
    assert not round_a.closed
