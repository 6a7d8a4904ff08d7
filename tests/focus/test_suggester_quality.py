"""Regression floors for the suggester's measured quality (figures: docs/focus.md).

Floors sit a little below what the lexicon achieves, so a change that makes the
suggester clearly worse fails here; `bench/focus.py` prints the full figures.
"""

from pathlib import Path

import pytest

from styra.focus.evaluation import evaluate, evaluate_judgements, read_benchmark, read_eval_set
from styra.focus.suggest import suggested_goals
from tests.shared_data import SHARED_DATA

EVAL_SET = Path(__file__).resolve().parents[1] / "data" / "focus_eval_sv.csv"
BENCHMARK = SHARED_DATA / "sdg_text_classification" / "sdg_classification_benchmark_v1.csv"


def test_swedish_eval_set_micro_precision_and_recall():
    micro = evaluate(read_eval_set(EVAL_SET), suggested_goals).micro
    assert micro.precision >= 0.82  # measured 0.86 (both halves)
    assert micro.recall >= 0.73  # measured 0.77


def test_english_benchmark_micro_precision_and_recall():
    if not BENCHMARK.is_file():
        pytest.skip(f"the English benchmark is not at {BENCHMARK}")
    rows = read_benchmark(BENCHMARK)
    micro = evaluate_judgements(rows, lambda text: suggested_goals(text, "en")).micro
    assert micro.precision >= 0.80  # measured 0.85
    assert micro.recall >= 0.84  # measured 0.89
