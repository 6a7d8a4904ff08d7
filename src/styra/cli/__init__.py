"""The ``styra`` command line: thin commands that hand off to library functions.

Each command group lives in its own module and is registered here. Errors go
to stderr with a non-zero exit (``click.ClickException``).
"""

import click

from styra import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="styra")
def main() -> None:
    """Styra: steer a kommun or region with Agenda 2030, on Kolada data."""


def _register() -> None:
    from styra.cli import (
        analyse,
        audit,
        backup,
        catalog,
        changes,
        consultation,
        contact,
        data,
        followup,
        interactions,
        kolada,
        network,
        person,
        report,
        user,
        worker,
    )

    main.add_command(data.load)
    main.add_command(data.serve)
    main.add_command(data.create_admin)
    main.add_command(worker.worker)
    main.add_command(kolada.kolada)
    kolada.kolada.add_command(changes.refresh)
    main.add_command(changes.changes)
    main.add_command(analyse.analyse)
    main.add_command(catalog.sdg)
    main.add_command(catalog.kpis)
    main.add_command(interactions.interactions)
    main.add_command(followup.followup)
    main.add_command(report.report)
    main.add_command(contact.contact)
    main.add_command(audit.audit)
    main.add_command(consultation.consultation)
    main.add_command(network.network)
    main.add_command(person.person)
    main.add_command(person.retention)
    main.add_command(backup.backup)
    main.add_command(backup.restore)
    main.add_command(user.user)


_register()
