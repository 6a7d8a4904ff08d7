"""bench/dialogue.py --results-only writes its answers straight into the database: each
one must be an answer the form could have stored (none left out of the results), so
that the pages it measures are the pages 10,000 real answers make."""

import importlib.util
import random
from pathlib import Path

from styra.web.dialogue import results
from styra.web.dialogue.models import Answer, Kind, Question

from .staff_helpers import add, make_dialogue, respond

BENCH = Path(__file__).parents[3] / "bench" / "dialogue.py"


def bench():
    spec = importlib.util.spec_from_file_location("bench_dialogue", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_seeded_answer_counts_in_the_results(org_a):
    dialogue = make_dialogue(org_a)
    add(dialogue, Kind.RANK_GOALS, "Rangordna målen")
    add(dialogue, Kind.POINTS, "Fördela 100 poäng", options=["Skolan", "Vården", "Cykel"])
    add(dialogue, Kind.SINGLE, "Hur reser du?", options=["Cykel", "Buss", "Bil"])
    add(dialogue, Kind.SCALE, "Hur nöjd är du?", scale_min=1, scale_max=5)
    add(dialogue, Kind.TEXT, "Något mer?")
    seed_value, rng = bench().seed_value, random.Random(1)
    for _ in range(30):
        questions = Question.objects.filter(dialogue=dialogue)
        values = {q: seed_value(q, rng, Kind) for q in questions}
        respond(dialogue, {q: v for q, v in values.items() if v not in ("", None)})
    found = results.compute(dialogue)
    assert found["answers"] == 30
    assert [section["left_out"] for section in found["questions"]] == [0] * 5
    assert Answer.objects.filter(question__kind=Kind.RANK_GOALS).count() == 30
