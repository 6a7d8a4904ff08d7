"""``styra changes digest`` and ``styra kolada refresh``: the yearly (or weekly) refresh.

``refresh`` syncs a bundle from Kolada (``styra kolada sync``) and loads it
(``styra load``) only when it would change the values of Styra's curated KPIs;
``styra load`` keeps each new data version and mails the digests
(docs/changes.md).
"""

from pathlib import Path

import click

from styra.agenda2030 import curated_kpis_frame
from styra.cli.data import migrate_quietly, setup_django
from styra.kolada.bundle import BundleError, fetched_bundle_path, read_bundle


@click.group()
def changes() -> None:
    """What a new Kolada data version changed (the page "Vad har hänt sedan sist?")."""


@changes.command()
def digest() -> None:
    """E-mail each organisation's editors and admins what the newest data version changed.

    Once per organisation and version: running it again sends nothing. `styra load`
    runs it after each load that kept a new version.
    """
    setup_django()
    migrate_quietly()
    from styra.web.changes.digest import send_digests

    click.echo(f"Digests sent: {send_digests()}")


def run(args: list[str]) -> None:
    """Run another ``styra`` command as the command line would."""
    from styra.cli import main

    main.main(args, prog_name="styra", standalone_mode=False)


def has_news(bundle_dir: Path) -> bool:
    """Whether loading the bundle would change the kept values of the curated KPIs: its
    values of those KPIs differ from the newest kept version's (or none is kept)."""
    curated = curated_kpis_frame()["kpi_id"].to_list()
    try:
        values = read_bundle(bundle_dir, extra_kpis=curated).values
    except BundleError as error:
        raise click.ClickException(f"bundle refused, nothing loaded: {error}") from error
    setup_django()
    migrate_quietly()
    import polars as pl

    from styra.web.changes.archive import fingerprint, release_values
    from styra.web.changes.models import DataRelease

    newest = DataRelease.objects.first()
    if newest is None:
        return True
    kpis = values["kpi_id"].unique().to_list()
    kept = release_values(newest).filter(pl.col("kpi_id").is_in(kpis))
    return fingerprint(values) != fingerprint(kept)


@click.command()
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Bundle directory the sync writes and the load reads (default: var/kolada).",
)
@click.option("--base-url", help="Kolada API (default: the sync's).")
@click.option("--force", is_flag=True, help="Load even when nothing changed.")
def refresh(out_dir: Path | None, base_url: str | None, force: bool) -> None:
    """Sync from Kolada, then load only when Styra's KPIs have new or revised values.

    Runs `styra kolada sync --out DIR` and compares the fetched values of the
    curated KPIs with the newest kept data version; `styra load DIR` (which keeps the
    new version and mails the digests) runs only when they differ. Schedule it
    weekly (docs/kolada-sync.md).
    """
    out_dir = out_dir or fetched_bundle_path()
    run(["kolada", "sync", "--out", str(out_dir), *(["--base-url", base_url] if base_url else [])])
    if not force and not has_news(out_dir):
        click.echo("No new or revised values for Styra's KPIs: nothing loaded.")
        return
    run(["load", str(out_dir)])
