"""``styra sdg goals`` and ``styra kpis``: the reference catalogs Styra ships."""

import dataclasses
import json

import click


@click.group()
def sdg() -> None:
    """The SDG catalog: 17 goals, 169 targets, the global indicators."""


@sdg.command()
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
def goals(as_json: bool) -> None:
    """List the 17 goals with Swedish and English names and official colours."""
    from styra.sdg import load_catalog

    catalog = load_catalog()
    if as_json:
        rows = [dataclasses.asdict(goal) for goal in catalog.goals]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for goal in catalog.goals:
        targets = len(catalog.targets_of_goal(goal.number))
        click.echo(
            f"{goal.number:>2}  {goal.colour}  {goal.short_sv} / {goal.short_en} ({targets} delmål)"
        )


@click.command()
@click.option(
    "--agenda2030",
    "agenda2030",
    is_flag=True,
    required=True,
    help="Styra's curated Agenda 2030 set.",
)
@click.option("--goal", type=click.IntRange(1, 17), help="Only the KPIs of this goal.")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
def kpis(agenda2030: bool, goal: int | None, as_json: bool) -> None:
    """List the curated Agenda 2030 KPIs with their goal, polarity and unit."""
    from styra.agenda2030 import load_curated_kpis

    rows = [kpi for kpi in load_curated_kpis() if goal is None or kpi.goal == goal]
    if as_json:
        data = [dataclasses.asdict(kpi) for kpi in rows]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    arrows = {1: "högre är bättre", -1: "lägre är bättre", 0: "neutral"}
    for kpi in rows:
        direction = arrows[kpi.polarity]
        click.echo(f"{kpi.kpi_id}  mål {kpi.goal:>2}  {direction:<16} {kpi.unit:<10} {kpi.title}")
    click.echo(f"{len(rows)} nyckeltal. Mappningen är Styras egen (docs/agenda2030-mapping.md).")
