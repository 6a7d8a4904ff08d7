"""M12 twins (tvillingar): the kommuner most like one kommun on chosen KPIs.

For each chosen KPI, one year for all: the newest year in which at least half
of the kommuner have a value (at most ``year``), gender total; a kommun
without a value that year is missing on that KPI (never an older value, never
0). Counts given in ``log_kpis`` (population) are compared on their logarithm,
so 10 000 and 20 000 invånare lie as far apart as 100 000 and 200 000.

Each KPI is standardised robustly over all kommuner: (value − median) / IQR
(the standard deviation when the IQR is 0; a KPI on which all kommuner are
equal tells nothing and is skipped). Kolada's structure KPIs are skewed, and a
few big cities would widen a standard deviation and squeeze everyone else
together; the median and the IQR do not move with them.

The distance of kommun b from the area a is a weighted Euclidean distance over
the terms both have, the weights rescaled to sum to 1 over those terms:

    d(a, b) = sqrt( Σ w_k (z_ak − z_bk)² / Σ w_k )

The kommungrupp term (``KOMMUNGRUPP``) is categorical: its squared difference
is 0 in the same SKR kommungrupp, 1 otherwise. A kommun whose shared terms
carry less than ``min_share`` of the total weight is skipped (and counted),
not ranked. The twins are the ``count`` nearest, ties ordered by area id; the
area itself is never its own twin. Each twin carries, per term, both values
and the term's share of the squared distance (the shares sum to 1), which is
why the two are, or are not, alike.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass

import polars as pl

KOMMUNGRUPP = "kommungrupp"
DEFAULT_KPIS = (
    "N01951",  # Invånare totalt, antal
    "N00954",  # Tätortsgrad
    "N01994",  # Invånare 0–19 år, andel (%)
    "N01812",  # Invånare 65–79 år, andel (%)
    "N01813",  # Invånare 80+, andel (%)
    "N00905",  # Mediannettoinkomst, kr/inv 20+
    "N01982",  # Invånare 25–64 år med eftergymnasial utbildning, andel (%)
    "N02267",  # Sysselsättningsgrad 20–64 år, andel (%)
    "N01958",  # Befolkningsförändring under senaste femårsperioden, procent
)
LOG_KPIS = frozenset({"N01951"})
TWIN_COUNT = 20
MAX_KPIS = 20
MIN_SHARE = 0.75  # of the total weight, carried by the terms a kommun shares with the area


class TwinsError(ValueError):
    """Terms or an area the twins cannot be computed for."""


@dataclass(frozen=True)
class Term:
    """A KPI id (or ``KOMMUNGRUPP``) and its weight (≥ 0, not yet normalised)."""

    kpi_id: str
    weight: float = 1.0


@dataclass(frozen=True)
class TermYear:
    """How a term was used: its weight share, year, and how many kommuner had a value."""

    kpi_id: str
    weight: float  # normalised over all terms: the weights sum to 1
    year: int | None  # None for the kommungrupp, or a KPI without values
    areas_with_value: int
    used: bool  # False: no values, all equal, or the area itself has none


@dataclass(frozen=True)
class Contribution:
    kpi_id: str
    own: float | str | None  # the area's value (kommungrupp: its code)
    twin: float | str | None
    share: float | None  # of the squared distance; None if either value is missing


@dataclass(frozen=True)
class Twin:
    area_id: str
    distance: float
    weight_share: float  # of the total weight that the shared terms carry
    contributions: tuple[Contribution, ...]


@dataclass(frozen=True)
class Twins:
    area_id: str
    terms: tuple[TermYear, ...]
    twins: tuple[Twin, ...]  # nearest first
    compared: int  # kommuner ranked
    skipped: int  # kommuner with too few shared terms


def check_terms(terms: Sequence[Term]) -> tuple[Term, ...]:
    """The terms, each once; ``TwinsError`` for none, too many or a bad weight."""
    kpis = [term.kpi_id for term in terms]
    if len(set(kpis)) != len(kpis):
        raise TwinsError("a KPI is chosen twice")
    if not [kpi for kpi in kpis if kpi != KOMMUNGRUPP]:
        raise TwinsError("choose at least one KPI")
    if len([kpi for kpi in kpis if kpi != KOMMUNGRUPP]) > MAX_KPIS:
        raise TwinsError(f"at most {MAX_KPIS} KPIs")
    for term in terms:
        if not math.isfinite(term.weight) or term.weight < 0:
            raise TwinsError(f"the weight of {term.kpi_id} must be a number ≥ 0")
    if sum(term.weight for term in terms) <= 0:
        raise TwinsError("at least one weight must be above 0")
    return tuple(terms)


def default_terms() -> tuple[Term, ...]:
    return (*(Term(kpi) for kpi in DEFAULT_KPIS), Term(KOMMUNGRUPP))


def term_years(values: pl.DataFrame, kommuner: pl.DataFrame, kpis, year) -> pl.DataFrame:
    """``kpi_id, year``: per KPI the newest year (≤ ``year``) with values for half the kommuner."""
    half = kommuner.height / 2
    counts = (
        values.lazy()
        .filter(
            pl.col("kpi_id").is_in(list(kpis))
            & (pl.col("gender") == "T")
            & pl.col("value").is_not_null()
            & (pl.col("year") <= (year if year is not None else 9999))
        )
        .join(kommuner.lazy().select("area_id"), on="area_id", how="semi")
        .group_by("kpi_id", "year")
        .agg(pl.col("area_id").n_unique().alias("n"))
        .filter(pl.col("n") >= half)
        .group_by("kpi_id")
        .agg(pl.col("year").max().cast(pl.Int64))
    )
    return counts.collect()


def standardised(
    values: pl.DataFrame,
    kommuner: pl.DataFrame,
    terms: Sequence[Term],
    year: int | None = None,
    log_kpis=LOG_KPIS,
) -> tuple[pl.DataFrame, dict[str, tuple[int | None, int]]]:
    """The long frame ``area_id, kpi_id, value, z, group, w`` of every kommun and term,
    and per KPI (year, kommuner with a value). ``kommuner``: ``area_id, skr_code``."""
    weights = {term.kpi_id: term.weight / sum(t.weight for t in terms) for term in terms}
    kpis = [kpi for kpi in weights if kpi != KOMMUNGRUPP]
    years = term_years(values, kommuner, kpis, year)
    chosen = (
        values.lazy()
        .filter(pl.col("gender") == "T")
        .join(years.lazy(), on=["kpi_id", "year"], how="semi")
        .join(kommuner.lazy().select("area_id"), on="area_id", how="semi")
        .filter(pl.col("value").is_not_null())
        .with_columns(pl.col("year").cast(pl.Int64))
        .with_columns(
            pl.when(pl.col("kpi_id").is_in(list(log_kpis)))
            .then(pl.when(pl.col("value") > 0).then(pl.col("value").log10()))
            .otherwise(pl.col("value"))
            .alias("x")
        )
        .filter(pl.col("x").is_not_null())
    )
    spread = pl.col("x").quantile(0.75, "linear") - pl.col("x").quantile(0.25, "linear")
    scale = pl.when(spread > 0).then(spread).otherwise(pl.col("x").std()).over("kpi_id")
    z = (
        chosen.with_columns(
            ((pl.col("x") - pl.col("x").median().over("kpi_id")) / scale).alias("z")
        )
        .filter(pl.col("z").is_finite())
        .select("area_id", "kpi_id", "value", "z", pl.lit(None, pl.Utf8).alias("group"))
        .collect()
    )
    if KOMMUNGRUPP in weights:
        groups = kommuner.filter(pl.col("skr_code").fill_null("") != "").select(
            "area_id",
            pl.lit(KOMMUNGRUPP).alias("kpi_id"),
            pl.lit(None, pl.Float64).alias("value"),
            pl.lit(None, pl.Float64).alias("z"),
            pl.col("skr_code").alias("group"),
        )
        z = pl.concat([z, groups])
    w = pl.DataFrame({"kpi_id": list(weights), "w": list(weights.values())})
    counts = dict(z.group_by("kpi_id").len().iter_rows())
    year_of = dict(years.iter_rows())
    used = {kpi: (year_of.get(kpi), counts.get(kpi, 0)) for kpi in weights}
    return z.join(w, on="kpi_id"), used


def pair_terms(z: pl.DataFrame, area_ids: Sequence[str] | None = None) -> pl.LazyFrame:
    """``area_id, twin_id, share, wsq`` for every pair (the areas ``area_ids``, or all,
    against every other kommun): the weight of the terms both have, and Σ w·(difference)².

    One row per kommun with a column per term, crossed with itself: the sums run
    along the row (the long form, a row per pair and term, is several times slower).
    """
    weights = dict(z.select("kpi_id", "w").unique().iter_rows())
    numeric = z.filter(pl.col("group").is_null())
    wide = numeric.pivot(on="kpi_id", index="area_id", values="z").lazy()
    terms = [kpi for kpi in weights if kpi != KOMMUNGRUPP and kpi in wide.collect_schema()]
    if KOMMUNGRUPP in weights:
        wide = wide.join(
            z.filter(pl.col("kpi_id") == KOMMUNGRUPP)
            .select("area_id", pl.col("group").alias(KOMMUNGRUPP))
            .lazy(),
            on="area_id",
            how="full",
            coalesce=True,
        )
        terms.append(KOMMUNGRUPP)
    left = wide if area_ids is None else wide.filter(pl.col("area_id").is_in(list(area_ids)))
    pairs = left.join(wide, how="cross", suffix="~").filter(pl.col("area_id") != pl.col("area_id~"))
    both = [pl.col(kpi).is_not_null() & pl.col(f"{kpi}~").is_not_null() for kpi in terms]
    squares = [
        (pl.col(kpi) != pl.col(f"{kpi}~")).cast(pl.Float64)
        if kpi == KOMMUNGRUPP
        else (pl.col(kpi) - pl.col(f"{kpi}~")) ** 2
        for kpi in terms
    ]
    return pairs.select(
        "area_id",
        pl.col("area_id~").alias("twin_id"),
        pl.sum_horizontal(
            pl.when(has).then(weights[kpi]).otherwise(0.0)
            for kpi, has in zip(terms, both, strict=True)
        ).alias("share"),
        pl.sum_horizontal(
            pl.when(has).then(weights[kpi] * sq).otherwise(0.0)
            for kpi, has, sq in zip(terms, both, squares, strict=True)
        ).alias("wsq"),
    )


def eligible(pairs: pl.LazyFrame, min_share: float) -> pl.LazyFrame:
    """The pairs whose shared terms carry ``min_share`` of the weight (the weights sum to 1
    over all terms), with their ``distance``."""
    return pairs.filter(pl.col("share") >= min_share - 1e-9).with_columns(
        (pl.col("wsq") / pl.col("share")).sqrt().alias("distance")
    )


def nearest(distances: pl.LazyFrame, count: int) -> pl.DataFrame:
    """``area_id, twin_id, distance, share``: the ``count`` nearest twins of each area, ties
    by the twin's id (a rank within each area, not a sort of every pair)."""
    order = pl.struct("distance", "twin_id").rank("ordinal").over("area_id")
    return (
        distances.filter(order <= count)
        .sort("area_id", "distance", "twin_id")
        .select("area_id", "twin_id", "distance", "share")
        .collect()
    )


def twins_of_all(
    values: pl.DataFrame,
    kommuner: pl.DataFrame,
    terms: Sequence[Term],
    count: int = TWIN_COUNT,
    year: int | None = None,
    min_share: float = MIN_SHARE,
) -> pl.DataFrame:
    """``area_id, twin_id, distance, share``: the twins of every kommun, nearest first."""
    z, _ = standardised(values, kommuner, check_terms(terms), year)
    return nearest(eligible(pair_terms(z), min_share), count)


def find_twins(
    values: pl.DataFrame,
    kommuner: pl.DataFrame,
    area_id: str,
    terms: Sequence[Term],
    count: int = TWIN_COUNT,
    year: int | None = None,
    min_share: float = MIN_SHARE,
) -> Twins:
    """The ``count`` kommuner nearest ``area_id`` on ``terms``, each distance explained.

    ``values``: ``kpi_id, area_id, year, gender, value``; ``kommuner``: ``area_id,
    skr_code`` of every kommun (the set standardised over and searched)."""
    terms = check_terms(terms)
    if area_id not in set(kommuner["area_id"]):
        raise TwinsError(f"{area_id} is not a kommun: twins are for kommuner")
    z, used = standardised(values, kommuner, terms, year)
    own = z.filter(pl.col("area_id") == area_id)
    total = sum(term.weight for term in terms)
    described = tuple(
        TermYear(t.kpi_id, t.weight / total, *used[t.kpi_id], used=t.kpi_id in set(own["kpi_id"]))
        for t in terms
    )
    distances = eligible(pair_terms(z, [area_id]), min_share).collect()
    ranked_count = distances.height
    ranked = nearest(distances.lazy(), count)
    order = [term.kpi_id for term in terms]
    return Twins(
        area_id,
        described,
        explained(z, own, ranked, order),
        ranked_count,
        kommuner.height - 1 - ranked_count,
    )


def explained(z: pl.DataFrame, own: pl.DataFrame, ranked: pl.DataFrame, order) -> tuple[Twin, ...]:
    """Each twin with both values and its share of the squared distance, per term."""
    mine = {row["kpi_id"]: row for row in own.iter_rows(named=True)}
    theirs: dict[str, dict] = {twin_id: {} for twin_id in ranked["twin_id"]}
    for row in z.filter(pl.col("area_id").is_in(ranked["twin_id"].implode())).iter_rows(named=True):
        theirs[row["area_id"]][row["kpi_id"]] = row
    twins = []
    for twin_id, distance, share in ranked.select("twin_id", "distance", "share").iter_rows():
        parts = {kpi: squared(kpi, mine.get(kpi), theirs[twin_id].get(kpi)) for kpi in order}
        total = sum(sq for sq in parts.values() if sq is not None)
        contributions = tuple(
            Contribution(
                kpi,
                shown(kpi, mine.get(kpi)),
                shown(kpi, theirs[twin_id].get(kpi)),
                None if sq is None else (sq / total if total else 0.0),
            )
            for kpi, sq in parts.items()
        )
        twins.append(Twin(twin_id, distance, share, contributions))
    return tuple(twins)


def shown(kpi_id: str, row: dict | None) -> float | str | None:
    """The value a person reads: the KPI's value, or the kommungrupp's code."""
    if row is None:
        return None
    return row["group"] if kpi_id == KOMMUNGRUPP else row["value"]


def squared(kpi_id: str, own: dict | None, twin: dict | None) -> float | None:
    """w · the squared difference, or None if either value is missing."""
    if own is None or twin is None:
        return None
    if kpi_id == KOMMUNGRUPP:
        return own["w"] * float(own["group"] != twin["group"])
    return own["w"] * (own["z"] - twin["z"]) ** 2
