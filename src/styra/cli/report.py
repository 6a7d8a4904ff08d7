"""``styra report …``: an organisation's reports written to a file, for scripts.

Each command takes the organisation's Kolada id (ORG) and writes one file;
unknown organisations, cycles or formats are refused with a clear message and a
non-zero exit.
"""

from pathlib import Path

import click

from styra.cli.data import setup_django


@click.group()
def report() -> None:
    """Write an organisation's reports (follow-up, VLR) to a file."""


@report.command()
@click.argument("org")
@click.option("--cycle", "cycle_id", type=int, required=True, help="The follow-up cycle's id.")
@click.option(
    "--format",
    "file_format",
    type=click.Choice(["pdf", "docx", "xlsx"]),
    required=True,
    help="The file format.",
)
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), required=True)
def followup(org: str, cycle_id: int, file_format: str, out: Path) -> None:
    """Write the follow-up report (uppföljningsrapport) of cycle ID of organisation ORG."""
    setup_django()
    from styra.web.followup.report_documents import write_followup_report

    try:
        write_followup_report(org, cycle_id, file_format, out)
    except LookupError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Wrote {out}")


@report.command()
@click.argument("org")
@click.option("--year", type=click.IntRange(2015, 2100), required=True, help="The VLR's year.")
@click.option(
    "--format",
    "file_format",
    type=click.Choice(["pdf", "docx"]),
    required=True,
    help="The file format.",
)
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), required=True)
def vlr(org: str, year: int, file_format: str, out: Path) -> None:
    """Write the VLR (Voluntary Local Review) of YEAR of organisation ORG: the newest
    version frozen for that year, else the draft as it is now."""
    setup_django()
    from styra.web.vlr.export import write_vlr

    try:
        shown = write_vlr(org, year, file_format, out)
    except LookupError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Wrote {out} ({shown})")
