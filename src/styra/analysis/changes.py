"""What changed between two data versions: the yearly refresh's "Vad har hänt sedan sist?".

Pure functions over the tidy value frames (``kpi_id, area_id, year, gender, value``)
of two versions and, for one area, the ``AreaAnalysis`` of each. Only totals (gender
T) with a value count; a year without a value is missing, never 0. The classes, exactly
(docs/changes.md):

- **new years**: a year with a value now that had none before;
- **revised**: a year with a value in both versions that Kolada changed beyond
  rounding (``beyond_rounding``);
- **improved** / **worsened**: the latest value changed beyond rounding, better or
  worse by the KPI's polarity (neutral KPIs: neither);
- **turned red** / **turned green**: the M1 colour is red (green) now and was not before.

A KPI can be in several classes (a new year that is also worse and red).
"""

from collections.abc import Iterable
from dataclasses import dataclass

import polars as pl

from styra.analysis.area import AreaAnalysis
from styra.analysis.kpis import KpiResult
from styra.analysis.settings import GREEN, RED

IMPROVED, WORSENED = "improved", "worsened"
TURNED_RED, TURNED_GREEN = "turned_red", "turned_green"
NEW_YEARS, REVISED = "new_years", "revised"
CLASSES = (TURNED_RED, WORSENED, IMPROVED, TURNED_GREEN, NEW_YEARS, REVISED)
# Kolada publishes values rounded to at most two decimals: a difference up to half the
# last unit (0.005), or up to 0.1 % of the value, is rounding, not a revision.
ABSOLUTE_TOLERANCE = 0.005
RELATIVE_TOLERANCE = 0.001
KEYS = ("kpi_id", "area_id")


def beyond_rounding(before: pl.Expr, after: pl.Expr) -> pl.Expr:
    """``after`` differs from ``before`` by more than rounding (both not null)."""
    tolerance = pl.max_horizontal(pl.lit(ABSOLUTE_TOLERANCE), before.abs() * RELATIVE_TOLERANCE)
    return (after - before).abs() > tolerance


def totals(values: pl.DataFrame, area_ids: Iterable[str] | None) -> pl.DataFrame:
    frame = values.filter((pl.col("gender") == "T") & pl.col("value").is_not_null())
    if area_ids is not None:
        frame = frame.filter(pl.col("area_id").is_in(list(area_ids)))
    return frame.select(*KEYS, "year", "value")


def value_pairs(
    old: pl.DataFrame, new: pl.DataFrame, area_ids: Iterable[str] | None = None
) -> pl.DataFrame:
    """``kpi_id, area_id, year, before, after``: every KPI × area × year with a total in
    either version (null where that version has none)."""
    ids = None if area_ids is None else list(area_ids)
    return (
        totals(old, ids)
        .join(totals(new, ids), on=[*KEYS, "year"], how="full", coalesce=True, suffix="_after")
        .rename({"value": "before", "value_after": "after"})
    )


def compare_values(
    old: pl.DataFrame,
    new: pl.DataFrame,
    polarity: pl.DataFrame,
    area_ids: Iterable[str] | None = None,
) -> pl.DataFrame:
    """Per KPI × area: ``year_before, value_before, year_after, value_after`` (the latest
    totals), ``new_years`` and ``revised`` (how many years), and ``direction``: 1 improved,
    -1 worsened, 0 no change beyond rounding or a neutral KPI, null when either version
    has no value. ``polarity`` holds ``kpi_id, polarity``."""
    pairs = value_pairs(old, new, area_ids)
    both = pl.col("before").is_not_null() & pl.col("after").is_not_null()
    summary = pairs.group_by(KEYS).agg(
        new_years=(pl.col("before").is_null() & pl.col("after").is_not_null()).sum(),
        revised=(both & beyond_rounding(pl.col("before"), pl.col("after"))).sum(),
        year_before=pl.col("year").filter(pl.col("before").is_not_null()).max(),
        value_before=pl.col("before").sort_by("year").drop_nulls().last(),
        year_after=pl.col("year").filter(pl.col("after").is_not_null()).max(),
        value_after=pl.col("after").sort_by("year").drop_nulls().last(),
    )
    oriented = (pl.col("value_after") - pl.col("value_before")) * pl.col("polarity")
    changed = beyond_rounding(pl.col("value_before"), pl.col("value_after"))
    direction = (
        pl.when(pl.col("value_before").is_null() | pl.col("value_after").is_null())
        .then(None)
        .when(changed & (oriented > 0))
        .then(1)
        .when(changed & (oriented < 0))
        .then(-1)
        .otherwise(0)
    )
    return (
        summary.join(polarity.select("kpi_id", "polarity"), on="kpi_id", how="inner")
        .with_columns(direction.cast(pl.Int8).alias("direction"))
        .drop("polarity")
        .sort(KEYS)
    )


@dataclass(frozen=True)
class Revision:
    year: int
    before: float
    after: float


@dataclass(frozen=True)
class KpiChange:
    """One KPI of the area that changed: its latest value and M1 colour before and after."""

    kpi_id: str
    title: str
    goal: int
    unit: str
    value_before: float | None
    year_before: int | None
    value_after: float | None
    year_after: int | None
    colour_before: str
    colour_after: str
    new_years: tuple[int, ...]
    revisions: tuple[Revision, ...]
    classes: tuple[str, ...]


@dataclass(frozen=True)
class GoalChange:
    goal: int
    rank_before: int | None  # M5 rank (1 = biggest challenge); None: too little data
    rank_after: int | None
    major_before: bool
    major_after: bool
    kpis: tuple[KpiChange, ...]

    def of_class(self, name: str) -> tuple[KpiChange, ...]:
        return tuple(kpi for kpi in self.kpis if name in kpi.classes)


@dataclass(frozen=True)
class AreaChanges:
    """What changed for one area, per goal (goals in the order of the ranking after)."""

    area_id: str
    year_before: int
    year_after: int
    goals: tuple[GoalChange, ...]

    @property
    def kpis(self) -> tuple[KpiChange, ...]:
        return tuple(kpi for goal in self.goals for kpi in goal.kpis)

    @property
    def ranking_changed(self) -> bool:
        return any(g.rank_before != g.rank_after for g in self.goals)

    @property
    def anything(self) -> bool:
        return bool(self.kpis) or self.ranking_changed

    def count(self, name: str) -> int:
        return sum(len(goal.of_class(name)) for goal in self.goals)


def kpi_classes(row: dict, before: KpiResult | None, after: KpiResult) -> tuple[str, ...]:
    colour_before = before.colour if before else ""
    found = {
        IMPROVED: row["direction"] == 1,
        WORSENED: row["direction"] == -1,
        TURNED_RED: after.colour == RED and colour_before != RED,
        TURNED_GREEN: after.colour == GREEN and colour_before != GREEN,
        NEW_YEARS: row["new_years"] > 0,
        REVISED: row["revised"] > 0,
    }
    return tuple(name for name in CLASSES if found[name])


def kpi_change(row: dict, pairs: pl.DataFrame, before: KpiResult | None, after: KpiResult):
    """The change of one KPI, or None when it is in no class."""
    classes = kpi_classes(row, before, after)
    if not classes:
        return None
    own = pairs.filter(pl.col("kpi_id") == after.kpi_id).sort("year")
    new_years = own.filter(pl.col("before").is_null() & pl.col("after").is_not_null())
    both = pl.col("before").is_not_null() & pl.col("after").is_not_null()
    revised = own.filter(both & beyond_rounding(pl.col("before"), pl.col("after")))
    return KpiChange(
        kpi_id=after.kpi_id,
        title=after.title,
        goal=after.goal,
        unit=after.unit,
        value_before=row["value_before"],
        year_before=row["year_before"],
        value_after=row["value_after"],
        year_after=row["year_after"],
        colour_before=before.colour if before else "",
        colour_after=after.colour,
        new_years=tuple(new_years["year"].to_list()),
        revisions=tuple(Revision(*r) for r in revised.select("year", "before", "after").rows()),
        classes=classes,
    )


def area_changes(
    old: pl.DataFrame, new: pl.DataFrame, before: AreaAnalysis, after: AreaAnalysis
) -> AreaChanges:
    """What changed for the area of ``after`` between the versions ``old`` and ``new``
    (value frames), with ``before`` and ``after`` the area's analysis of each version."""
    area = after.area_id
    polarity = pl.DataFrame(
        [(k.kpi_id, k.polarity) for k in after.kpis],
        schema={"kpi_id": pl.Utf8, "polarity": pl.Int64},
        orient="row",
    )
    pairs = value_pairs(old, new, [area])
    rows = {
        row["kpi_id"]: row
        for row in compare_values(old, new, polarity, [area]).iter_rows(named=True)
    }
    earlier = {k.kpi_id: k for k in before.kpis}
    changes = [
        kpi_change(rows[k.kpi_id], pairs, earlier.get(k.kpi_id), k)
        for k in after.kpis
        if k.kpi_id in rows
    ]
    changes += [
        kpi_change(empty_row(), pairs, earlier.get(k.kpi_id), k)
        for k in after.kpis
        if k.kpi_id not in rows
    ]
    ranks = {g.goal: g for g in before.goals}
    goals = tuple(
        GoalChange(
            goal=g.goal,
            rank_before=rank_of(ranks.get(g.goal)),
            rank_after=rank_of(g),
            major_before=bool(ranks.get(g.goal) and ranks[g.goal].major_challenge),
            major_after=g.major_challenge,
            kpis=tuple(c for c in changes if c is not None and c.goal == g.goal),
        )
        for g in after.goals
    )
    return AreaChanges(area, before.year, after.year, goals)


def empty_row() -> dict:
    """A KPI without totals in either version: only its colour can have changed."""
    return {
        "direction": None,
        "new_years": 0,
        "revised": 0,
        "value_before": None,
        "year_before": None,
        "value_after": None,
        "year_after": None,
    }


def rank_of(goal) -> int | None:
    return None if goal is None or goal.too_little_data else goal.rank
