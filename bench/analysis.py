"""Benchmark: the nulägesanalys engine on the real bundle, next to a DuckDB baseline.

Loads the curated Agenda 2030 KPIs' values from the bundle once (the all-KPIs
parquet when the bundle has it, else the Agenda 2030 subset), then times

  (a) ``analyse_all`` for all 290 kommuner: M1 percentiles + M2 scores + M3 trends
      for every Agenda 2030 KPI, area and year;
  (b) ``analyse_area`` for one kommun (0180), the call a web page makes: directly,
      and with a precomputed (a) passed in as ``batch``;
  (c) the baseline: the same M1 percentiles for all kommuner with one DuckDB window
      query over the same frame (already loaded into DuckDB, as (a) gets its frame
      in memory); its result is checked against (a).

Each measurement runs in its own fresh process, so that its peak memory can be
read: the peak resident set size (Linux VmHWM, reset through /proc/self/clear_refs
just before the measurement; resource.getrusage ru_maxrss where that is not
allowed), reported as the increase over the resident size just before the
measurement (frame loaded), and as the process's peak. Seconds are
the best of --repeat runs (the median is printed too).

    .venv/bin/python bench/analysis.py [--repeat 5] [--bundle DIR]

Goals: (a) within 2x the baseline (c) and < 1 GB peak; (b) fast enough for a web page.
"""

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import polars as pl

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from styra.agenda2030 import curated_kpis_frame  # noqa: E402
from styra.analysis import analyse_all, analyse_area  # noqa: E402
from styra.analysis.catalog import kpis_for_type, normalise_catalog  # noqa: E402
from styra.analysis.reference import area_ids_of_type  # noqa: E402
from styra.kolada import bundle as kolada_bundle  # noqa: E402
from styra.kolada import layout  # noqa: E402

AREA = "0180"
YEAR = 2022
BASELINE_SQL = """
CREATE OR REPLACE TABLE m1 AS
WITH t AS (
  SELECT v.kpi_id, v.area_id, v.year, v.value,
         CASE WHEN c.polarity = -1 THEN -v.value ELSE v.value END AS o
  FROM v JOIN c USING (kpi_id) JOIN ids USING (area_id)
  WHERE v.gender = 'T' AND v.value IS NOT NULL
)
SELECT kpi_id, area_id, year,
       100.0 * (rank() OVER w - 1 + (count(*) OVER (PARTITION BY kpi_id, year, o) - 1) / 2.0)
         / nullif(count(*) OVER (PARTITION BY kpi_id, year) - 1, 0) AS percentile
FROM t WINDOW w AS (PARTITION BY kpi_id, year ORDER BY o)
"""


def status_mb(field: str) -> float | None:
    try:
        for row in Path("/proc/self/status").read_text().splitlines():
            if row.startswith(field + ":"):
                return int(row.split()[1]) / 1024  # kB
    except OSError:
        return None
    return None


def reset_peak() -> str:
    """Reset the kernel's peak-RSS mark (VmHWM) if we may; say which measure is used.

    ru_maxrss survives fork and exec (it would show the parent's peak), so on Linux
    the peak is VmHWM after writing 5 to /proc/self/clear_refs.
    """
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return "VmHWM"
    except OSError:
        return "ru_maxrss"


def rss_mb(measure: str, peak: bool) -> float:
    if measure == "VmHWM":
        return status_mb("VmHWM" if peak else "VmRSS") or 0.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def timed(run, repeat: int) -> tuple[list[float], object]:
    seconds, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        seconds.append(time.perf_counter() - started)
    return seconds, result


def load(bundle_dir: Path) -> tuple[pl.DataFrame, str]:
    catalog = curated_kpis_frame()
    all_kpis = kolada_bundle.locate(bundle_dir, layout.VALUES_ALL) is not None
    values = kolada_bundle.read_values(bundle_dir, all_kpis=all_kpis)
    values = values.filter(pl.col("kpi_id").is_in(catalog["kpi_id"].implode()))
    return values, "all-KPIs parquet" if all_kpis else "Agenda 2030 subset"


def child(kind: str, frame_path: str, bundle_dir: Path, repeat: int) -> dict:
    """One measurement in this (fresh) process; prints JSON."""
    values = pl.read_parquet(frame_path)
    catalog = curated_kpis_frame()
    areas = kolada_bundle.read_municipalities(bundle_dir)
    measure = reset_peak()
    before = rss_mb(measure, peak=False)
    if kind == "a":
        seconds, batch = timed(lambda: analyse_all(values, catalog, areas, "K"), repeat)
        extra = {"rows": batch.rows.height, "areas": batch.rows["area_id"].n_unique()}
        check = batch.rows.select("kpi_id", "area_id", "year", "percentile")
        check.write_parquet(frame_path + ".a.parquet")
    elif kind == "b":
        seconds, _ = timed(lambda: analyse_area(values, catalog, areas, AREA, YEAR), repeat)
        batch = analyse_all(values, catalog, areas, "K")
        with_batch, _ = timed(
            lambda: analyse_area(values, catalog, areas, AREA, YEAR, batch=batch), repeat
        )
        extra = {"with_batch": min(with_batch)}
    else:
        seconds, extra = baseline(values, catalog, areas, frame_path, repeat)
    peak = rss_mb(measure, peak=True)
    result = {"seconds": seconds, "measure": measure, "rss_before_mb": before}
    return result | {"rss_peak_mb": peak, **extra}


def baseline(values, catalog, areas, frame_path, repeat) -> tuple[list[float], dict]:
    import duckdb

    polarity = kpis_for_type(normalise_catalog(catalog), "K").select("kpi_id", "polarity")
    polarity_path = frame_path + ".polarity.parquet"
    polarity.write_parquet(polarity_path)
    con = duckdb.connect()
    con.execute(f"CREATE TABLE v AS SELECT * FROM read_parquet('{frame_path}')")
    con.execute(f"CREATE TABLE c AS SELECT * FROM read_parquet('{polarity_path}')")
    con.execute(
        "CREATE TABLE ids AS SELECT unnest(?) AS area_id", [list(area_ids_of_type(areas, "K"))]
    )
    seconds, _ = timed(lambda: con.execute(BASELINE_SQL), repeat)
    con.execute(f"COPY m1 TO '{frame_path}.c.parquet' (FORMAT parquet)")
    return seconds, {"rows": con.execute("SELECT count(*) FROM m1").fetchone()[0]}


def run_child(kind: str, frame_path: str, bundle_dir: Path, repeat: int) -> dict:
    command = [sys.executable, __file__, "--child", kind, "--frame", frame_path]
    command += ["--bundle", str(bundle_dir), "--repeat", str(repeat)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def agreement(frame_path: str) -> float:
    """Largest difference between (a)'s and (c)'s percentiles (rows must match one to one)."""
    ours = pl.read_parquet(frame_path + ".a.parquet")
    theirs = pl.read_parquet(frame_path + ".c.parquet").with_columns(pl.col("year").cast(pl.Int64))
    joined = ours.join(theirs, on=["kpi_id", "area_id", "year"], how="full", coalesce=True)
    if joined.height != ours.height or joined.height != theirs.height:
        raise SystemExit(f"row mismatch: ours {ours.height}, duckdb {theirs.height}")
    diff = (pl.col("percentile") - pl.col("percentile_right")).abs().max()
    return joined.select(diff).item() or 0.0


def line(label: str, result: dict) -> str:
    best, median = min(result["seconds"]), statistics.median(result["seconds"])
    grown = result["rss_peak_mb"] - result["rss_before_mb"]
    return (
        f"{label:<58} {best:7.3f} s (median {median:.3f})   peak +{grown:6.1f} MB "
        f"(process peak {result['rss_peak_mb']:.0f} MB)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=kolada_bundle.default_bundle_path())
    parser.add_argument("--child", choices=["a", "b", "c"], help=argparse.SUPPRESS)
    parser.add_argument("--frame", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bundle is None:
        raise SystemExit("no Kolada bundle: pass --bundle or set STYRA_BUNDLE")
    if args.child:
        print(json.dumps(child(args.child, args.frame, args.bundle, args.repeat)))
        return
    started = time.perf_counter()
    values, source = load(args.bundle)
    print(
        f"loaded {values.height:,} values of the curated Agenda 2030 KPIs from the {source} "
        f"in {time.perf_counter() - started:.1f} s ({args.bundle})"
    )
    with tempfile.TemporaryDirectory() as tmp:
        frame_path = str(Path(tmp) / "values.parquet")
        values.write_parquet(frame_path)
        a, b, c = (run_child(kind, frame_path, args.bundle, args.repeat) for kind in "abc")
        diff = agreement(frame_path)
    print(
        f"(a) rows: {a['rows']:,} for {a['areas']} kommuner; (c) rows: {c['rows']:,}; "
        f"largest percentile difference (a) vs (c): {diff:.2e}"
    )
    print(f"memory: peak RSS ({a['measure']}) during the measurement minus RSS before it")
    print(line("(a) analyse_all: M1+M2+M3, 290 kommuner, all KPIs/years", a))
    print(line(f"(b) analyse_area {AREA} {YEAR} (no batch)", b))
    print(f"{'    analyse_area with a precomputed batch':<58} {b['with_batch']:7.3f} s")
    print(line("(c) baseline: DuckDB window query, M1 only", c))
    ratio = min(a["seconds"]) / min(c["seconds"])
    print(f"ratio (a)/(c) = {ratio:.2f}  (goal <= 2)")


if __name__ == "__main__":
    main()
