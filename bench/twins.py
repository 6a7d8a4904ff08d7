"""Benchmark: M12 twins for all 290 kommuner on 20 KPIs, next to NumPy and DuckDB baselines.

Reads the values of 20 KPIs from the real bundle (../shared/data/kolada): Styra's
default structure set (styra.analysis.twins.DEFAULT_KPIS) and Kolada's Agenda
2030 KPIs with values for the most kommuner, up to 20, plus the kommungrupp term.
Then times, best of --repeat runs (the median is printed too):

  (a) the pure core, whole: ``twins_of_all`` (year choice, standardisation,
      distances, the 20 nearest of every kommun);
  (b) the pure core's distance step alone on the standardised frame of (a);
  (c) the baseline (if NumPy is installed): the same distances and the 20 nearest
      with NumPy on the same standardised matrix (missing values masked, weights rescaled per pair);
  (d) DuckDB (if installed): the same as one SQL query over the same frame.

The twins of (b), (c) and (d) are checked to be the same (same ids in the same
order, distances within 1e-9). Goal: (b) within 2x the NumPy baseline (c).

    .venv/bin/python bench/twins.py [--repeat 5] [--bundle DIR]
"""

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

import polars as pl

try:
    import numpy as np
except ImportError:  # not a dependency of Styra: the NumPy baseline is then skipped
    np = None

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from styra.analysis.twins import (  # noqa: E402
    DEFAULT_KPIS,
    KOMMUNGRUPP,
    MIN_SHARE,
    TWIN_COUNT,
    Term,
    eligible,
    nearest,
    pair_terms,
    standardised,
    twins_of_all,
)
from styra.kolada import bundle as kolada_bundle  # noqa: E402

sys.path.insert(0, str(REPO / "bench"))
from analysis import timed  # noqa: E402  (bench/analysis.py: best-of-n timing)

KPI_COUNT = 20
SCHEMA = {"area_id": pl.Utf8, "twin_id": pl.Utf8, "distance": pl.Float64, "share": pl.Float64}

DUCKDB_SQL = """
WITH pairs AS (
  SELECT a.area_id, b.area_id AS twin_id, sum(a.w) AS share,
         sum(a.w * CASE WHEN a."group" IS NOT NULL THEN CAST(a."group" <> b."group" AS DOUBLE)
                        ELSE (a.z - b.z) * (a.z - b.z) END) AS wsq
  FROM z a JOIN z b ON a.kpi_id = b.kpi_id AND a.area_id <> b.area_id
  GROUP BY ALL
), ranked AS (
  SELECT area_id, twin_id, sqrt(wsq / share) AS distance, share,
         row_number() OVER (PARTITION BY area_id ORDER BY sqrt(wsq / share), twin_id) AS n
  FROM pairs WHERE share >= ? - 1e-9
)
SELECT area_id, twin_id, distance, share FROM ranked WHERE n <= ? ORDER BY area_id, n
"""


def chosen_kpis(bundle_dir: Path) -> list[str]:
    """The default structure KPIs, then Agenda 2030 KPIs with values for the most kommuner."""
    agenda = pl.read_csv(bundle_dir / "agenda2030_kpis_kommun.csv")
    ranked = agenda.sort(["n_municipalities", "n_values", "id"], descending=[True, True, False])
    extra = [kpi for kpi in ranked["id"] if kpi not in DEFAULT_KPIS]
    return [*DEFAULT_KPIS, *extra][:KPI_COUNT]


def load(bundle_dir: Path) -> tuple[pl.DataFrame, pl.DataFrame, list[str]]:
    kpis = chosen_kpis(bundle_dir)
    values = kolada_bundle.read_values(bundle_dir, all_kpis=True)
    values = values.filter(pl.col("kpi_id").is_in(pl.Series(kpis).implode()))
    kommuner = kolada_bundle.read_skr_kommungrupper(bundle_dir).select("area_id", "skr_code")
    return values, kommuner, kpis


def numpy_twins(z: pl.DataFrame, count: int, min_share: float) -> pl.DataFrame:
    """The baseline: distances and the nearest with NumPy on the standardised matrix."""
    ids = sorted(set(z["area_id"]))
    terms = list(dict.fromkeys(z["kpi_id"]))
    wide = z.pivot(on="kpi_id", index="area_id", values="z").sort("area_id")
    weights = dict(z.select("kpi_id", "w").unique().iter_rows())
    numeric = [kpi for kpi in terms if kpi != KOMMUNGRUPP and kpi in wide.columns]
    matrix = wide.select(numeric).to_numpy()  # areas × KPIs, NaN = missing
    w = np.array([weights[kpi] for kpi in numeric])
    present = ~np.isnan(matrix)
    filled = np.where(present, matrix, 0.0)
    both = present[:, None, :] & present[None, :, :]
    diff = np.where(both, filled[:, None, :] - filled[None, :, :], 0.0)
    wsq = (diff**2 * w).sum(axis=2)
    share = (both * w).sum(axis=2)
    if KOMMUNGRUPP in weights:
        groups = dict(z.filter(pl.col("kpi_id") == KOMMUNGRUPP).select("area_id", "group").rows())
        code = np.array([groups.get(i) or "" for i in ids])
        has = code != ""
        pair = has[:, None] & has[None, :]
        wsq += np.where(pair, (code[:, None] != code[None, :]) * weights[KOMMUNGRUPP], 0.0)
        share += pair * weights[KOMMUNGRUPP]
    with np.errstate(invalid="ignore", divide="ignore"):
        distance = np.sqrt(wsq / share)
    np.fill_diagonal(share, -1.0)
    distance[share < min_share - 1e-9] = np.inf
    order = np.argsort(distance, axis=1, kind="stable")[:, :count]  # ids sorted: ties by id
    rows = [
        (ids[i], ids[j], float(distance[i, j]), float(share[i, j]))
        for i in range(len(ids))
        for j in order[i]
        if np.isfinite(distance[i, j])
    ]
    return pl.DataFrame(rows, schema=SCHEMA, orient="row")


def duckdb_twins(connection, count: int, min_share: float) -> pl.DataFrame:
    rows = connection.execute(DUCKDB_SQL, [min_share, count]).fetchall()
    return pl.DataFrame(rows, schema=SCHEMA, orient="row")


def same_twins(ours: pl.DataFrame, theirs: pl.DataFrame) -> bool:
    if ours.select("area_id", "twin_id").rows() != theirs.select("area_id", "twin_id").rows():
        return False
    gaps = (ours["distance"] - theirs["distance"]).abs()
    return bool(gaps.max() <= 1e-9) if gaps.len() else True


def line(label: str, seconds: list[float]) -> str:
    best, median = min(seconds), statistics.median(seconds)
    return f"{label:<52} best {best * 1000:8.1f} ms   median {median * 1000:8.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=kolada_bundle.default_bundle_path())
    args = parser.parse_args()
    if args.bundle is None:
        raise SystemExit("no bundle: pass --bundle DIR (../shared/data/kolada)")
    values, kommuner, kpis = load(args.bundle)
    terms = [*(Term(kpi) for kpi in kpis), Term(KOMMUNGRUPP)]
    print(f"{kommuner.height} kommuner, {len(kpis)} KPIs + kommungrupp, {TWIN_COUNT} twins each")

    whole, _ = timed(lambda: twins_of_all(values, kommuner, terms), args.repeat)
    z, _ = standardised(values, kommuner, terms)

    def core():
        return nearest(eligible(pair_terms(z), MIN_SHARE), TWIN_COUNT)

    ours_s, ours = timed(core, args.repeat)
    print(line("(a) core, whole (twins_of_all)", whole))
    print(line("(b) core, distances + 20 nearest", ours_s))
    if np is None:
        print("(c) NumPy not installed: skipped")
        base_s = None
    else:
        base_s, base = timed(lambda: numpy_twins(z, TWIN_COUNT, MIN_SHARE), args.repeat)
        print(line("(c) NumPy baseline, same matrix", base_s))
        print(f"    twins equal to NumPy's: {same_twins(ours, base)}")
    try:
        import duckdb
    except ImportError:
        print("(d) DuckDB not installed: skipped")
        duck_s = None
    else:
        connection = duckdb.connect()
        with tempfile.TemporaryDirectory() as folder:  # no pyarrow: hand the frame over a file
            path = Path(folder) / "z.parquet"
            z.write_parquet(path)
            connection.execute(f"CREATE TABLE z AS SELECT * FROM read_parquet('{path}')")
        duck_s, duck = timed(lambda: duckdb_twins(connection, TWIN_COUNT, MIN_SHARE), args.repeat)
        print(line("(d) DuckDB baseline, same frame", duck_s))
        print(f"    twins equal to DuckDB's: {same_twins(ours, duck)}")
    if base_s:
        print(f"ratio (b)/(c): {min(ours_s) / min(base_s):.2f}x (goal <= 2x)")
    if duck_s:
        print(f"ratio (b)/(d): {min(ours_s) / min(duck_s):.2f}x")


if __name__ == "__main__":
    main()
