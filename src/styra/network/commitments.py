"""The commitments matrix: each member of a network × the four commitments and the five
expectations, and each member's progress through the working model's four steps.

Pure: the web app (``styra.web.network.commitments``) reads the facts from Styra's
records and the members' own marks, and passes them in. A column is done when Styra
has a record of it (source "styra"), else when the member marked it (an expectation
only; source "marked"); otherwise it is missing. A member whose row the reader may not
see is hidden: its cells say nothing. See docs/network-commitments.md.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

COMMITMENTS = ("decision", "steering", "contact", "working")
EXPECTATIONS = ("nulage", "priorities", "involve", "change", "followup")
COLUMNS = COMMITMENTS + EXPECTATIONS

# The working model's step each expectation belongs to (1 nulägesanalys, 2 prioritera
# och planera, 3 kommunicera och involvera, 4 följa upp och analysera).
STEP_OF = {"nulage": 1, "priorities": 2, "change": 2, "involve": 3, "followup": 4}
STEPS = (1, 2, 3, 4)


class Status(StrEnum):
    DONE = "done"
    MISSING = "missing"
    HIDDEN = "hidden"


class Source(StrEnum):
    STYRA = "styra"
    MARKED = "marked"


@dataclass(frozen=True)
class Fact:
    """A record in Styra that shows a column done: when, what it is, and where to see it."""

    on: date | None
    evidence: str = ""
    link: str = ""


@dataclass(frozen=True)
class Mark:
    """A member's own mark that it met an expectation, with its evidence."""

    on: date
    evidence: str


@dataclass(frozen=True)
class Member:
    """One member and what is known of it: records per column, marks per expectation."""

    kolada_id: str
    name: str
    type: str  # "K" kommun, "L" region
    records: Mapping[str, Fact] = field(default_factory=dict)
    marks: Mapping[str, Mark] = field(default_factory=dict)
    visible: bool = True


@dataclass(frozen=True)
class Cell:
    column: str
    status: Status
    on: date | None = None
    source: Source | None = None
    evidence: str = ""
    link: str = ""

    @property
    def done(self) -> bool:
        return self.status == Status.DONE


@dataclass(frozen=True)
class StepProgress:
    number: int
    done: int
    total: int


@dataclass(frozen=True)
class Row:
    kolada_id: str
    name: str
    type: str
    cells: tuple[Cell, ...]
    hidden: bool = False

    @property
    def done(self) -> int:
        return sum(cell.done for cell in self.cells)

    @property
    def missing(self) -> list[str]:
        return [cell.column for cell in self.cells if cell.status == Status.MISSING]

    def cell(self, column: str) -> Cell:
        return next(cell for cell in self.cells if cell.column == column)

    @property
    def steps(self) -> tuple[StepProgress, ...]:
        """How many of each step's expectations are done (none for a hidden row)."""
        return tuple(
            StepProgress(
                step,
                sum(self.cell(c).done for c, s in STEP_OF.items() if s == step),
                sum(1 for s in STEP_OF.values() if s == step),
            )
            for step in STEPS
        )


@dataclass(frozen=True)
class Matrix:
    rows: tuple[Row, ...]
    columns: tuple[str, ...] = COLUMNS

    @property
    def shown(self) -> tuple[Row, ...]:
        return tuple(row for row in self.rows if not row.hidden)

    def done_in(self, column: str) -> int:
        """How many of the shown members have ``column`` done."""
        return sum(row.cell(column).done for row in self.shown)


def cell_of(column: str, member: Member) -> Cell:
    """Styra's record first, else the member's mark (expectations only), else missing."""
    if not member.visible:
        return Cell(column, Status.HIDDEN)
    record = member.records.get(column)
    if record is not None:
        return Cell(column, Status.DONE, record.on, Source.STYRA, record.evidence, record.link)
    mark = member.marks.get(column) if column in EXPECTATIONS else None
    if mark is not None:
        return Cell(column, Status.DONE, mark.on, Source.MARKED, mark.evidence)
    return Cell(column, Status.MISSING)


def row_of(member: Member) -> Row:
    cells = tuple(cell_of(column, member) for column in COLUMNS)
    return Row(member.kolada_id, member.name, member.type, cells, hidden=not member.visible)


def build_matrix(members: Iterable[Member]) -> Matrix:
    """One row per member: kommuner first, then regioner, each by name."""
    ordered = sorted(members, key=lambda m: (m.type != "K", m.name, m.kolada_id))
    return Matrix(tuple(row_of(member) for member in ordered))
