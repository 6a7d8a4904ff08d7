"""The plan page warns about prioritised goals without an action or indicator, and names
overdue, stalled and late actions in words."""

from datetime import date

from styra.web.actionplan import services
from styra.web.actionplan.models import Action

from .conftest import url


def test_coverage_warns_in_words(client_for, viewer_a, plan_a, monkeypatch):
    monkeypatch.setattr(services, "prioritised_goals", lambda organisation: [13, 3, 7])
    Action.objects.create(
        organisation=plan_a["x"].organisation,
        level="strategy",
        code="S2",
        title="Energi",
        targets=["7.2"],
    )
    response = client_for(viewer_a).get(url("actionplan-plan"))
    html = response.content.decode()
    assert [(g["item"].goal) for g in response.context["gaps"]] == [3, 7]
    assert "Mål 3: God hälsa och välbefinnande saknar både åtgärd och indikator." in html
    assert "Mål 7: Hållbar energi för alla saknar både åtgärd och indikator." in html
    assert "Mål 13: Bekämpa klimatförändringen saknar" not in html
    assert 'id="goal-3-heading"' in html  # a prioritised goal is listed even without actions
    assert "Inga åtgärder för målet ännu." in html


def test_all_prioritised_goals_covered(client_for, viewer_a, plan_a, monkeypatch):
    monkeypatch.setattr(services, "prioritised_goals", lambda organisation: [13])
    html = client_for(viewer_a).get(url("actionplan-plan")).content.decode()
    assert "Det prioriterade målet har minst en åtgärd och en indikator." in html


def test_a_cancelled_action_does_not_cover(client_for, viewer_a, plan_a, monkeypatch):
    monkeypatch.setattr(services, "prioritised_goals", lambda organisation: [13])
    Action.objects.filter(level__in=["action", "activity"]).update(status="cancelled")
    html = client_for(viewer_a).get(url("actionplan-plan")).content.decode()
    assert "Mål 13: Bekämpa klimatförändringen saknar åtgärd." in html


def test_no_priority_decision_yet(client_for, viewer_a, plan_a):
    html = client_for(viewer_a).get(url("actionplan-plan")).content.decode()
    assert "Inga mål är prioriterade ännu." in html


def test_flags_in_words(client_for, viewer_a, plan_a, monkeypatch):
    monkeypatch.setattr(services, "today", lambda: date(2027, 1, 10))
    y = plan_a["y"]  # planned, starting before today
    y.start = date(2026, 12, 1)
    y.save()
    client = client_for(viewer_a)
    response = client.get(url("actionplan-plan"))
    flagged = {n.action.code: n.flag_labels for n in response.context["flagged"]}
    # S1 is ongoing and has no dates: stalled since it was created (today's date in the test)
    assert flagged["S1.1"] == ["Slutdatumet har passerat", "Står still"]
    assert flagged["S1.2"] == ["Har inte startat"]
    html = response.content.decode()
    assert "S1.1 Laddstolpar</a>: Slutdatumet har passerat. Står still." in html
    detail = client.get(url("actionplan-action", plan_a["x"].pk)).content.decode()
    assert "Slutdatumet har passerat men åtgärden är inte klar." in detail
    assert "Ingen ny rapport om framsteg på 60 dagar eller mer." in detail


def test_the_stalled_threshold_follows_the_setting(
    client_for, viewer_a, plan_a, monkeypatch, settings
):
    monkeypatch.setattr(services, "today", lambda: date(2025, 2, 1))
    settings.STYRA_ACTIONPLAN_STALLED_DAYS = 365
    flagged = client_for(viewer_a).get(url("actionplan-plan")).context["flagged"]
    assert "S1.1" not in [n.action.code for n in flagged]


def test_without_a_decision_there_are_no_prioritised_goals(org_a):
    assert services.prioritised_goals(org_a) == []


def test_a_strategy_whose_actions_report_is_not_stalled(client_for, viewer_a, plan_a, monkeypatch):
    # S1 (ongoing, no report of its own) counts from its newest report below: S1.1.1's.
    monkeypatch.setattr(services, "today", lambda: date(2025, 4, 1))
    flagged = client_for(viewer_a).get(url("actionplan-plan")).context["flagged"]
    assert "S1" not in [n.action.code for n in flagged]
    monkeypatch.setattr(services, "today", lambda: date(2025, 5, 1))  # 61 days later
    flagged = client_for(viewer_a).get(url("actionplan-plan")).context["flagged"]
    assert "S1" in [n.action.code for n in flagged]
