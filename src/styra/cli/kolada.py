"""``styra kolada …``: talk to Kolada's live API."""

import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

import click

from styra.kolada import ATTRIBUTION_LONG
from styra.kolada.client import DEFAULT_BASE_URL, KoladaClient, KoladaError, RetryPolicy
from styra.kolada.sync import SyncError, parse_kpi_selection, parse_years, sync_bundle


@click.group()
def kolada() -> None:
    """Kolada (RKA), the open data Styra works on."""


def kpi_selection(ctx: click.Context, param: click.Parameter, value: str) -> str | list[str]:
    try:
        return parse_kpi_selection(value)
    except SyncError as error:
        raise click.BadParameter(str(error), ctx, param) from error


def year_selection(ctx: click.Context, param: click.Parameter, value: str | None):
    if value is None:
        return None
    try:
        return parse_years(value)
    except SyncError as error:
        raise click.BadParameter(str(error), ctx, param) from error


def echo_progress(message: str) -> None:
    click.echo(message, err=True)


class ValuesBar:
    """The chunks of values as a click progress bar, begun when the first chunk tells
    how many there are."""

    def __init__(self, file: TextIO):
        self.file = file
        self.bar = None  # click's ProgressBar, made at the first chunk

    def __call__(self, done: int, total: int, values: int) -> None:
        if self.bar is None:
            self.bar = click.progressbar(
                length=total,
                label="Values from Kolada",
                show_pos=True,
                item_show_func=lambda values: None if values is None else f"{values} values",
                file=self.file,
            )
        self.bar.update(done - self.bar.pos, values)
        if done == total:
            self.bar.render_finish()


def values_progress(file: TextIO | None = None) -> ValuesBar | None:
    """A progress bar on a terminal; elsewhere (a log) None: a line per chunk instead."""
    file = file or sys.stderr
    return ValuesBar(file) if file.isatty() else None


@kolada.command()
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Bundle directory to write (replaced only when the sync succeeds).",
)
@click.option(
    "--kpis",
    default="agenda2030",
    show_default=True,
    callback=kpi_selection,
    help="'agenda2030', 'all' (every KPI, ~7 M values) or KPI ids like N00401,U01405.",
)
@click.option(
    "--years",
    callback=year_selection,
    help="Years to fetch, e.g. 2015-2022 or 2020,2022. Default: every year Kolada has.",
)
@click.option("--base-url", default=DEFAULT_BASE_URL, show_default=True, help="Kolada API v3.")
@click.option(
    "--concurrency",
    default=4,
    show_default=True,
    type=click.IntRange(1, 16),
    help="Requests in flight at once (be polite).",
)
@click.option(
    "--timeout", default=30.0, show_default=True, type=click.FloatRange(0.1), help="Seconds."
)
@click.option(
    "--max-retries",
    default=5,
    show_default=True,
    type=click.IntRange(0, 20),
    help="Retries (with back-off, honouring Retry-After) on 429, 5xx and network faults.",
)
def sync(
    out_dir: Path,
    kpis: str | list[str],
    years: list[int] | None,
    base_url: str,
    concurrency: int,
    timeout: float,
    max_retries: int,
) -> None:
    """Fetch a fresh Kolada bundle from the live API into --out.

    Writes the catalogs (areas, groups, SKR kommungrupper, KPIs, KPI groups,
    the Agenda 2030 set) and the values as parquet, plus manifest.json. The
    bundle is built beside --out and moved into place at the end: a failed or
    interrupted sync leaves an existing bundle untouched. Load it with
    `STYRA_BUNDLE=DIR styra load`. Progress goes to stderr (a bar on a terminal).
    """
    client = KoladaClient(
        base_url,
        timeout=timeout,
        concurrency=concurrency,
        retry=RetryPolicy(max_retries=max_retries),
    )
    started = datetime.now(UTC).isoformat(timespec="seconds")
    try:
        with client:
            manifest = sync_bundle(
                client,
                out_dir,
                kpis,
                years,
                synced_at=started,
                progress=echo_progress,
                on_chunk=values_progress(),
            )
    except (KoladaError, SyncError) as error:
        raise click.ClickException(f"sync failed, nothing written: {error}") from error
    click.echo(f"Bundle written to {out_dir} ({manifest['requests']} requests):")
    for name, rows in manifest["files"].items():
        click.echo(f"  {name}: {rows} rows")
    click.echo(ATTRIBUTION_LONG)
