"""Dates are read day before month (ISO, 12/3 2025, 12.3.2025, 12 mars 2025), never in US
order, and implausible dates are refused with the field named."""

import datetime as dt

import pytest
from django.urls import reverse

from styra.web.actionplan.models import Action
from styra.web.common.formfields import DecisionDateField, PlausibleDateField
from styra.web.organisations.models import LeadershipDecision

MARCH_12 = dt.date(2025, 3, 12)


@pytest.mark.parametrize(
    "typed", ["2025-03-12", "12/03/2025", "12/3 2025", "12.3.2025", "12 mars 2025", "12 mar. 2025"]
)
def test_each_swedish_form_is_12_march(typed):
    assert PlausibleDateField().clean(typed) == MARCH_12


@pytest.mark.parametrize("typed", ["03/12/2025x", "13/13/2025", "2025-02-30", "12 foo 2025"])
def test_what_is_no_date_is_refused(typed):
    with pytest.raises(Exception, match="dag före månad"):
        PlausibleDateField().clean(typed)


@pytest.mark.parametrize("typed", ["0001-01-01", "1899-12-31", "9999-12-31", "2101-01-01"])
def test_a_year_outside_1900_to_2100_is_refused(typed):
    with pytest.raises(Exception, match="för (tidigt|sent)"):
        PlausibleDateField().clean(typed)


def test_a_decision_a_month_ahead_is_accepted_and_one_in_3025_is_not(monkeypatch):
    today = lambda: dt.date(2026, 12, 6)  # noqa: E731
    monkeypatch.setattr("styra.web.common.formfields.timezone.localdate", today)
    assert DecisionDateField().clean("2027-01-05") == dt.date(2027, 1, 5)
    with pytest.raises(Exception, match="för sent"):
        DecisionDateField().clean("3025-03-12")


def test_the_leadership_decision_typed_12_03_2025_is_saved_as_12_march(client_for, admin_a):
    url = reverse("organisations-decision-edit", args=["0180"])
    data = {"decided_on": "12/03/2025", "body": "KS", "reference": "KS 2025/1"}
    assert client_for(admin_a).post(url, data).status_code == 302
    assert LeadershipDecision.objects.get().decided_on == MARCH_12


def test_a_decision_in_3025_is_refused_naming_the_field(client_for, admin_a):
    url = reverse("organisations-decision-edit", args=["0180"])
    data = {"decided_on": "3025-03-12", "body": "KS", "reference": "KS 2025/1"}
    response = client_for(admin_a).post(url, data)
    assert response.status_code == 400
    assert (
        'href="#id_decided_on">Beslutsdatum</a>: Datumet är för sent' in response.content.decode()
    )
    assert not LeadershipDecision.objects.exists()


def test_an_action_in_year_1_or_9999_is_refused_naming_the_field(client_for, admin_a):
    url = reverse("actionplan-action-create", args=["0180"])
    data = {"level": "strategy", "title": "Klimat", "targets": "13.2", "weight": "1"}
    response = client_for(admin_a).post(url, data | {"start": "0001-01-01", "end": "9999-12-31"})
    html = response.content.decode()
    assert response.status_code == 400
    assert 'href="#id_start">Start</a>: Datumet är för tidigt' in html
    assert 'href="#id_end">Slut</a>: Datumet är för sent' in html
    assert not Action.objects.exists()
