"""The suggester's default operating point on the held-out half of the Swedish evaluation
sets (even ids: passages nobody tuned on): precision >= 0.8 at recall >= 0.7 (issue 11).
A lexicon change that makes it worse fails here; figures: bench/focus.py, docs/focus.md."""

from pathlib import Path

from styra.focus.evaluation import evaluate, read_eval_set, split
from styra.focus.suggest import suggested_goals

DATA = Path(__file__).resolve().parents[1] / "data"
SETS = [DATA / "focus_eval_sv.csv", DATA / "focus_eval_municipal_sv.csv"]


def held_out():
    return [p for path in SETS for p in split(read_eval_set(path))[1]]


def test_held_out_precision_and_recall_at_the_default_operating_point():
    micro = evaluate(held_out(), suggested_goals).micro
    assert micro.precision >= 0.8  # measured 0.83
    assert micro.recall >= 0.7  # measured 0.72


def test_the_split_is_fixed_by_the_ids():
    tuning, held = split(read_eval_set(SETS[1]))
    assert {int(p.id[2:]) % 2 for p in tuning} == {1} and {int(p.id[2:]) % 2 for p in held} == {0}
    assert len(tuning) + len(held) == len(read_eval_set(SETS[1]))
