"""Styra's curated Agenda 2030 KPI set: each KPI's SDG goal, targets and polarity.

No public machine-readable source maps Kolada's KPIs to the SDGs, so Styra ships
its own mapping in ``kpis.csv`` beside this module (see docs/agenda2030-mapping.md).
The file is validated when it is read: a bad value raises ``CuratedSetError``
naming the row and the column. Rows are counted from 1 for the first data row
(the header is not a row), as in ``styra.kolada.bundle``.

Bounds follow DESIGN §4 M2: ``upper_bound`` is the optimum (the value that scores
100) and ``lower_bound`` the value that scores 0, in the KPI's own unit. For a
KPI where lower is better (polarity -1) the optimum is therefore the smaller
number. A target or bound is set only where a real policy target exists, named
in ``bound_source``; otherwise the engine computes robust bounds from the data.
``comparable = no`` marks totals that grow with the area's size (tonnes, MWh):
they get a trend and an outlook, never a position or a score.
"""

import csv
import io
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from styra.files import FileProblem
from styra.sdg import GOAL_NUMBERS, UnknownSdgId, load_catalog, parse_target_id

COLUMNS = (
    "kpi_id",
    "title",
    "goal",
    "secondary_goal",
    "targets",
    "polarity",
    "unit",
    "municipality_type",
    "origin",
    "target_value",
    "target_year",
    "lower_bound",
    "upper_bound",
    "bound_source",
    "comparable",
    "rationale",
)
ORIGINS = ("kolada_agenda2030", "styra_regional", "styra_supplement")
MUNICIPALITY_TYPES = ("K", "L", "A")
POLARITIES = (-1, 0, 1)
COMPARABLE = ("yes", "no")
KPI_ID_PATTERN = re.compile(r"^[A-Z]\d{5}$")
TARGET_YEAR_RANGE = (2000, 2100)
SHIPPED_FILE = "kpis.csv"


class CuratedSetError(FileProblem):
    """The curated KPI file holds a value Styra cannot accept."""

    def __init__(self, message: str, row: int | None = None, column: str | None = None):
        super().__init__(message, file=SHIPPED_FILE, row=row, column=column)


@dataclass(frozen=True)
class CuratedKpi:
    kpi_id: str
    title: str
    goal: int
    secondary_goal: int | None
    targets: tuple[str, ...]
    polarity: int
    unit: str
    municipality_type: str
    origin: str
    target_value: float | None
    target_year: int | None
    lower_bound: float | None
    upper_bound: float | None
    bound_source: str  # the policy target behind target_value or a bound, in words
    comparable: bool  # False for totals that grow with the area's size (no position, no score)
    rationale: str


class _Row:
    """One CSV row with typed readers that name the row and column on failure."""

    def __init__(self, index: int, values: dict[str, str]):
        self.index, self.values = index, values

    def fail(self, column: str, message: str) -> CuratedSetError:
        return CuratedSetError(message, row=self.index, column=column)

    def text(self, column: str, required: bool = True) -> str:
        value = (self.values.get(column) or "").strip()
        if required and not value:
            raise self.fail(column, "is empty")
        return value

    def integer(self, column: str, required: bool = True) -> int | None:
        value = self.text(column, required)
        if not value:
            return None
        try:
            return int(value)
        except ValueError:
            raise self.fail(column, f"{value!r} is not a whole number") from None

    def number(self, column: str) -> float | None:
        value = self.text(column, required=False)
        if not value:
            return None
        try:
            return float(value)
        except ValueError:
            raise self.fail(column, f"{value!r} is not a number") from None

    def choice(self, column: str, allowed: tuple) -> str:
        value = self.text(column)
        if value not in allowed:
            raise self.fail(column, f"{value!r} is not one of {', '.join(map(str, allowed))}")
        return value

    def goal(self, column: str, required: bool = True) -> int | None:
        number = self.integer(column, required)
        if number is not None and number not in GOAL_NUMBERS:
            raise self.fail(column, f"{number} is not an SDG goal (1–17)")
        return number


def _targets(row: _Row, goals: set[int]) -> tuple[str, ...]:
    catalog, targets = load_catalog(), []
    for part in row.text("targets", required=False).split(";"):
        if not part.strip():
            continue
        try:
            target = catalog.target(parse_target_id(part))
        except (ValueError, UnknownSdgId) as error:
            raise row.fail("targets", str(error)) from None
        if target.goal not in goals:
            raise row.fail("targets", f"{target.target_id} belongs to neither goal {sorted(goals)}")
        targets.append(target.target_id)
    if len(set(targets)) != len(targets):
        raise row.fail("targets", "lists a target twice")
    return tuple(targets)


def _check_numbers(row: _Row, kpi: CuratedKpi) -> None:
    if (kpi.target_value is None) != (kpi.target_year is None):
        column = "target_year" if kpi.target_year is None else "target_value"
        raise row.fail(column, "target_value and target_year go together: give both or neither")
    if kpi.target_year is not None and not (
        TARGET_YEAR_RANGE[0] <= kpi.target_year <= TARGET_YEAR_RANGE[1]
    ):
        raise row.fail("target_year", f"{kpi.target_year} is outside {TARGET_YEAR_RANGE}")
    judged = (kpi.target_value, kpi.lower_bound, kpi.upper_bound)
    if kpi.polarity == 0 and any(value is not None for value in judged):
        raise row.fail("polarity", "a neutral KPI (0) takes no target or bounds")
    has_policy = any(value is not None for value in judged)
    if has_policy and not kpi.bound_source:
        raise row.fail("bound_source", "a target or bound needs the policy it comes from")
    if kpi.bound_source and not has_policy:
        raise row.fail("bound_source", "names a policy but the row has no target or bound")
    if kpi.lower_bound is not None and kpi.upper_bound is not None:
        better = (kpi.upper_bound - kpi.lower_bound) * kpi.polarity
        if better <= 0:
            raise row.fail(
                "upper_bound",
                "upper_bound is the optimum: it must be above lower_bound when higher is "
                "better and below it when lower is better",
            )


def _parse_row(row: _Row) -> CuratedKpi:
    kpi_id = row.text("kpi_id")
    if not KPI_ID_PATTERN.match(kpi_id):
        raise row.fail("kpi_id", f"{kpi_id!r} is not a Kolada KPI id like 'N00401'")
    goal = row.goal("goal")
    secondary = row.goal("secondary_goal", required=False)
    if secondary == goal:
        raise row.fail("secondary_goal", "repeats the primary goal")
    assert goal is not None
    polarity = row.integer("polarity")
    if polarity not in POLARITIES:
        raise row.fail("polarity", f"{polarity} is not -1, 0 or 1")
    kpi = CuratedKpi(
        kpi_id=kpi_id,
        title=row.text("title"),
        goal=goal,
        secondary_goal=secondary,
        targets=_targets(row, {goal} | ({secondary} if secondary else set())),
        polarity=polarity,
        unit=row.text("unit"),
        municipality_type=row.choice("municipality_type", MUNICIPALITY_TYPES),
        origin=row.choice("origin", ORIGINS),
        target_value=row.number("target_value"),
        target_year=row.integer("target_year", required=False),
        lower_bound=row.number("lower_bound"),
        upper_bound=row.number("upper_bound"),
        bound_source=row.text("bound_source", required=False),
        comparable=row.choice("comparable", COMPARABLE) == "yes",
        rationale=row.text("rationale"),
    )
    _check_numbers(row, kpi)
    return kpi


def parse_curated_kpis(source: str | Path) -> tuple[CuratedKpi, ...]:
    """Read and validate a curated-KPI CSV: a ``Path``, a path string, or the CSV text itself.

    A string containing a line break is taken as CSV text, otherwise as a path.
    """
    if isinstance(source, Path) or "\n" not in source:
        source = Path(source).read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(source.lstrip("\ufeff")))
    header = tuple(reader.fieldnames or ())
    for column in COLUMNS:
        if column not in header:
            raise CuratedSetError("is missing from the header", column=column)
    extra = [column for column in header if column not in COLUMNS]
    if extra:
        raise CuratedSetError(f"unknown columns in the header: {extra}")
    kpis: list[CuratedKpi] = []
    first_row: dict[str, int] = {}
    for number, values in enumerate(reader, start=1):
        if None in values:
            raise CuratedSetError("has more fields than the header", row=number)
        kpi = _parse_row(_Row(number, values))
        if kpi.kpi_id in first_row:
            message = f"{kpi.kpi_id} is already on row {first_row[kpi.kpi_id]}"
            raise CuratedSetError(message, row=number, column="kpi_id")
        first_row[kpi.kpi_id] = number
        kpis.append(kpi)
    if not kpis:
        raise CuratedSetError("holds no KPIs")
    return tuple(kpis)


@cache
def load_curated_kpis() -> tuple[CuratedKpi, ...]:
    """Styra's shipped curated Agenda 2030 set (validated, read once, then cached)."""
    text = resources.files("styra.agenda2030").joinpath(SHIPPED_FILE).read_text(encoding="utf-8")
    return parse_curated_kpis(text)


def kpis_for_goal(goal: int, include_secondary: bool = False) -> tuple[CuratedKpi, ...]:
    """The curated KPIs whose primary goal (or, if asked, secondary goal) is ``goal``."""
    load_catalog().goal(goal)
    return tuple(
        kpi
        for kpi in load_curated_kpis()
        if kpi.goal == goal or (include_secondary and kpi.secondary_goal == goal)
    )


def kpis_for_area_type(area_type: str) -> tuple[CuratedKpi, ...]:
    """The KPIs that apply to a kommun ("K": K and A rows) or a region ("L": L and A rows)."""
    if area_type not in ("K", "L"):
        raise ValueError(f"area type must be 'K' (kommun) or 'L' (region), not {area_type!r}")
    return tuple(kpi for kpi in load_curated_kpis() if kpi.municipality_type in (area_type, "A"))
