"""Precision, recall and F1 per goal for a goal suggester, on labelled passages.

Two formats of labelled data are read:

* Styra's Swedish evaluation set (``tests/data/focus_eval_sv.csv``): ``id,text,goals``
  with goals like ``"3;10"`` (empty: no goal). Every passage is judged for every goal.
* Styra's second Swedish set (``tests/data/focus_eval_municipal_sv.csv``), same format.
* the English SDG classification benchmark: ``id,text,sdg,label``, one (text, goal)
  pair per row with label True/False. Only the named goal is judged on that row.
"""

import csv
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from styra.sdg import GOAL_NUMBERS


@dataclass(frozen=True)
class LabelledPassage:
    id: str
    text: str
    goals: frozenset[int]


@dataclass(frozen=True)
class Judgement:
    """One (text, goal) question with its gold answer, as in the English benchmark."""

    id: str
    text: str
    goal: int
    label: bool


@dataclass(frozen=True)
class GoalFigures:
    goal: int
    tp: int
    fp: int
    fn: int

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.support if self.support else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Report:
    per_goal: tuple[GoalFigures, ...]

    @property
    def micro(self) -> GoalFigures:
        return GoalFigures(
            0,
            sum(g.tp for g in self.per_goal),
            sum(g.fp for g in self.per_goal),
            sum(g.fn for g in self.per_goal),
        )

    def macro(self, measure: str) -> float | None:
        """Mean of ``precision``/``recall``/``f1`` over goals with support (None counts 0)."""
        goals = [g for g in self.per_goal if g.support]
        if not goals:
            return None
        return sum(getattr(g, measure) or 0.0 for g in goals) / len(goals)


def read_eval_set(path: Path) -> list[LabelledPassage]:
    """Rows of a Swedish evaluation set; goals must be 1–17 (ValueError names the row)."""
    with path.open(newline="", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    passages = []
    for row in rows:
        try:
            goals = frozenset(int(part) for part in row["goals"].split(";") if part.strip())
        except ValueError:
            raise ValueError(f"row {row['id']}: goals {row['goals']!r} are not numbers") from None
        if not goals <= set(GOAL_NUMBERS):
            raise ValueError(f"row {row['id']}: goals {sorted(goals)} outside 1–17")
        passages.append(LabelledPassage(row["id"], row["text"], goals))
    return passages


def held_out(passage: LabelledPassage) -> bool:
    """The fixed split of the Swedish sets: a passage whose id ends in an even number
    (``sv002``, ``mk010``) is held out; odd ones are the tuning half, the only passages
    whose errors may be read when the lexicon or the operating point is changed."""
    return int(passage.id.lstrip("abcdefghijklmnopqrstuvwxyz")) % 2 == 0


def split(passages: Iterable[LabelledPassage]) -> tuple[list[LabelledPassage], list]:
    """``(tuning half, held-out half)`` by ``held_out``."""
    passages = list(passages)
    return [p for p in passages if not held_out(p)], [p for p in passages if held_out(p)]


def read_benchmark(path: Path) -> list[Judgement]:
    """Rows of the English SDG classification benchmark (``id,text,sdg,label``)."""
    with path.open(newline="", encoding="utf-8") as file:
        return [
            Judgement(row["id"], row["text"], int(row["sdg"]), row["label"].strip() == "True")
            for row in csv.DictReader(file)
        ]


def evaluate(passages: Iterable[LabelledPassage], predict: Callable[[str], set[int]]) -> Report:
    """Score ``predict`` on multi-label passages: every passage is judged for all 17 goals."""
    counts = {goal: [0, 0, 0] for goal in GOAL_NUMBERS}
    for passage in passages:
        predicted = predict(passage.text)
        for goal in predicted | passage.goals:
            hit, gold = goal in predicted, goal in passage.goals
            counts[goal][0 if hit and gold else 1 if hit else 2] += 1
    return Report(tuple(GoalFigures(goal, *counts[goal]) for goal in GOAL_NUMBERS))


def evaluate_judgements(
    judgements: Iterable[Judgement], predict: Callable[[str], set[int]]
) -> Report:
    """Score ``predict`` on (text, goal, label) rows: only the row's goal is judged."""
    counts = {goal: [0, 0, 0] for goal in GOAL_NUMBERS}
    cache: dict[str, set[int]] = {}
    for row in judgements:
        if row.text not in cache:
            cache[row.text] = predict(row.text)
        hit = row.goal in cache[row.text]
        if hit or row.label:
            counts[row.goal][0 if hit and row.label else 1 if hit else 2] += 1
    return Report(tuple(GoalFigures(goal, *counts[goal]) for goal in GOAL_NUMBERS))
