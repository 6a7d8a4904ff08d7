"""Breakdown by one background variable (age band, district, gender) only for groups
large enough that no one can be picked out (k-anonymity, ``MIN_GROUP`` = 10).

Each answer comes with its participant's group (``None``: not stated). The rule:

1. A group with at least ``MIN_GROUP`` answers is shown on its own.
2. The smaller groups are merged into one group "other" if together they have
   at least ``MIN_GROUP`` answers; otherwise they are left out.
3. What is not shown in any group could be worked out as the whole result minus
   the groups shown. So if some answers are left out and they and the
   not-stated answers together are fewer than ``MIN_GROUP``, the smallest
   shown group (the last in order of equal ones) is treated as small too, and
   the rule is applied again, until that no longer holds or no group is left.

The breakdown says how many answers were left out and how many did not state
a group; the caller aggregates each group's answers as it does the whole
(``group_table``: one summary per group, as a table of rows × groups).
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

MIN_GROUP = 10

T = TypeVar("T")


@dataclass(frozen=True)
class Group(Generic[T]):
    label: str  # the background value; for "other", OTHER
    answers: tuple[T, ...]
    merged: tuple[str, ...] = ()  # for "other": the groups merged into it

    @property
    def size(self) -> int:
        return len(self.answers)


OTHER = "other"


@dataclass(frozen=True)
class Breakdown(Generic[T]):
    groups: tuple[Group[T], ...]  # each with at least MIN_GROUP answers, in order
    other: Group[T] | None  # the small groups merged, when together ≥ MIN_GROUP
    left_out: int  # answers in groups too small to show
    left_out_groups: tuple[str, ...]
    not_stated: int  # answers without a group

    @property
    def shown(self) -> tuple[Group[T], ...]:
        return self.groups + ((self.other,) if self.other else ())


def split_groups(
    answers: Sequence[tuple[str | None, T]],
    order: Sequence[str] = (),
    minimum: int = MIN_GROUP,
) -> Breakdown[T]:
    """The groups (label, answer) that may be shown; ``order`` lists the labels in the
    order to show them (others follow in the order first met)."""
    if minimum < 1:
        raise ValueError(f"the smallest group shown must be at least 1, not {minimum}")
    by_label: dict[str, list[T]] = {label: [] for label in order}
    not_stated = 0
    for label, answer in answers:
        if label is None or label == "":
            not_stated += 1
        else:
            by_label.setdefault(label, []).append(answer)
    sizes = {label: len(members) for label, members in by_label.items() if members}
    small = {label for label, size in sizes.items() if size < minimum}
    while True:
        merged = sum(sizes[label] for label in small)
        left_out = merged if merged < minimum else 0
        large = [label for label in sizes if label not in small]
        if not (left_out and left_out + not_stated < minimum and large):
            break
        small.add(min(reversed(large), key=lambda label: sizes[label]))
    other_labels = tuple(label for label in sizes if label in small)
    other = (
        Group(OTHER, tuple(a for label in other_labels for a in by_label[label]), other_labels)
        if other_labels and not left_out
        else None
    )
    return Breakdown(
        groups=tuple(Group(label, tuple(by_label[label])) for label in large),
        other=other,
        left_out=left_out,
        left_out_groups=other_labels if left_out else (),
        not_stated=not_stated,
    )


R = TypeVar("R")


@dataclass(frozen=True)
class GroupTable(Generic[R]):
    """A result per group shown: for each row, one value per group (None: none)."""

    groups: tuple[tuple[str, int], ...]  # (label, answers) of each group shown, in order
    rows: tuple[tuple[R, tuple[float | None, ...]], ...]
    left_out: int
    not_stated: int


def group_table(
    answers: Sequence[tuple[str | None, T]],
    summarise: Callable[[list[T]], Mapping[R, float | None]],
    rows: Sequence[R],
    order: Sequence[str] = (),
    minimum: int = MIN_GROUP,
) -> GroupTable[R]:
    """The groups ``split_groups`` shows, each summarised as the whole is
    (``summarise``: a group's answers → row → value), as a table of ``rows`` × groups."""
    breakdown = split_groups(answers, order, minimum)
    values = [summarise(list(group.answers)) for group in breakdown.shown]
    return GroupTable(
        groups=tuple((group.label, group.size) for group in breakdown.shown),
        rows=tuple((row, tuple(found.get(row) for found in values)) for row in rows),
        left_out=breakdown.left_out,
        not_stated=breakdown.not_stated,
    )
