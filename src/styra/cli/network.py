"""``styra network``: create a network, and the demo network of ``make run``
(docs/network-shell.md)."""

import click

from styra.cli.data import setup_django

DEMO_COORDINATOR = "admin@example.org"  # styra create-admin's default address


@click.group()
def network() -> None:
    """Networks of kommuner and regioner, led by coordinators."""


def coordinator_by_email(email: str):
    """The existing user with ``email``; a click error naming ``--coordinator`` if none."""
    from styra.web.network.services import NetworkError, user_by_email

    try:
        return user_by_email(email)
    except NetworkError as error:
        raise click.BadParameter(str(error), param_hint="--coordinator") from None


@network.command()
@click.argument("name")
@click.option(
    "--coordinator",
    "email",
    required=True,
    help="E-mail address of an existing user who leads the network.",
)
@click.option("--description", default="", help="What the network does together.")
def create(name: str, email: str, description: str) -> None:
    """Create the network NAME with its first coordinator. The coordinator must already
    have an account (styra create-admin, or an invitation to an organisation)."""
    setup_django()
    from styra.web.network.services import NetworkError, create_network

    name = name.strip()
    if not name:
        raise click.BadParameter("the name is empty", param_hint="NAME")
    coordinator = coordinator_by_email(email)
    try:
        created = create_network(name, description, coordinator)
    except NetworkError as error:
        raise click.BadParameter(str(error), param_hint="NAME") from None
    click.echo(f"Created network {created.pk} '{created.name}', coordinator {coordinator.email}")


@network.command()
@click.option(
    "--coordinator",
    "email",
    default=DEMO_COORDINATOR,
    show_default=True,
    help="E-mail address of the user who coordinates the demo network.",
)
def demo(email: str) -> None:
    """Create the demo network "Styra med Agenda 2030 (2023)": seven kommuner and one
    region, no commitments filled in. Running it again changes nothing."""
    setup_django()
    from styra.web.network.demo import ensure_demo
    from styra.web.network.services import NetworkError

    coordinator = coordinator_by_email(email)
    try:
        created, is_new = ensure_demo(coordinator)
    except NetworkError as error:
        raise click.ClickException(str(error)) from None
    state = "Created" if is_new else "Kept"
    members = created.members.count()
    click.echo(f"{state} demo network {created.pk} '{created.name}' ({members} members)")
