"""``styra followup remind``: the follow-up cycles' reminders (docs/followup.md)."""

import click

from styra.cli.data import setup_django
from styra.followup import DEFAULT_DAYS_BEFORE


@click.group()
def followup() -> None:
    """Follow-up cycles: reminders to those who have not reported."""


@followup.command()
@click.option(
    "--days-before",
    type=click.IntRange(min=0),
    default=DEFAULT_DAYS_BEFORE,
    show_default=True,
    help="Send the first reminder this many days before the deadline.",
)
def remind(days_before: int) -> None:
    """E-mail everyone with unreported actions in an open cycle: once a few days before
    its deadline and once after it. Each person gets each reminder once, so running it
    daily (cron) is safe."""
    setup_django()
    from styra.web.followup import mail, services

    sent = mail.send_reminders(services.today(), days_before)
    click.echo(f"{sent} reminders sent")
