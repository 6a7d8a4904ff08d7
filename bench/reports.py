"""Benchmark: report building on the real bundle, each next to a baseline in the same run.

Version diff (the yearly refresh, styra.analysis.changes): two data versions of the
curated KPIs' values for all 290 kommuner — the bundle's values (old) and a copy with
one year more and every 50th earlier value revised (new). Times

  (a) ``compare_values`` over all kommuner: per KPI × kommun the new years, revised
      years, latest value before and after and the oriented direction;
  (b) the baseline: DuckDB joining the same two frames (already loaded into it) and
      aggregating the same columns in one query; its counts are checked against (a).

VLR (styra.web.vlr): the bundle loaded with ``styra load`` into a fresh SQLite
database (a temporary STYRA_DATA_DIR), a kommun (--area, Växjö) given a full plan
(a strategy per goal, three actions each with two activities, all with budgets),
a priority decision and a narrative for every section. Times

  (c) the VLR from the database to a tagged PDF: ``build_content`` (the analysis
      warm, as on a server) and ``documents.pdf_bytes``;
  (d) the baseline: WeasyPrint rendering the very same HTML, saved as a static
      page (same size, same print stylesheet, same PDF/UA variant).

Seconds are the best of --repeat runs (the median too).

    .venv/bin/python bench/reports.py [--repeat 5] [--bundle DIR] [--part diff|vlr|all]

Goals: (a) within 2x the baseline (b); (c) within 1.5x the baseline (d).
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import polars as pl

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from styra.agenda2030 import curated_kpis_frame  # noqa: E402
from styra.analysis.changes import compare_values  # noqa: E402
from styra.kolada import bundle as kolada_bundle  # noqa: E402

BASELINE_SQL = """
WITH o AS (SELECT kpi_id, area_id, year, value FROM old WHERE gender = 'T' AND value IS NOT NULL),
n AS (SELECT kpi_id, area_id, year, value FROM new WHERE gender = 'T' AND value IS NOT NULL),
p AS (
  SELECT coalesce(o.kpi_id, n.kpi_id) AS kpi_id, coalesce(o.area_id, n.area_id) AS area_id,
         coalesce(o.year, n.year) AS year, o.value AS before, n.value AS after
  FROM o FULL OUTER JOIN n ON o.kpi_id = n.kpi_id AND o.area_id = n.area_id AND o.year = n.year
),
s AS (
  SELECT kpi_id, area_id,
    count(*) FILTER (WHERE before IS NULL AND after IS NOT NULL) AS new_years,
    count(*) FILTER (WHERE before IS NOT NULL AND after IS NOT NULL
      AND abs(after - before) > greatest(0.005, abs(before) * 0.001)) AS revised,
    arg_max(before, year) FILTER (WHERE before IS NOT NULL) AS value_before,
    arg_max(after, year) FILTER (WHERE after IS NOT NULL) AS value_after
  FROM p GROUP BY kpi_id, area_id
)
SELECT s.*, CASE WHEN value_before IS NULL OR value_after IS NULL THEN NULL
  WHEN abs(value_after - value_before) <= greatest(0.005, abs(value_before) * 0.001) THEN 0
  WHEN (value_after - value_before) * c.polarity > 0 THEN 1
  WHEN (value_after - value_before) * c.polarity < 0 THEN -1 ELSE 0 END AS direction
FROM s JOIN polarity c USING (kpi_id)
"""


def versions(bundle_dir: Path) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame, list[str]]:
    catalog = curated_kpis_frame()
    ids = catalog["kpi_id"].to_list()
    bundle = kolada_bundle.read_bundle(bundle_dir, extra_kpis=ids)
    kommuner = bundle.municipalities.filter(pl.col("type") == "K")["area_id"].to_list()
    old = bundle.values.filter(
        pl.col("kpi_id").is_in(pl.Series(ids).implode())
        & pl.col("area_id").is_in(pl.Series(kommuner).implode())
    )
    latest = int(old["year"].max())
    extra = old.filter(pl.col("year") == latest).with_columns(
        year=pl.lit(latest + 1, dtype=pl.Int16), value=pl.col("value") * 1.02
    )
    revised = (
        old.with_row_index()
        .with_columns(
            value=pl.when(pl.col("index") % 50 == 0).then(pl.col("value") * 1.1).otherwise("value")
        )
        .drop("index")
    )
    return old, pl.concat([revised, extra]), catalog.select("kpi_id", "polarity"), kommuner


def best_of(repeat: int, run) -> tuple[float, float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - started)
    return min(times), statistics.median(times), result


def diff_half(args) -> None:
    old, new, polarity, kommuner = versions(args.bundle)
    print(f"version diff: {len(kommuner)} kommuner, {old.height:,} → {new.height:,} values")
    ours, ours_median, diff = best_of(args.repeat, lambda: compare_values(old, new, polarity))
    db = duckdb.connect()
    with tempfile.TemporaryDirectory() as folder:
        for name, frame in (("old", old), ("new", new), ("polarity", polarity)):
            path = Path(folder) / f"{name}.parquet"
            frame.write_parquet(path)
            db.execute(f"CREATE TABLE {name} AS SELECT * FROM read_parquet('{path}')")
    sql = f"CREATE OR REPLACE TABLE d AS {BASELINE_SQL}"
    base, base_median, _ = best_of(args.repeat, lambda: db.execute(sql))
    assert isinstance(diff, pl.DataFrame)
    for column in ("new_years", "revised", "direction"):
        (theirs,) = db.execute(f"SELECT sum({column}) FROM d").fetchone()  # type: ignore[misc]
        assert diff[column].sum() == theirs, (column, diff[column].sum(), theirs)
    print(f"  (a) compare_values   {ours:.3f} s (median {ours_median:.3f} s), {diff.height:,} rows")
    print(f"  (b) DuckDB join      {base:.3f} s (median {base_median:.3f} s)")
    print(f"  ratio (a)/(b): {ours / base:.2f}x (goal ≤ 2x)")


def vlr_half(args) -> None:
    with tempfile.TemporaryDirectory() as folder:
        env = os.environ | {
            "STYRA_DATA_DIR": folder,
            "DJANGO_SETTINGS_MODULE": "styra.web.settings",
        }
        env.pop("DATABASE_URL", None)
        started = time.perf_counter()
        load = [str(REPO / ".venv/bin/styra"), "load", str(args.bundle)]
        subprocess.run(load, env=env, check=True, capture_output=True, cwd=REPO)
        print(
            f"VLR: styra load into SQLite: {time.perf_counter() - started:.0f} s", file=sys.stderr
        )
        child = [sys.executable, __file__, "--child-vlr", args.area, "--repeat", str(args.repeat)]
        done = subprocess.run(child, env=env, check=True, capture_output=True, text=True, cwd=REPO)
    r = json.loads(done.stdout.strip().splitlines()[-1])
    print(
        f"VLR of {r['name']} ({args.area}): {r['actions']} actions, {r['kpis']} KPIs in the annex, "
        f"{r['html_bytes']:,} bytes of HTML, {r['pdf_bytes']:,} bytes of PDF"
    )
    print(f"  (c) VLR → PDF        {r['ours']:.3f} s (median {r['ours_median']:.3f} s)")
    print(f"  (d) WeasyPrint HTML  {r['base']:.3f} s (median {r['base_median']:.3f} s)")
    print(f"  ratio (c)/(d): {r['ours'] / r['base']:.2f}x (goal ≤ 1.5x)")


def full_plan(organisation) -> int:
    """A strategy per goal, three actions each with two activities, all with budgets; a
    priority decision and a narrative for every section."""
    from decimal import Decimal

    from styra.web.actionplan.models import Action
    from styra.web.priorities.decisions.models import Decision
    from styra.web.vlr.models import Narrative
    from styra.web.vlr.sections import NARRATIVE_KEYS

    Decision.objects.create(
        organisation=organisation, goals=[3, 4, 13], body="KF", decided_on="2026-03-01",
        reference="§ 1", motivation="Bench.", snapshot={},
    )  # fmt: skip
    made = 0
    for goal in range(1, 18):
        parent = Action.objects.create(
            organisation=organisation, level="strategy", code=f"S{goal}",
            title=f"Strategi för mål {goal}", targets=[f"{goal}.1"], budget_sek=Decimal(1000000),
        )  # fmt: skip
        made += 1
        for n in range(1, 4):
            action = Action.objects.create(
                organisation=organisation, level="action", parent=parent, code=f"S{goal}.{n}",
                title=f"Åtgärd {n} för mål {goal}", budget_sek=Decimal(250000), status="ongoing",
            )  # fmt: skip
            for m in range(1, 3):
                Action.objects.create(
                    organisation=organisation, level="activity", parent=action,
                    code=f"S{goal}.{n}.{m}", title=f"Aktivitet {m}", budget_sek=Decimal(50000),
                )  # fmt: skip
            made += 3
    text = "Ett stycke om hur arbetet går, skrivet av kommunen. " * 12
    for key in NARRATIVE_KEYS:
        Narrative.objects.create(organisation=organisation, year=2026, section=key, text=text)
    return made


def child_vlr(area_id: str, repeat: int) -> None:
    """Runs in a child process (STYRA_DATA_DIR set, the bundle loaded): prints the
    figures of (c) and (d) as JSON."""
    import django

    django.setup()
    from django.core.management import call_command
    from django.utils import timezone, translation

    from styra.web.organisations.models import Organisation
    from styra.web.reports import render
    from styra.web.reports.documents import static_text
    from styra.web.vlr import documents
    from styra.web.vlr.content import build_content

    call_command("migrate", interactive=False, verbosity=0)
    organisation = Organisation.objects.get(pk=area_id)
    actions = full_plan(organisation)
    with translation.override("sv"):

        def ours() -> bytes:
            return documents.pdf_bytes(build_content(organisation, 2026, timezone.now()))

        ours()  # the analysis computed and cached, as on a server
        content = build_content(organisation, 2026, timezone.now())
        html = documents.print_html(content)
        css = [static_text("reports/print.css")]
        # In turns, so that a busy moment on the machine falls on both.
        runs = [
            (best_of(1, ours), best_of(1, lambda: render.pdf_of(html, css))) for _ in range(repeat)
        ]
        pdf = runs[-1][0][2]
        best, median = min(r[0][0] for r in runs), statistics.median(r[0][0] for r in runs)
        base, base_median = min(r[1][0] for r in runs), statistics.median(r[1][0] for r in runs)
    assert isinstance(pdf, bytes)
    figures = {
        "name": organisation.name, "actions": actions, "kpis": len(content["annex"]),
        "html_bytes": len(html.encode()), "pdf_bytes": len(pdf), "ours": best,
        "ours_median": median, "base": base, "base_median": base_median,
    }  # fmt: skip
    print(json.dumps(figures))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=kolada_bundle.default_bundle_path())
    parser.add_argument("--part", choices=["diff", "vlr", "all"], default="all")
    parser.add_argument("--area", default="0780", help="the kommun of the VLR (Kolada id)")
    parser.add_argument("--child-vlr", metavar="AREA", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_vlr:
        child_vlr(args.child_vlr, args.repeat)
        return
    if args.part in ("diff", "all"):
        diff_half(args)
    if args.part in ("vlr", "all"):
        vlr_half(args)


if __name__ == "__main__":
    main()
