"""``styra contact purge``: delete the contact form's old messages (docs/contact.md)."""

import click

from styra.cli.data import setup_django


@click.group()
def contact() -> None:
    """The contact form on the public site: its stored messages."""


@contact.command()
@click.option(
    "--days",
    type=click.IntRange(min=1),
    default=None,
    help="Keep this many days instead of STYRA_CONTACT_RETENTION_DAYS.",
)
def purge(days: int | None) -> None:
    """Delete every message received longer ago than the retention period. Deletes only
    what is old enough, so running it daily (cron) is safe."""
    setup_django()
    from django.utils import timezone

    from styra.web.contact import retention

    deleted = retention.purge(timezone.now(), days)
    click.echo(f"{deleted} contact messages deleted")
