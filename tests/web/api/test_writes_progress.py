"""POST a progress report on an action with a token: saved as the web form saves one,
without a user, its note saying which token sent it."""

import datetime
import json

import pytest

from styra.web.actionplan.models import Action, ProgressEntry
from styra.web.api.models import Scope
from tests.web.api.token_fixtures import bearer, make_token

pytestmark = pytest.mark.usefixtures("no_rate_limits")

TODAY = datetime.date(2025, 6, 10)


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr("styra.web.api.writes.today", lambda: TODAY)


@pytest.fixture
def action(org_a):
    return Action.objects.create(organisation=org_a, level="strategy", code="S1.2", title="Cykel")


@pytest.fixture
def post(client_for, org_a):
    _row, token = make_token(org_a, Scope.WRITE_PROGRESS, name="Styrsystemet")

    def send(body, code="S1.2"):
        return client_for(None).post(
            f"/api/v1/organisations/0180/actions/{code}/progress",
            json.dumps(body),
            content_type="application/json",
            headers=bearer(token),
        )

    return send


def test_a_report_is_saved(post, action):
    response = post({"date": "2025-06-10", "percent": 40, "note": "Halvvägs."})
    assert response.status_code == 201, response.content
    entry = ProgressEntry.objects.get(action=action)
    assert (entry.date, entry.percent, entry.created_by) == (TODAY, 40, None)
    assert entry.note == "Halvvägs.\n\n(via API: Styrsystemet)"
    assert response.json() == {
        "id": entry.pk,
        "action": "S1.2",
        "date": "2025-06-10",
        "percent": 40,
        "note": entry.note,
    }


def test_without_a_note_the_note_names_the_token(post, action):
    assert post({"date": "2025-06-01", "percent": 0}).status_code == 201
    assert ProgressEntry.objects.get(action=action).note == "via API: Styrsystemet"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"date": "2025-06-11", "percent": 40}, "date"),  # after today
        ({"date": "10/6 2025", "percent": 40}, "date"),
        ({"date": "20250610", "percent": 40}, "date"),
        ({"date": "1899-12-31", "percent": 40}, "date"),
        ({"date": "2025-06-10", "percent": 101}, "percent"),
        ({"date": "2025-06-10", "percent": -1}, "percent"),
        ({"date": "2025-06-10"}, "percent"),
        ({"date": "2025-06-10", "percent": 1, "note": "x" * 2001}, "note"),
        ({"date": "2025-06-10", "percent": 1, "status": "done"}, "status"),
    ],
)
def test_a_bad_report_names_the_field_and_saves_nothing(post, action, body, field):
    response = post(body)
    assert response.status_code == 400, response.content
    assert response.json()["errors"][0]["field"] == field
    assert not ProgressEntry.objects.exists()


def test_an_unknown_action_is_404(post, action):
    response = post({"date": "2025-06-10", "percent": 40}, code="S9")
    assert response.status_code == 404
    assert "S9" in response.json()["detail"]
