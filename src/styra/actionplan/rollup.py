"""Weighted roll-up of progress through the plan's hierarchy: one pure function.

Each node has a weight and its own progress, 0–100 (the percent of its latest
progress entry; None when nothing is reported yet). Then:

- a node **without children** shows its own progress; with no report yet it
  counts as 0 (nothing reported is nothing shown as done);
- a node **with children** shows the weighted mean of its children's rolled-up
  progress, Σ wᵢ·pᵢ / Σ wᵢ. Its own entries do not count: they stay in its
  history as notes. If every child weighs 0 (e.g. all are cancelled) the node
  falls back to its own progress, as if it had no children.

The weight is the node's own (default 1: every child counts the same). Weights
only matter relative to their siblings: scaling them all by the same factor
changes nothing. See docs/actionplan.md.
"""

import math
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

from styra.actionplan.hierarchy import HierarchyError, tree_order

DEFAULT_WEIGHT = 1.0


@dataclass(frozen=True)
class Node:
    id: Hashable
    parent_id: Hashable | None = None
    weight: float = DEFAULT_WEIGHT
    progress: float | None = None  # the latest entry's percent, 0–100; None: none yet


def _checked(nodes: Iterable[Node]) -> dict[Hashable, Node]:
    by_id: dict[Hashable, Node] = {}
    for node in nodes:
        if node.id in by_id:
            raise HierarchyError(f"two nodes have the id {node.id!r}")
        if not (math.isfinite(node.weight) and node.weight >= 0):
            raise ValueError(f"node {node.id!r}: the weight must be 0 or more, not {node.weight}")
        if node.progress is not None and not (
            math.isfinite(node.progress) and 0 <= node.progress <= 100
        ):
            raise ValueError(f"node {node.id!r}: progress must be 0–100, not {node.progress}")
        by_id[node.id] = node
    return by_id


def roll_up(nodes: Iterable[Node]) -> dict[Hashable, float]:
    """The rolled-up progress (0–100) of every node, by id.

    Raises ``HierarchyError`` (duplicate id, unknown parent), ``CycleError``
    (a loop of parents) or ``ValueError`` (a weight below 0, progress outside
    0–100), each naming the node.
    """
    by_id = _checked(nodes)
    order = tree_order({node.id: node.parent_id for node in by_id.values()})
    weights: dict[Hashable, float] = {}
    sums: dict[Hashable, float] = {}
    result: dict[Hashable, float] = {}
    for node_id in reversed(order):  # children before their parents
        node = by_id[node_id]
        total = weights.get(node_id, 0.0)
        if total > 0:
            value = sums[node_id] / total
        else:
            value = float(node.progress) if node.progress is not None else 0.0
        value = min(100.0, max(0.0, value))  # float rounding only
        result[node_id] = value
        if node.parent_id is not None:
            weights[node.parent_id] = weights.get(node.parent_id, 0.0) + node.weight
            sums[node.parent_id] = sums.get(node.parent_id, 0.0) + node.weight * value
    return result
