"""Benchmark: the 1b focus suggester's precision and recall, next to baselines.

(a) Swedish: Styra's two evaluation sets, ``tests/data/focus_eval_sv.csv`` and
    ``tests/data/focus_eval_municipal_sv.csv``, split by ``styra.focus.evaluation.split``
    (odd ids: the tuning half, the only errors read while the lexicon and the operating
    point were chosen; even ids: held out). Every passage is judged for all 17 goals.
    Printed: the operating points on the tuning half (the default marked), then the
    held-out half at the default point, per goal (precision, recall, F1, support) and
    micro/macro, next to the baselines on the same passages; then each set's halves.
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
    LabelledPassage,
    Report,
    evaluate,
    evaluate_judgements,
    read_benchmark,
    read_eval_set,
    split,
)
from styra.focus.suggest import MAX_GOALS, THRESHOLD, suggested_goals  # noqa: E402
from styra.focus.text import tokenise, word_forms  # noqa: E402
from styra.sdg import load_catalog  # noqa: E402

EVAL_SET = REPO / "tests" / "data" / "focus_eval_sv.csv"
MUNICIPAL_SET = REPO / "tests" / "data" / "focus_eval_municipal_sv.csv"
THRESHOLDS = (1.0, 1.5, 2.0)
MAX_GOAL_CHOICES = (2, 3, 4)
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
        f"{label:<50} micro P {fmt(micro.precision)} R {fmt(micro.recall)} "
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


def at(threshold: float, max_goals: int) -> Callable[[str], set[int]]:
    return lambda text: suggested_goals(text, threshold=threshold, max_goals=max_goals)


def operating_points(tuning: list[LabelledPassage]) -> None:
    """The trade-off on the tuning half; the default is the most precise point there
    with recall >= 0.75 (docs/focus.md, section 5)."""
    print(f"Operating points on the tuning half ({len(tuning)} passages):")
    for threshold in THRESHOLDS:
        for max_goals in MAX_GOAL_CHOICES:
            default = (threshold, max_goals) == (THRESHOLD, MAX_GOALS["sv"])
            label = f"  threshold {threshold}, at most {max_goals} goals"
            line = summary(
                label + (" (default)" if default else ""),
                evaluate(tuning, at(threshold, max_goals)),
            )
            print(line)


def held_out_figures(held_out: list[LabelledPassage], per_goal: bool) -> None:
    support = Counter(goal for p in held_out for goal in p.goals)
    common = support.most_common(1)[0][0]
    print(
        f"\nHeld-out half ({len(held_out)} passages, {sum(support.values())} goal labels), "
        f"default point (threshold {THRESHOLD}, at most {MAX_GOALS['sv']} goals):"
    )
    report = evaluate(held_out, suggested_goals)
    if per_goal:
        print("\n".join(per_goal_table(report)))
    print(summary("Styra lexicon, held out", report))
    print(
        summary("baseline: goal-name keywords, held out", evaluate(held_out, name_baseline("sv")))
    )
    print(
        summary(f"baseline: always goal {common}, held out", evaluate(held_out, lambda t: {common}))
    )


def swedish(per_goal: bool) -> None:
    sets = {path.name: read_eval_set(path) for path in (EVAL_SET, MUNICIPAL_SET)}
    halves = {name: split(passages) for name, passages in sets.items()}
    tuning = [p for tune, _held in halves.values() for p in tune]
    held_out = [p for _tune, held in halves.values() for p in held]
    for name, passages in sets.items():
        print(
            f"(a) {name}: {len(passages)} passages, "
            f"{sum(1 for p in passages if not p.goals)} about no goal"
        )
    operating_points(tuning)
    held_out_figures(held_out, per_goal)
    print("\nEach set at the default point:")
    for name, (tune, held) in halves.items():
        print(summary(f"  {name}, tuning half ({len(tune)})", evaluate(tune, suggested_goals)))
        print(summary(f"  {name}, held out ({len(held)})", evaluate(held, suggested_goals)))
    everything = [p for passages in sets.values() for p in passages]
    started = time.perf_counter()
    evaluate(everything, suggested_goals)
    print(f"speed: {len(everything) / (time.perf_counter() - started):,.0f} passages/s")


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
