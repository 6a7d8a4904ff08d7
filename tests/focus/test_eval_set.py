"""The Swedish evaluation set: enough rows, valid labels, realistic lengths."""

from collections import Counter
from pathlib import Path

from styra.focus.evaluation import read_eval_set

EVAL_SET = Path(__file__).resolve().parents[1] / "data" / "focus_eval_sv.csv"


def test_eval_set_has_at_least_300_valid_rows():
    passages = read_eval_set(EVAL_SET)  # raises on a goal outside 1–17
    assert len(passages) >= 300
    assert len({p.id for p in passages}) == len(passages)
    assert len({p.text for p in passages}) == len(passages)


def test_eval_set_covers_every_goal_and_has_passages_about_no_goal():
    passages = read_eval_set(EVAL_SET)
    support = Counter(goal for p in passages for goal in p.goals)
    assert set(support) == set(range(1, 18)) and min(support.values()) >= 10
    assert sum(1 for p in passages if not p.goals) >= 20
    assert sum(1 for p in passages if len(p.goals) > 1) >= 100


def test_eval_passages_are_20_to_120_words():
    lengths = [len(p.text.split()) for p in read_eval_set(EVAL_SET)]
    assert min(lengths) >= 20 and max(lengths) <= 120
