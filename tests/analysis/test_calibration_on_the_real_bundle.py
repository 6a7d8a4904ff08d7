"""M5 calibration goals (DESIGN §4) hold on the real bundle for all kommuner and regions.

Same figures as ``bench/calibration.py``: median 3–5 major challenges of 17 per
area, no goal the #1 challenge of more than 25 % of areas, and no goal a major
challenge while most of its KPIs are green.
"""

import pytest

from styra.analysis.calibration import analyse_every_area, calibrate
from styra.cli.analyse import load_bundle
from tests.shared_data import REAL_BUNDLE

pytestmark = pytest.mark.bundle


@pytest.fixture(scope="module")
def calibrations():
    data = load_bundle(str(REAL_BUNDLE))
    frames = data["values"], data["catalog"], data["areas"]
    return {kind: calibrate(analyse_every_area(*frames, kind, 2022)) for kind in ("K", "L")}


@pytest.mark.parametrize("kind", ["K", "L"])
def test_median_three_to_five_major_challenges(calibrations, kind):
    assert 3 <= calibrations[kind].majors_median <= 5


@pytest.mark.parametrize("kind", ["K", "L"])
def test_no_goal_is_the_first_challenge_of_more_than_a_quarter(calibrations, kind):
    goal, share = calibrations[kind].top_first
    assert share <= 0.25, f"goal {goal} is #1 for {share:.0%}"


@pytest.mark.parametrize("kind", ["K", "L"])
def test_no_major_challenge_while_most_kpis_are_green(calibrations, kind):
    assert calibrations[kind].green_majors == 0
