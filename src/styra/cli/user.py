"""``styra user reset-2fa EMAIL``: remove a user's two-step verification (lost phone)."""

import click

from styra.cli.data import setup_django


@click.group()
def user() -> None:
    """User accounts."""


@user.command("reset-2fa")
@click.argument("email_or_username")
def reset_2fa(email_or_username: str) -> None:
    """Remove every two-step verification device of the user with this e-mail address
    (or user name). They log in with their password alone and may set it up again."""
    setup_django()
    from django.contrib.auth import get_user_model
    from django.db.models import Q

    from styra.web.twofactor.services import remove_devices

    users = get_user_model().objects.filter(
        Q(email__iexact=email_or_username) | Q(username=email_or_username)
    )
    if not users:
        raise click.ClickException(f"No user with e-mail address or user name {email_or_username}")
    if len(users) > 1:
        names = ", ".join(sorted(u.get_username() for u in users))
        raise click.ClickException(f"Several users match ({names}): give the user name")
    account = users[0]
    removed = remove_devices(account)
    click.echo(f"Two-step verification removed for {account.get_username()} ({removed} devices)")
