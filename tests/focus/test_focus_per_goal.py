"""M6 focus: share of tagged steering content per goal, divided by the largest share."""

import pytest

from styra.focus import focus_per_goal
from styra.focus.focus import goal_shares

# Five units: two passages on 11, one on 11 and 13, one on 4, one untagged.
TAGS = [[11], [11], [11, 13], [4], []]


def test_focus_divides_each_share_by_the_largest():
    focus = focus_per_goal(TAGS)
    # shares: 11 -> 3/5, 13 -> 1/5, 4 -> 1/5; the largest (3/5) becomes 1
    assert focus[11] == 1.0
    assert focus[13] == pytest.approx(1 / 3)
    assert focus[4] == pytest.approx(1 / 3)
    assert focus[1] == 0.0 and len(focus) == 17


def test_raw_shares_count_untagged_content_in_the_denominator():
    shares = goal_shares(TAGS)
    assert shares[11] == pytest.approx(0.6) and shares[13] == pytest.approx(0.2)
    assert shares[16] == 0.0


def test_weights_such_as_word_counts():
    focus = focus_per_goal([[11], [4], [4]], weights=[300, 100, 50])
    assert focus == pytest.approx({**dict.fromkeys(range(1, 18), 0.0), 11: 1.0, 4: 0.5})


def test_a_goal_tagged_twice_on_one_unit_counts_once():
    assert focus_per_goal([[3, 3], [3], [5]])[5] == 0.5


def test_no_tagged_content_means_no_focus_figures():
    assert focus_per_goal([]) == {}
    assert focus_per_goal([[], []]) == {}


def test_bad_input():
    with pytest.raises(ValueError, match="no SDG goal 18"):
        focus_per_goal([[18]])
    with pytest.raises(ValueError, match="2 units but 1 weights"):
        focus_per_goal([[1], [2]], weights=[1])
