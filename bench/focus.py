"""Benchmark: the 1b focus suggester's precision and recall, next to baselines.

(a) Swedish: Styra's evaluation set ``tests/data/focus_eval_sv.csv`` (passages written
    and labelled for the purpose, never used to build the lexicon). Every passage is
    judged for all 17 goals. Per goal: precision, recall, F1, support; micro and macro
    averages; the same for the tuning half (odd ids, whose errors were read while the
    lexicon was revised) and the untouched half (even ids); and the trade-off at other
    thresholds.
(b) English: the SDG classification benchmark in ../shared/data (one (text, goal,
    True/False) judgement per row; only the row's goal is judged), with Styra's small
    English lexicon.

Baselines, measured in the same run on the same rows:
  * goal names: suggest a goal when a word of its short name (from the SDG catalog,
    e.g. "fattigdom", "hälsa", "välbefinnande") occurs in the text (same word matching);
  * most common goal (Swedish): always suggest the goal with the largest support;
  * always yes (English): say True for every row.

    .venv/bin/python bench/focus.py [--summary-only] [--benchmark PATH]
"""

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from styra.focus.evaluation import (  # noqa: E402
    Report,
    evaluate,
    evaluate_judgements,
    read_benchmark,
    read_eval_set,
)
from styra.focus.suggest import THRESHOLD, suggested_goals  # noqa: E402
from styra.focus.text import tokenise, word_forms  # noqa: E402
from styra.sdg import load_catalog  # noqa: E402

EVAL_SET = REPO / "tests" / "data" / "focus_eval_sv.csv"
BENCHMARK = REPO.parent / "shared" / "data" / "sdg_text_classification"
BENCHMARK = BENCHMARK / "sdg_classification_benchmark_v1.csv"
STOPWORDS = {"och", "för", "alla", "god", "ingen", "samt", "and", "for", "the", "on", "of"}
STOPWORDS |= {"hållbar", "hållbara", "to", "all", "no", "zero", "good", "life", "clean"}


def name_baseline(language: str) -> Callable[[str], set[int]]:
    """Suggest a goal when a word of its catalog short name occurs in the text."""
    keywords: dict[int, set[str]] = {}
    for goal in load_catalog().goals:
        name = goal.short_sv if language == "sv" else goal.short_en
        words = [w for w in tokenise(name) if w not in STOPWORDS and len(w) > 2]
        keywords[goal.number] = {form for w in words for form in word_forms(w, language)}

    def predict(text: str) -> set[int]:
        forms = set().union(*(word_forms(t, language) for t in tokenise(text)))
        return {goal for goal, words in keywords.items() if words & forms}

    return predict


def fmt(value: float | None) -> str:
    return "  –  " if value is None else f"{value:5.2f}"


def summary(label: str, report: Report) -> str:
    micro = report.micro
    return (
        f"{label:<44} micro P {fmt(micro.precision)} R {fmt(micro.recall)} "
        f"F1 {fmt(micro.f1)}   macro P {fmt(report.macro('precision'))} "
        f"R {fmt(report.macro('recall'))} F1 {fmt(report.macro('f1'))}"
    )


def per_goal_table(report: Report) -> list[str]:
    lines = [" goal  precision  recall    F1   support   tp   fp   fn"]
    for g in report.per_goal:
        lines.append(
            f"  {g.goal:>3}    {fmt(g.precision)}   {fmt(g.recall)}  {fmt(g.f1)}   "
            f"{g.support:>5}  {g.tp:>4} {g.fp:>4} {g.fn:>4}"
        )
    return lines


def swedish(per_goal: bool) -> None:
    passages = read_eval_set(EVAL_SET)
    support = Counter(goal for p in passages for goal in p.goals)
    common = support.most_common(1)[0][0]
    print(
        f"(a) Swedish evaluation set: {len(passages)} passages, "
        f"{sum(support.values())} goal labels, {sum(1 for p in passages if not p.goals)} "
        f"about no goal ({EVAL_SET.relative_to(REPO)})"
    )
    started = time.perf_counter()
    report = evaluate(passages, suggested_goals)
    seconds = time.perf_counter() - started
    if per_goal:
        print("\n".join(per_goal_table(report)))
    print(summary(f"Styra lexicon (threshold {THRESHOLD})", report))
    tuning = [p for p in passages if int(p.id[2:]) % 2 == 1]
    untouched = [p for p in passages if int(p.id[2:]) % 2 == 0]
    print(summary(f"  tuning half (odd ids, {len(tuning)})", evaluate(tuning, suggested_goals)))
    untouched_report = evaluate(untouched, suggested_goals)
    print(summary(f"  untouched half (even ids, {len(untouched)})", untouched_report))
    for threshold in (1.5, 2.0):
        report_t = evaluate(passages, lambda t, th=threshold: suggested_goals(t, threshold=th))
        print(summary(f"  at threshold {threshold}", report_t))
    print(summary("baseline: goal-name keywords", evaluate(passages, name_baseline("sv"))))
    print(summary(f"baseline: always goal {common}", evaluate(passages, lambda t: {common})))
    print(f"speed: {len(passages) / seconds:,.0f} passages/s")


def english(path: Path, per_goal: bool) -> None:
    if not path.is_file():
        print(f"(b) English benchmark not found at {path}: skipped")
        return
    rows = read_benchmark(path)
    positives = sum(row.label for row in rows)
    print(
        f"\n(b) English SDG classification benchmark: {len(rows)} rows, {positives} True ({path})"
    )
    report = evaluate_judgements(rows, lambda text: suggested_goals(text, "en"))
    if per_goal:
        print("\n".join(per_goal_table(report)))
    print(summary(f"Styra English lexicon (threshold {THRESHOLD})", report))
    print(summary("baseline: goal-name keywords", evaluate_judgements(rows, name_baseline("en"))))
    always = evaluate_judgements(rows, lambda text: set(range(1, 18)))
    print(summary("baseline: always yes", always))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-goal", action="store_true", default=True)
    parser.add_argument("--summary-only", dest="per_goal", action="store_false")
    parser.add_argument("--benchmark", type=Path, default=BENCHMARK)
    args = parser.parse_args()
    swedish(args.per_goal)
    english(args.benchmark, args.per_goal)


if __name__ == "__main__":
    main()
