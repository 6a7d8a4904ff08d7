"""``styra person export|erase`` and ``styra retention run``: personal data (GDPR),
docs/personal-data.md. Thin commands over ``styra.web.personal``."""

from pathlib import Path

import click

from styra.cli.data import setup_django


@click.group()
def person() -> None:
    """One person's data: export it, or erase it."""


@person.command()
@click.argument("email")
@click.option("--name", default="", help="Full name, for a person without an account.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True)
def export(email: str, name: str, out: Path) -> None:
    """Write every row about the person with EMAIL to a JSON file."""
    setup_django()
    from django.utils import timezone

    from styra.web.personal import export as exporter
    from styra.web.personal.people import Person

    data = exporter.collect(Person.by_email(email, name), timezone.now())
    out.write_text(exporter.to_json(data), encoding="utf-8")
    rows = sum(len(found) for found in data["rows"].values())
    click.echo(f"{rows} rows from {len(data['rows'])} tables written to {out}")


@person.command()
@click.argument("email")
@click.option("--name", default="", help="Full name, for a person without an account.")
@click.option("--yes", is_flag=True, help="Erase without asking.")
def erase(email: str, name: str, yes: bool) -> None:
    """Erase the person with EMAIL: account anonymised, name removed everywhere."""
    setup_django()
    from styra.web.personal.erase import erase as erase_person
    from styra.web.personal.people import Person

    found = Person.by_email(email, name)
    who = f"{found.name} <{found.email}>" if found.name else found.email
    account = "an account" if found.user is not None else "no account"
    if not yes:
        click.confirm(f"Erase {who} ({account})? This cannot be undone", abort=True)
    counts = erase_person(found)
    for label, n in counts.items():
        click.echo(f"{label}: {n}")
    click.echo(f"{sum(counts.values())} rows changed or deleted")


@click.group()
def retention() -> None:
    """Personal data kept no longer than its period."""


@retention.command()
def run() -> None:
    """Delete or blank everything older than its retention period (run daily)."""
    setup_django()
    from django.utils import timezone

    from styra.web.personal import retention as jobs

    for job, n in jobs.run(timezone.now()).items():
        click.echo(f"{job}: {n}")
