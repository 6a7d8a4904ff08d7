"""The matrix goal × actor: per cell the actor's roles in the goal, in words.

Plain data in, plain data out: the views and the exports render the same cells.
A cell lists each role the actor has in the goal, strongest first, with the
targets it concerns, e.g. "Leder", "Bidrar (delmål 13.1, 13.3)" or
"Leder (hela målet); Informeras (delmål 13.2)". An empty cell is "".
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.utils.translation import gettext as _

from styra.sdg import GOAL_NUMBERS, load_catalog

from .models import ROLE_ORDER, Role


@dataclass(frozen=True)
class Entry:
    """One involvement as the matrix needs it."""

    actor_id: int
    goal: int
    target_id: str  # "" for the whole goal
    role: str


@dataclass(frozen=True)
class MatrixRow:
    goal: int
    cells: tuple[str, ...]  # one per actor, in the actors' order

    @property
    def is_empty(self) -> bool:
        return not any(self.cells)


def cell_text(entries: Iterable[Entry]) -> str:
    """The roles of one actor in one goal, in words (see the module's docstring)."""
    by_role: dict[str, list[str]] = {}
    for entry in entries:
        by_role.setdefault(entry.role, []).append(entry.target_id)
    parts = []
    for role in sorted(by_role, key=lambda r: ROLE_ORDER.get(r, len(ROLE_ORDER))):
        label = Role(role).label if role in Role.values else role
        scopes = by_role[role]
        targets = ", ".join(load_catalog().sort_targets(t for t in scopes if t))
        if targets and "" in scopes:
            text = _("%(role)s (hela målet; delmål %(targets)s)")
            parts.append(text % {"role": label, "targets": targets})
        elif targets:
            parts.append(_("%(role)s (delmål %(targets)s)") % {"role": label, "targets": targets})
        else:
            parts.append(str(label))
    return "; ".join(parts)


def build_matrix(actor_ids: Sequence[int], entries: Iterable[Entry]) -> tuple[MatrixRow, ...]:
    """The 17 goals in order, each with one cell per actor of ``actor_ids``."""
    grouped: dict[tuple[int, int], list[Entry]] = {}
    for entry in entries:
        grouped.setdefault((entry.goal, entry.actor_id), []).append(entry)
    return tuple(
        MatrixRow(
            goal=goal,
            cells=tuple(cell_text(grouped.get((goal, actor_id), ())) for actor_id in actor_ids),
        )
        for goal in GOAL_NUMBERS
    )
