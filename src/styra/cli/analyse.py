"""``styra analyse``: the nulägesanalys of one kommun or region, from a Kolada bundle.

A thin shell: read the bundle, call ``styra.analysis.analyse_area``, print it as
Markdown (Swedish labels), JSON or CSV. Methods: docs/methods.md.
"""

import dataclasses
import json
from functools import lru_cache
from pathlib import Path

import click
import polars as pl

from styra.agenda2030 import curated_kpis_frame
from styra.analysis import (
    AnalysisSettings,
    AreaAnalysis,
    KpiResult,
    PeerComparison,
    ReferenceSet,
    UnknownIdError,
    analyse_area,
    kommungrupp,
    learn_from_peers,
    municipality_group,
)
from styra.analysis.document import analysis_document
from styra.analysis.reference import all_of_type, area_type
from styra.analysis.words import COLOUR_WORDS, GAP_WORDS, LEVEL_WORDS, OUTLOOK_WORDS, TREND_WORDS
from styra.kolada import ATTRIBUTION, layout
from styra.kolada import bundle as kolada_bundle
from styra.sdg import load_catalog
from styra.tables import write_plain_csv


@lru_cache(maxsize=2)
def load_bundle(path: str) -> dict[str, pl.DataFrame]:
    """Areas, groups and the curated KPIs' values (all KPIs file if present), read once."""
    bundle_dir = Path(path)
    if not bundle_dir.is_dir():
        raise click.ClickException(f"bundle directory {bundle_dir} does not exist")
    try:
        all_kpis = kolada_bundle.locate(bundle_dir, layout.VALUES_ALL) is not None
        catalog = curated_kpis_frame()
        values = kolada_bundle.read_values(bundle_dir, all_kpis=all_kpis)
        return {
            "catalog": catalog,
            "values": values.filter(pl.col("kpi_id").is_in(catalog["kpi_id"].implode())),
            "areas": kolada_bundle.read_municipalities(bundle_dir),
            "skr": kolada_bundle.read_skr_kommungrupper(bundle_dir),
            "groups": kolada_bundle.read_municipality_groups(bundle_dir),
            "members": kolada_bundle.read_group_members(bundle_dir),
        }
    except kolada_bundle.BundleError as error:
        raise click.ClickException(str(error)) from error


def choose_reference(data: dict, area_id: str, compare: str) -> ReferenceSet:
    kind = area_type(data["areas"], area_id)
    if compare == "all":
        return all_of_type(data["areas"], kind)
    if compare == "kommungrupp":
        if kind != "K":
            raise UnknownIdError("--compare kommungrupp applies to kommuner, not regions")
        return kommungrupp(data["skr"], area_id)
    return municipality_group(data["groups"], data["members"], compare)


def number(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value:.{digits}f}".replace(".", ",").replace("-", "−")


def outlook_text(kpi: KpiResult) -> str:
    o = kpi.outlook
    if o is None:
        return ""
    text = f"{OUTLOOK_WORDS[o.status]} (mål {number(o.target_value)} år {o.target_year}"
    if o.projected_value is not None:
        text += f"; trendframskrivning {number(o.projected_value)}"
    return text + ")"


def kpi_line(kpi: KpiResult) -> str:
    value = (
        f"{number(kpi.value, 2)} {kpi.unit} ({kpi.value_year})" if kpi.value is not None else "–"
    )
    position = f"{number(kpi.percentile, 0)} {COLOUR_WORDS[kpi.colour]}"
    if kpi.too_old:
        position = "för gammalt värde, bedöms inte"
    elif not kpi.comparable:
        position = "total, jämförs inte"
    elif kpi.value is not None and kpi.percentile is None:
        position = "ingen jämförelse"
    trend = TREND_WORDS[kpi.trend_class]
    if kpi.trend_r is not None:
        trend += f" ({number(100 * kpi.trend_r)} %/år)"
    gap = kpi.gender_gap
    gap_text = f"{number(gap.gap)} {GAP_WORDS.get(gap.gap_trend, '')}".rstrip() if gap else ""
    cells = [f"{kpi.kpi_id} {kpi.title}", value, position, f"{kpi.reference_size}"]
    cells += [number(kpi.score, 0), trend, outlook_text(kpi), gap_text]
    return "| " + " | ".join(cell.replace("|", "/") for cell in cells) + " |"


def render_md(analysis: AreaAnalysis, peers: PeerComparison | None, titles: dict[str, str]) -> str:
    goals = {goal.number: goal for goal in load_catalog().goals}
    kind = "kommun" if analysis.area_type == "K" else "region"
    lines = [f"# Nulägesanalys {analysis.year}: {analysis.title} ({analysis.area_id}, {kind})", ""]
    lines += [
        f"Jämförelsegrupp: {analysis.reference.label} ({len(analysis.reference.area_ids)} områden; "
        "antalet med värde anges per nyckeltal). Färgen är relativ: den säger var ni ligger "
        "bland de jämförda, inte om värdet är bra.",
        f"Index (medel av målens poäng 0–100): {number(analysis.overall_index)} "
        f"({analysis.index_scored} av {analysis.index_judgeable} nyckeltal har poäng).",
        "",
    ]
    header = (
        "| Nyckeltal | Värde (år) | Percentil, läge | Antal jämförda | Poäng | Trend "
        "| Utsikt mot målvärde | Könsskillnad K−M |\n|---|---|---|---|---|---|---|---|"
    )
    for goal in analysis.goals:
        kpis = analysis.kpis_of_goal(goal.goal)
        status = LEVEL_WORDS[goal.level]
        title = f"## {goal.rank}. Mål {goal.goal} {goals[goal.goal].short_sv}"
        lines += [title + (f" — {status}" if status else ""), ""]
        standing = (
            f"ställning {number(goal.standing, 0)} av 100 bland {goal.standing_size} · "
            if goal.standing is not None
            else ""
        )
        lines.append(
            f"Nyckeltal med data: {goal.coverage_sv} · medelpoäng {number(goal.mean_score)} · "
            + standing
            + f"röda {goal.n_red} av {goal.n_coloured} · försämras {goal.n_worsening} av "
            f"{goal.n_trend} · svagast: {goal.worst_kpi_id or '–'}"
        )
        if kpis:
            lines += ["", header, *[kpi_line(kpi) for kpi in kpis]]
        lines.append("")
    if peers is not None:
        lines += peers_md(peers, titles)
    lines.append(ATTRIBUTION)
    return "\n".join(lines) + "\n"


def peers_md(peers: PeerComparison, titles: dict[str, str]) -> list[str]:
    lines = [f"## Lär av andra: {peers.kpi_id} i {peers.reference_label}", ""]
    lines.append(
        f"{peers.reference_size} områden med värde, {peers.too_little_data} med för lite data."
    )
    for peer in peers.peers:
        lines.append(
            f"- {titles.get(peer.area_id, '')} ({peer.area_id}): "
            f"förbättring {number(peer.improvement, 2)} per år, "
            f"nu {number(peer.value, 2)} ({peer.value_year})"
        )
    return [*lines, ""]


def kpi_rows(analysis: AreaAnalysis):
    """One flat row per KPI, goals in challenge order: the CSV (and any table) source."""
    for goal in analysis.goals:
        for kpi in analysis.kpis_of_goal(goal.goal):
            row = {"area_id": analysis.area_id, "year": analysis.year, "goal_rank": goal.rank}
            row |= {k: v for k, v in dataclasses.asdict(kpi).items() if k not in SKIP}
            outlook, gap = kpi.outlook, kpi.gender_gap
            row["outlook"] = outlook.status if outlook else None
            row["target_value"] = outlook.target_value if outlook else None
            row["target_year"] = outlook.target_year if outlook else None
            row["gender_gap"] = gap.gap if gap else None
            row["gender_gap_trend"] = gap.gap_trend if gap else None
            row["source"] = ATTRIBUTION
            yield row


SKIP = ("outlook", "gender_gap")


def render_csv(analysis: AreaAnalysis) -> str:
    rows = list(kpi_rows(analysis))
    columns = list(rows[0]) if rows else ["area_id"]
    return write_plain_csv(columns, [list(row.values()) for row in rows])


def render_json(analysis: AreaAnalysis, peers: PeerComparison | None) -> str:
    document = analysis_document(analysis, peers, ATTRIBUTION)
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


@click.command()
@click.argument("area_id")
@click.option("--year", type=int, help="Analysis year. Default: the latest year in the bundle.")
@click.option(
    "--compare",
    default="all",
    show_default=True,
    help="Reference set: 'all' (same type), 'kommungrupp' or a Kolada group id (e.g. G37523).",
)
@click.option("--kpi", "kpi_id", help="Only this KPI, with the peers that improved most (M10).")
@click.option(
    "--format", "fmt", type=click.Choice(["md", "json", "csv"]), default="md", show_default=True
)
@click.option(
    "--bundle",
    "bundle_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Kolada bundle directory. Default: $STYRA_BUNDLE, else ../shared/data/kolada.",
)
def analyse(area_id, year, compare, kpi_id, fmt, bundle_dir) -> None:
    """Print the nulägesanalys of AREA_ID (e.g. 0180 Stockholm, 0001 Region Stockholm)."""
    bundle_dir = bundle_dir or kolada_bundle.default_bundle_path()
    if bundle_dir is None:
        raise click.ClickException("no Kolada bundle found: pass --bundle or set STYRA_BUNDLE")
    data = load_bundle(str(bundle_dir))
    settings = AnalysisSettings()
    try:
        reference = choose_reference(data, area_id, compare)
        year = year or int(data["values"]["year"].max())
        analysis = analyse_area(
            data["values"], data["catalog"], data["areas"], area_id, year, reference, None, settings
        )
        peers = None
        if kpi_id:
            analysis = only_kpi(analysis, kpi_id)
            kpi = analysis.kpis[0]
            peers = learn_from_peers(
                data["values"], kpi_id, kpi.polarity, analysis.reference, year, settings
            )
    except UnknownIdError as error:
        raise click.ClickException(str(error)) from error
    if fmt == "md":
        titles = dict(data["areas"].select("area_id", "title").iter_rows())
        click.echo(render_md(analysis, peers, titles), nl=False)
    elif fmt == "json":
        click.echo(render_json(analysis, peers), nl=False)
    else:
        click.echo(render_csv(analysis), nl=False)


def only_kpi(analysis: AreaAnalysis, kpi_id: str) -> AreaAnalysis:
    kpis = tuple(k for k in analysis.kpis if k.kpi_id == kpi_id)
    if not kpis:
        raise UnknownIdError(
            f"unknown KPI {kpi_id!r} (not in the Agenda 2030 set for this area type)"
        )
    goals = tuple(g for g in analysis.goals if g.goal == kpis[0].goal)
    return dataclasses.replace(analysis, kpis=kpis, goals=goals)
