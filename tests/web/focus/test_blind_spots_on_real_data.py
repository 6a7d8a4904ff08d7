"""Blind spots on the real Kolada sample: the goals the page, the chart, the table and the
export name are ``blind_spots`` of the nulägesanalys' ranking (M5) and the focus (M6)."""

import csv
import io

import pytest

from styra.focus import blind_spots, focus_per_goal
from styra.focus.focus import enough_to_judge
from styra.web.focus.models import OwnGoal, Tag, focus_units
from styra.web.nulage.comparison import resolve
from styra.web.nulage.data import snapshot
from styra.web.nulage.presentation import RED, challenge_level
from styra.web.nulage.services import analyse, analysis_year
from tests.web.analysis_data import (  # noqa: F401  (the sample, loaded once for this module)
    sample_loaded,
    sample_org_a,
    sample_org_b,
)

from .conftest import url

pytestmark = pytest.mark.bundle


OWN_GOALS = [  # (body, text, goal tagged by hand)
    ("Socialnämnden", "Hälsan ska bli bättre.", 3),
    ("Barn- och utbildningsnämnden", "Fler elever ska nå målen.", 4),
    ("Miljönämnden", "Utsläppen ska minska.", 13),
    ("Byggnadsnämnden", "Det ska byggas fler bostäder.", 11),
    ("Kommunstyrelsen", "Kommunen ska vara klimatneutral 2035.", 13),
]


@pytest.fixture
def focused(org_a, document_a):
    """Accepted: förskola/skola (4), klimat (13), bostäder (11); five nämndmål tagged by hand
    (3, 4, 13, 11, 13), so that the material is big enough to judge blind spots."""
    for passage in document_a.passages.all():
        passage.tags.filter(goal__in=[4, 11, 13]).update(status="accepted")
    for body, text, goal in OWN_GOALS:
        own_goal = OwnGoal.objects.create(organisation=org_a, body=body, text=text)
        Tag.objects.create(own_goal=own_goal, goal=goal, source="manual", status="accepted")
    _titles, _own_goals, tags = focus_units(org_a)
    assert enough_to_judge(len(tags), sum(bool(unit) for unit in tags))
    return org_a


def expected_blind_spots(organisation) -> tuple[list[int], dict[int, int]]:
    snap = snapshot()
    analysis = analyse(
        organisation, resolve({}, organisation, snap), analysis_year(snap, None), snap
    )
    ranks = {g.goal: g.rank for g in analysis.goals if not g.too_little_data}
    major = {g.goal for g in analysis.goals if challenge_level(g) == RED}
    focus = focus_per_goal(focus_units(organisation)[2])
    return blind_spots(ranks, focus, major), ranks


def test_the_page_names_the_blind_spots_of_the_core(client_for, viewer_a, focused):
    expected, ranks = expected_blind_spots(focused)
    assert expected, "the sample should give Stockholm at least one blind spot"
    assert not {3, 4, 11, 13} & set(expected)  # goals with focus are never blind spots
    response = client_for(viewer_a).get(url("focus-overview"))
    result = response.context["result"]
    assert result.blind_spots == expected
    assert result.challenges is not None and result.challenges.ranks == ranks
    page = response.content.decode()
    for goal in expected:
        row = next(r for r in result.rows if r.goal == goal)
        assert f"<li><strong>Mål {goal}: {row.title}</strong></li>" in page
        assert row.blind_spot_text == "Ja, blind fläck" and row.focus == 0.0
    assert {r.goal for r in result.rows if r.blind_spot == "yes"} == set(expected)
    assert all(r.blind_spot == "no" for r in result.rows if r.rank and r.goal not in expected)
    assert "Källa: Kolada (RKA)" in page


def test_the_chart_marks_the_same_goals(client_for, viewer_a, focused):
    expected, ranks = expected_blind_spots(focused)
    response = client_for(viewer_a).get(url("focus-overview"))
    points = response.context["chart"]["data"]["values"]
    assert {p["goal"] for p in points} == set(ranks)  # goals with too little data left out
    assert {p["goal"] for p in points if p["kind"] == "Blind fläck"} == set(expected)
    assert all(p["label"] == str(p["goal"]) and p["rank"] == ranks[p["goal"]] for p in points)
    page = response.content.decode()
    assert 'data-spec="focus-chart"' in page and 'id="focus-chart"' in page
    assert "Blinda fläckar är röda romber" in page


def test_the_export_says_blind_spot_in_words(client_for, viewer_a, focused):
    expected, ranks = expected_blind_spots(focused)
    response = client_for(viewer_a).get(url("focus-export", "csv"))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    by_goal = {int(row[0]): row for row in rows[1:18]}
    assert {g for g, row in by_goal.items() if row[8] == "Ja, blind fläck"} == set(expected)
    assert all(by_goal[g][5] == str(rank) for g, rank in ranks.items())
    assert ["Källa: Kolada (RKA)"] in rows
