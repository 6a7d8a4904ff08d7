"""``styra consultation digest``: the remissrundor's daily digest (docs/consultation.md)."""

import click

from styra.cli.data import setup_django


@click.group()
def consultation() -> None:
    """Remissrundor: consultation inside the organisation and with partners."""


@consultation.command()
def digest() -> None:
    """E-mail each invitee and editor what happened in their remissrundor since they were
    last told. Each item is sent to each person once, so running it daily (cron) is safe."""
    setup_django()
    from styra.web.consultation import mail

    sent = mail.send_digests()
    click.echo(f"{sent} digests sent")
