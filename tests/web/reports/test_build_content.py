"""The document's content on the real Kolada sample, with A's own rådighet level, actors
and a closed round: every section says what its source app says, and the dict is plain JSON."""

import datetime
import json

from django.utils import timezone

from styra.web.nulage.comparison import resolve
from styra.web.nulage.data import snapshot
from styra.web.nulage.services import analyse, analysis_year
from styra.web.radighet.services import goal_rows
from styra.web.reports.content import build_content

from .conftest import SECRET_ROUND

NOW = timezone.make_aware(datetime.datetime(2025, 3, 12, 9, 30))


def test_the_content_is_plain_json_and_dated(org_a, material_a):
    content = build_content(org_a, NOW)
    assert json.loads(json.dumps(content)) == content
    assert content["built_at"].startswith("2025-03-12T09:30")
    assert content["organisation"] == {
        "kolada_id": "0180",
        "name": "Stockholm",
        "type": "K",
        "type_name": "Kommun",
    }
    snap = snapshot()
    assert content["data"]["latest_year"] == snap.latest_year
    assert content["data"]["kolada_version"] == snap.version >= 1


def test_the_challenges_are_the_nulage_ranking(org_a, material_a):
    content = build_content(org_a, NOW)
    section = content["challenges"]
    snap = snapshot()
    analysis = analyse(org_a, resolve({}, org_a, snap), analysis_year(snap, None), snap)
    assert section["available"] and section["year"] == analysis.year
    assert [g["goal"] for g in section["goals"]] == [g.goal for g in analysis.goals]
    assert [g["rank"] for g in section["goals"]] == list(range(1, 18))
    assert section["comparison"] == "alla kommuner"
    assert section["n_major"] == sum(g.major_challenge for g in analysis.goals)
    biggest = section["goals"][0]
    assert biggest["level"] in ("red", "yellow", "green") and biggest["score"] is not None
    assert biggest["worst_kpi"]


def test_radighet_collaboration_maturity_and_commitments(org_a, material_a):
    content = build_content(org_a, NOW)
    mandate = {g["goal"]: g for g in content["mandate"]["goals"]}
    expected = {row.goal: row for row in goal_rows(org_a)}
    assert mandate[14]["own"] == 1 and content["mandate"]["own_total"] == 1
    assert mandate[14]["mean_level"] == round(expected[14].summary.mean_level, 2)
    assert mandate[14]["counts"][0] == expected[14].summary.count(3)

    collaboration = content["collaboration"]
    assert (collaboration["internal_actors"], collaboration["external_actors"]) == (1, 1)
    without = {row["goal"] for row in collaboration["without_actors"]}
    assert 13 not in without and 10 not in without and len(without) == 15
    assert collaboration["judged"]

    maturity = content["maturity"]
    assert maturity["round"] == {
        "title": SECRET_ROUND,
        "opened_on": "2025-03-01",
        "closed": True,
        "respondents": 3,
    }
    political = next(d for d in maturity["dimensions"] if d["id"] == "political_decision")
    assert (political["n"], political["median"], political["low"]) == (3, 1.0, True)
    steering = next(d for d in maturity["dimensions"] if d["id"] == "steering_group")
    assert (steering["median"], steering["minimum"], steering["maximum"]) == (2.0, 1, 3)

    assert content["commitments"]["done"] == 0 and content["commitments"]["total"] == 4


def test_no_steering_documents_means_no_focus_figures(org_a):
    focus = build_content(org_a, NOW)["focus"]
    assert focus["available"] is False


def test_a_kommun_without_any_material_still_gets_a_document(org_b):
    content = build_content(org_b, NOW)
    assert content["challenges"]["available"]
    assert content["maturity"] == {"available": False}
    assert content["mandate"]["own_total"] == 0
    assert len(content["collaboration"]["without_actors"]) == 17
