"""The publication's sections from the organisation's records (content_plan.py): the
latest priority decision, the handlingsplan (units, never persons unless chosen), the
closed follow-up cycles and the reporting coverage, in Swedish and in English.

Real Kolada data (the sample) is loaded once for the module: the decision's goals carry
their challenge level from the default analysis, and coverage counts its KPIs."""

import json
from datetime import date

import pytest
from django.utils import translation

from styra.web.actionplan.models import Action, ProgressEntry
from styra.web.followup.models import Report
from styra.web.priorities.decisions.models import Decision
from styra.web.public import content_plan
from styra.web.public.snapshot import build_content
from styra.web.samverkan.models import Actor
from tests.web.actionplan.conftest import SECRET_A, plan_a, unit_a  # noqa: F401  (fixtures)
from tests.web.analysis_data import (  # noqa: F401  (the fixtures of the real data)
    forget_analyses,
    sample_loaded,
    sample_org_a,
    sample_org_b,
)
from tests.web.followup.conftest import make_cycle


@pytest.fixture(autouse=True)
def _fresh_cache():
    forget_analyses()
    yield
    forget_analyses()


def in_language(language: str, build, *args):
    with translation.override(language):
        return build(*args)


def decided(org, on: str, goals, **fields):
    return Decision.objects.create(
        organisation=org,
        goals=goals,
        body=fields.pop("body", "Kommunfullmäktige"),
        decided_on=on,
        reference=fields.pop("reference", "KF 2025/12 § 34"),
        motivation=fields.pop("motivation", "Störst utmaning och stor rådighet."),
        snapshot=fields.pop("snapshot", {}),
        **fields,
    )


@pytest.fixture
def plan(plan_a, org_a):  # noqa: F811  (the fixture imported above)
    """plan_a (S1 for 13.2 owned by Miljöförvaltningen, S1.1 with Cilla responsible,
    S1.1.1 at 40 %, S1.2) with Länsstyrelsen as S1.1's partner, and S2 without a target."""
    partner = Actor.objects.create(
        organisation=org_a, name="Länsstyrelsen", category="lansstyrelse"
    )
    plan_a["x"].partners.add(partner)
    plan_a["s2"] = Action.objects.create(
        organisation=org_a, level="strategy", code="S2", title="Intern utbildning", status="done"
    )
    ProgressEntry.objects.create(action=plan_a["s2"], date=date(2025, 6, 1), percent=100)
    decided(org_a, "2025-03-10", [13, 4])
    return plan_a


def test_the_plan_per_goal_in_plan_order_with_units(plan, org_a):
    found = in_language("sv", content_plan.plan, org_a, False)
    assert found["n_actions"] == 5
    assert [(g["goal"], g["title"], g["prioritised"]) for g in found["goals"]] == [
        (4, "God utbildning för alla", True),  # prioritised, no action yet: shown empty
        (13, "Bekämpa klimatförändringen", True),
    ]
    assert found["goals"][0]["actions"] == []
    actions = found["goals"][1]["actions"]
    assert [(a["code"], a["depth"]) for a in actions] == [
        ("S1", 0),
        ("S1.1", 1),
        ("S1.1.1", 2),
        ("S1.2", 1),
    ]
    strategy, x, activity, y = actions
    assert strategy["title"] == SECRET_A and strategy["owner"] == "Miljöförvaltningen"
    assert (strategy["level"], strategy["level_text"]) == ("strategy", "Strategi")
    assert (strategy["status"], strategy["status_text"]) == ("ongoing", "Pågår")
    assert strategy["targets"] == ["13.2"]
    assert strategy["kpis"] == [
        {
            "kpi_id": "N00401",
            "title": strategy["kpis"][0]["title"],
            "unit": strategy["kpis"][0]["unit"],
            "baseline_value": None,
            "baseline_year": None,
            "target_value": 1.0,
            "target_year": 2030,
        }
    ]
    assert strategy["kpis"][0]["title"] not in ("", "N00401")  # the curated KPI's title
    # 40 % on the activity rolls up: S1.1 40, S1.2 0, so S1 20
    assert (activity["percent"], x["percent"], y["percent"], strategy["percent"]) == (40, 40, 0, 20)
    # the newest report on the action or anything under it
    assert strategy["last_report"] == x["last_report"] == "2025-03-01"
    assert y["last_report"] is None
    assert (x["start"], x["end"]) == ("2025-01-01", "2026-12-31")
    assert x["partners"] == ["Länsstyrelsen"]
    assert [(a["code"], a["depth"], a["percent"]) for a in found["without_goal"]] == [
        ("S2", 0, 100)
    ]
    assert found["mean_progress"] == 60  # S1 20 and S2 100, equal weights


def test_the_plan_never_names_persons_unless_chosen(plan, org_a):
    hidden = in_language("sv", content_plan.plan, org_a, False)
    assert all(a["persons"] == [] for g in hidden["goals"] for a in g["actions"])
    assert "Cilla" not in json.dumps(hidden) and "Ceder" not in json.dumps(hidden)
    shown = in_language("sv", content_plan.plan, org_a, True)
    persons = {a["code"]: a["persons"] for a in shown["goals"][1]["actions"]}
    assert persons == {"S1": [], "S1.1": ["Cilla Ceder"], "S1.1.1": [], "S1.2": []}


def test_the_plan_in_english(plan, org_a):
    found = in_language("en", content_plan.plan, org_a, False)
    assert [g["title"] for g in found["goals"]] == ["Quality education", "Climate action"]
    strategy = found["goals"][1]["actions"][0]
    assert (strategy["level_text"], strategy["status_text"]) == ("Strategy", "Ongoing")
    assert strategy["title"] == SECRET_A  # the organisation's own words stay as written


def test_an_empty_plan(org_a):
    assert in_language("sv", content_plan.plan, org_a, False) == {
        "n_actions": 0,
        "mean_progress": None,
        "goals": [],
        "without_goal": [],
    }


def test_the_latest_decision_with_its_goals_targets_and_weights(org_a):
    assert content_plan.decision(org_a) is None
    decided(org_a, "2024-02-01", [1], reference="KF 2024/1")
    snapshot = {
        "weights": {"challenge": 0.6, "focus_gap": 0.3, "mandate": 0.3},
        "used_weights": {"challenge": 0.5, "mandate": 0.25, "focus_gap": 0.25},
    }
    decided(org_a, "2025-03-10", [13, 11], targets=["11.2", "13.2"], snapshot=snapshot)
    found = in_language("sv", content_plan.decision, org_a)
    assert {k: found[k] for k in ("decided_on", "body", "reference", "earlier_decisions")} == {
        "decided_on": "2025-03-10",
        "body": "Kommunfullmäktige",
        "reference": "KF 2025/12 § 34",
        "earlier_decisions": 1,
    }
    assert found["motivation"] == "Störst utmaning och stor rådighet."
    assert [(g["goal"], g["title"]) for g in found["goals"]] == [
        (13, "Bekämpa klimatförändringen"),
        (11, "Hållbara städer och samhällen"),
    ]
    for goal in found["goals"]:  # Stockholm has an analysis: each goal has its level
        assert goal["level"] in ("red", "yellow", "green", "grey")
        assert goal["level_text"] != ""
        assert goal["rank"] is None or 1 <= goal["rank"] <= 17
    assert [t["id"] for t in found["targets"]] == ["11.2", "13.2"]
    assert all(t["title"] for t in found["targets"])
    # in the prioritisation's order of criteria, as the shares the basis used
    assert found["criteria"] == [
        {"name": "Utmaning", "weight": 0.5},
        {"name": "Fokusglapp", "weight": 0.25},
        {"name": "Rådighet", "weight": 0.25},
    ]
    english = in_language("en", content_plan.decision, org_a)
    assert [c["name"] for c in english["criteria"]] == ["Challenge", "Focus gap", "Mandate"]
    assert english["goals"][0]["title"] == "Climate action"
    assert english["targets"][0]["title"] != found["targets"][0]["title"]
    assert english["goals"][0]["level_text"] != found["goals"][0]["level_text"]


def test_a_decision_without_weights_or_analysis(org_a):
    decided(org_a, "2025-03-10", [4], targets=["99.9"])
    found = content_plan.decision(org_a)
    assert found["criteria"] == []
    assert found["targets"] == [{"id": "99.9", "title": ""}]  # an unknown id, kept as written
    # the goal's challenge comes from Stockholm's analysis; without one it is unknown
    assert content_plan.decided_goal(4, None) == {
        "goal": 4,
        "title": "God utbildning för alla",
        "rank": None,
        "level": None,
        "level_text": "",
    }


def test_only_closed_cycles_newest_first(plan, org_a):
    first = make_cycle(org_a, "Tertial 1 2025", date(2025, 1, 1), date(2025, 4, 30), closed=True)
    second = make_cycle(org_a, "Tertial 2 2025", date(2025, 5, 1), date(2025, 8, 31), closed=True)
    open_ = make_cycle(org_a, "Tertial 3 2025", date(2025, 9, 1), date(2025, 12, 31), opened=True)
    Report.objects.create(cycle=first, action=plan["y"], status="not_started")
    Report.objects.create(cycle=second, action=plan["y"], status="started", comment="Ritningar")
    Report.objects.create(cycle=second, action=plan["x"], status="done")
    Report.objects.create(cycle=second, action=plan["activity"], status="done")
    Report.objects.create(cycle=open_, action=plan["x"], status="started", comment="Hemligt utkast")
    found = in_language("sv", content_plan.followup, org_a)
    assert [c["name"] for c in found["cycles"]] == ["Tertial 2 2025", "Tertial 1 2025"]
    assert "Hemligt utkast" not in json.dumps(found)
    latest = found["cycles"][0]
    assert latest["kind_text"] == "Tertial"
    assert (latest["period_start"], latest["period_end"]) == ("2025-05-01", "2025-08-31")
    assert latest["closed_on"] is not None
    assert latest["counts"] == [
        {"status": "done", "text": "Genomförd", "n": 2},
        {"status": "started", "text": "Påbörjad", "n": 1},
    ]
    assert [(r["code"], r["status_text"], r["percent"]) for r in latest["reports"]] == [
        ("S1.1", "Genomförd", 100),
        ("S1.1.1", "Genomförd", 100),
        ("S1.2", "Påbörjad", 25),
    ]
    assert latest["reports"][2]["comment"] == "Ritningar"
    english = in_language("en", content_plan.followup, org_a)["cycles"][0]
    assert english["kind_text"] == "Four-month period"
    assert english["counts"][0]["text"] == "Done"


def test_coverage_with_and_without_the_plan(plan, org_a):
    from styra.web.nulage.default import default_analysis

    analysis = default_analysis(org_a)
    assert analysis is not None
    without = in_language("sv", content_plan.coverage, org_a, analysis, False)
    assert without["with_plan"] is False
    assert [g["goal"] for g in without["goals"]] == list(range(1, 18))
    assert all(g["n_actions"] is None for g in without["goals"])
    assert without["totals"]["n_actions"] is None
    by_goal = {g.goal: g for g in analysis.goals}
    for row in without["goals"]:
        assert (row["n_kpis"], row["n_with_data"]) == (
            by_goal[row["goal"]].n_kpis,
            by_goal[row["goal"]].n_with_data,
        )
        assert 0 <= row["n_with_target"] <= row["n_kpis"]
    assert without["totals"]["n_kpis"] == sum(g.n_kpis for g in analysis.goals) > 0
    with_plan = in_language("en", content_plan.coverage, org_a, analysis, True)
    assert with_plan["goals"][12]["title"] == "Climate action"
    actions = {g["goal"]: g["n_actions"] for g in with_plan["goals"]}
    # goal 13: S1.1, S1.1.1 and S1.2 (a strategy is not counted, nor S2 without a goal)
    assert actions[13] == 3 and actions[4] == 0
    assert with_plan["totals"]["n_actions"] == 3


def test_an_own_target_counts_as_a_target(plan, org_a):
    from styra.web.indicators.models import KpiTarget
    from styra.web.nulage.default import default_analysis

    before = content_plan.coverage(org_a, default_analysis(org_a), False)["totals"]
    KpiTarget.objects.create(
        organisation=org_a, kpi_id="N00401", target_value=1.0, target_year=2030
    )
    forget_analyses()
    after = content_plan.coverage(org_a, default_analysis(org_a), False)["totals"]
    assert after["n_with_target"] == before["n_with_target"] + 1


def test_the_snapshot_carries_the_record_sections_in_both_languages(plan, org_a):
    sections = ["oversikt", "prioriteringar", "handlingsplan", "uppfoljning"]
    content = build_content(org_a, sections, person_names=False)
    for language in ("sv", "en"):
        part = content["text"][language]
        assert set(part) == {*sections, "coverage"}
        assert part["coverage"]["with_plan"] is True
        assert part["prioriteringar"]["decided_on"] == "2025-03-10"
        assert part["uppfoljning"] == {"cycles": []}
    assert (
        content["text"]["sv"]["handlingsplan"]["goals"][1]["actions"][0]["status_text"] == "Pågår"
    )
    assert content["text"]["en"]["handlingsplan"]["goals"][1]["actions"][0]["status_text"] == (
        "Ongoing"
    )
    assert "Cilla" not in json.dumps(content)
    no_plan = build_content(org_a, ["oversikt"])
    assert no_plan["text"]["sv"]["coverage"]["totals"]["n_actions"] is None
