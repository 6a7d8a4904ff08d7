"""A contributor reports progress on the action she is responsible for; the plan rolls it up."""

import re
from datetime import date

from styra.web.actionplan import services
from styra.web.actionplan.models import Action, ProgressEntry

from .conftest import url


def percent_of(html: str, code: str) -> int:
    item = re.search(
        rf">{re.escape(code)} [^<]*</a></p>\s*<p class=\"progress-line\">.*?<strong>(\d+) %",
        html,
        re.S,
    )
    return int(item.group(1))


def test_the_contributor_reports_and_the_strategy_rolls_up(
    client_for, contributor_a, plan_a, monkeypatch
):
    monkeypatch.setattr(services, "today", lambda: date(2025, 6, 1))
    client = client_for(contributor_a)
    y = plan_a["y"]
    y.responsible.add(contributor_a)
    before = client.get(url("actionplan-plan")).content.decode()
    assert percent_of(before, "S1") == 20  # (40 + 0) / 2
    form = client.get(url("actionplan-progress", y.pk))
    assert form.context["form"].initial["date"] == date(2025, 6, 1)
    response = client.post(
        url("actionplan-progress", y.pk),
        {"date": "2025-06-01", "percent": "80", "note": "Nästan klart", "status": "ongoing"},
    )
    assert response.status_code == 302
    entry = ProgressEntry.objects.get(action=y)
    assert (entry.percent, entry.note, entry.created_by) == (80, "Nästan klart", contributor_a)
    assert Action.objects.get(pk=y.pk).status == "ongoing"  # changed from planned
    after = client.get(url("actionplan-plan")).content.decode()
    assert percent_of(after, "S1.2") == 80
    assert percent_of(after, "S1") == 60  # (40 + 80) / 2
    detail = client.get(url("actionplan-action", y.pk)).content.decode()
    assert "Nästan klart" in detail and "Cilla Ceder" in detail


def test_a_report_on_a_parent_is_kept_but_does_not_change_its_number(client_for, editor_a, plan_a):
    client = client_for(editor_a)
    strategy = plan_a["strategy"]
    client.post(
        url("actionplan-progress", strategy.pk),
        {"date": "2025-05-01", "percent": "95", "note": "", "status": "ongoing"},
    )
    assert ProgressEntry.objects.filter(action=strategy).exists()
    plan = client.get(url("actionplan-plan")).context["plan"]
    assert plan.by_id[strategy.pk].progress == 20.0


def test_bad_reports_save_nothing(client_for, contributor_a, plan_a, monkeypatch):
    monkeypatch.setattr(services, "today", lambda: date(2025, 6, 1))
    client = client_for(contributor_a)
    before = ProgressEntry.objects.count()
    for data, field in [
        ({"date": "2025-06-02", "percent": "10"}, "date"),
        ({"date": "2025-06-01", "percent": "101"}, "percent"),
        ({"date": "2025-06-01", "percent": "-1"}, "percent"),
        ({"date": "igår", "percent": "10"}, "date"),
        ({"date": "2025-06-01", "percent": "10", "status": "pågår"}, "status"),
    ]:
        response = client.post(
            url("actionplan-progress", plan_a["x"].pk), {"status": "ongoing", "note": ""} | data
        )
        assert response.status_code == 400
        assert field in response.context["form"].errors
    assert ProgressEntry.objects.count() == before
    assert Action.objects.get(pk=plan_a["x"].pk).status == "ongoing"


def test_the_plan_lists_the_contributors_own_actions(client_for, contributor_a, plan_a):
    response = client_for(contributor_a).get(url("actionplan-plan"))
    assert [n.action.code for n in response.context["mine"]] == ["S1.1"]
    assert url("actionplan-progress", plan_a["x"].pk) in response.content.decode()
