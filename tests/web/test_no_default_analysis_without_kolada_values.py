"""Without Kolada values there is no default analysis, and every app that reads it says so
(the rule of ``styra.web.nulage.default.default_analysis``; the rest of the rule, on the
real data: tests/web/nulage/test_one_default_analysis.py)."""

import datetime

from styra.priorities.criteria import NO_DATA
from styra.web.focus.results import focus_result
from styra.web.nulage.default import default_analysis, goal_challenges
from styra.web.priorities.decisions.criteria import load_challenge
from styra.web.reports.content import build_content
from tests.web.analysis_data import fresh_analysis  # noqa: F401  (autouse)


def test_no_values_no_default_analysis_in_any_app(org_a):
    assert default_analysis(org_a) is None and goal_challenges(org_a) is None
    assert focus_result(org_a).challenges is None
    assert load_challenge(org_a).source == NO_DATA
    now = datetime.datetime(2025, 6, 1, 12, tzinfo=datetime.UTC)
    content = build_content(org_a, now)
    assert content["challenges"] == {"available": False}
    assert content["collaboration"]["judged"] is False
