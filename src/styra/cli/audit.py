"""``styra audit purge``: delete the audit log's old entries (docs/audit.md)."""

import click

from styra.cli.data import setup_django


@click.group()
def audit() -> None:
    """The audit log: who changed what, sign-ins."""


@audit.command()
@click.option(
    "--days",
    type=click.IntRange(min=1),
    default=None,
    help="Keep this many days instead of STYRA_AUDIT_RETENTION_DAYS.",
)
def purge(days: int | None) -> None:
    """Delete every audit entry and sign-in event older than the retention period.
    Deletes only what is old enough, so running it daily (cron) is safe."""
    setup_django()
    from django.utils import timezone

    from styra.web.audit import retention

    deleted = retention.purge(timezone.now(), days)
    click.echo(f"{deleted} audit entries deleted")
