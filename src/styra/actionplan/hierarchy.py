"""The plan's hierarchy: strategy → action → activity, and walking it parents first.

A node is kept as ``id → parent id`` (``None`` for a top node). The walk
(``tree_order``) refuses a parent that is not among the nodes and a chain of
parents that loops, naming the nodes; the roll-up and the inherited goals
both walk the tree with it.
"""

from collections.abc import Hashable, Iterable, Mapping

LEVELS = ("strategy", "action", "activity")
# The level a node's parent must have; a strategy has no parent.
PARENT_LEVEL: dict[str, str | None] = {"strategy": None, "action": "strategy", "activity": "action"}


class HierarchyError(ValueError):
    """The nodes do not form a tree: a duplicate id, an unknown parent or a cycle."""


class CycleError(HierarchyError):
    """A chain of parents that comes back to where it started; ``cycle`` lists it."""

    def __init__(self, cycle: list):
        self.cycle = cycle
        path = " → ".join(map(str, [*cycle, cycle[0]]))
        super().__init__(f"the parents form a cycle: {path}")


def parent_level_error(level: str, parent_level: str | None) -> str | None:
    """Why a node of ``level`` cannot have a parent of ``parent_level`` (None: no parent).

    Returns None when it can, else a code: ``unknown_level``, ``strategy_has_parent``
    (a strategy is always at the top), ``needs_parent`` (an action needs a
    strategy, an activity an action) or ``wrong_parent_level``.
    """
    if level not in PARENT_LEVEL or (parent_level is not None and parent_level not in LEVELS):
        return "unknown_level"
    wanted = PARENT_LEVEL[level]
    if wanted is None:
        return None if parent_level is None else "strategy_has_parent"
    if parent_level is None:
        return "needs_parent"
    return None if parent_level == wanted else "wrong_parent_level"


def tree_order(parents: Mapping[Hashable, Hashable | None]) -> list:
    """The ids parents first (breadth first from the top nodes, siblings in the given order).

    Raises ``HierarchyError`` for a parent id that is not a node, ``CycleError``
    for a loop (a node that is its own ancestor).
    """
    children: dict[Hashable, list] = {}
    roots = []
    for node, parent in parents.items():
        if parent is None:
            roots.append(node)
        elif parent not in parents:
            raise HierarchyError(f"node {node!r} has the parent {parent!r}, which is not a node")
        else:
            children.setdefault(parent, []).append(node)
    order = list(roots)
    for node in order:  # grows while it is walked: breadth first
        order.extend(children.get(node, ()))
    if len(order) < len(parents):
        raise CycleError(find_cycle(parents, set(order)))
    return order


def find_cycle(parents: Mapping[Hashable, Hashable | None], reached: set) -> list:
    """A cycle among the nodes not reached from a top node (their parents must loop)."""
    start = next(node for node in parents if node not in reached)
    seen: list = []
    node = start
    while node not in seen:
        seen.append(node)
        node = parents[node]
    return seen[seen.index(node) :]


def goal_of_target(target_id: str) -> int:
    """The goal of a target id as issued: ``"13.2"`` → 13, ``"1.a"`` → 1."""
    return int(str(target_id).split(".", 1)[0])


def effective_goals(
    parents: Mapping[Hashable, Hashable | None], targets: Mapping[Hashable, Iterable[str]]
) -> dict[Hashable, frozenset[int]]:
    """Per node the goals it serves: those of its own targets and all its ancestors'.

    An action under a strategy for target 13.2 serves goal 13 even when it names
    no target of its own; its own targets (say 7.2) add goal 7.
    """
    result: dict[Hashable, frozenset[int]] = {}
    for node in tree_order(parents):
        own = frozenset(goal_of_target(t) for t in targets.get(node, ()))
        parent = parents[node]
        result[node] = own if parent is None else own | result[parent]
    return result
