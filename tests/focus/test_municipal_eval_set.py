"""The second Swedish evaluation set (municipal passages): valid labels, every goal at
least ten times and in both halves, at least forty passages about no goal."""

from collections import Counter
from pathlib import Path

from styra.focus.evaluation import read_eval_set, split

MUNICIPAL_SET = Path(__file__).resolve().parents[1] / "data" / "focus_eval_municipal_sv.csv"


def test_rows_are_valid_and_unique():
    passages = read_eval_set(MUNICIPAL_SET)  # raises on a goal outside 1–17
    assert len(passages) >= 240
    assert len({p.id for p in passages}) == len({p.text for p in passages}) == len(passages)


def test_every_goal_ten_times_and_in_both_halves_and_forty_about_no_goal():
    passages = read_eval_set(MUNICIPAL_SET)
    support = Counter(goal for p in passages for goal in p.goals)
    assert set(support) == set(range(1, 18)) and min(support.values()) >= 10
    assert sum(1 for p in passages if not p.goals) >= 40
    for half in split(passages):
        assert {goal for p in half for goal in p.goals} == set(range(1, 18))
