"""``styra interactions import``: an organisation's interaction matrix (M9) from a CSV file.

A thin shell: the core reads the file (``styra.priorities.read_matrix_csv``,
long or wide, errors naming row and column); the web app's services store it.
A matrix of the organisation with the same title is replaced, so running the
same import again changes nothing. A bad file is refused and nothing is written.
"""

from pathlib import Path

import click

from styra.priorities import MatrixFileError, read_matrix_csv


@click.group()
def interactions() -> None:
    """Interaction matrices between targets (M9, SEI "SDG Synergies")."""


@interactions.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--org", "kolada_id", required=True, help="Kolada id of the organisation, e.g. 0180.")
@click.option("--title", help="Title of the matrix (default: from the file name).")
@click.option("--description", default="", help="Who scored it, where it comes from.")
def import_matrix(file: Path, kolada_id: str, title: str | None, description: str) -> None:
    """Create (or replace) an organisation's interaction matrix from a CSV FILE.

    FILE is long (from_target,to_target,score[,rationale]) or wide (from_target
    and a header row of target ids); a matrix has 10–40 targets.
    """
    try:
        parsed = read_matrix_csv(file)
    except MatrixFileError as error:
        raise click.ClickException(f"matrix file refused, nothing written:\n{error}") from error
    from styra.cli.data import setup_django

    setup_django()
    from styra.web.organisations.models import Organisation
    from styra.web.priorities.interactions import imports
    from styra.web.priorities.interactions.scope import Scope
    from styra.web.priorities.interactions.services import target_count_problem

    problem = target_count_problem(len(parsed.targets))
    if problem:
        raise click.ClickException(f"matrix file refused, nothing written: {problem}")
    organisation = Organisation.objects.filter(pk=kolada_id).first()
    if organisation is None:
        raise click.ClickException(f"no organisation {kolada_id!r}: run `styra load` first")
    scope = Scope(organisation, can_change=True)
    title = " ".join((title or f"Interaktioner från {file.name}").split())
    matrix = imports.find_by_title(scope, title)
    if matrix is None:
        matrix = imports.create_from_file(scope, None, title, description, parsed)
        done = "Created"
    else:
        imports.replace_matrix(matrix, parsed, None)
        if description:
            matrix.description = description
            matrix.save(update_fields=["description", "updated_at"])
        done = "Replaced"
    click.echo(
        f"{done} interaction matrix {title!r} (id {matrix.pk}) of {organisation.name} "
        f"({organisation.pk}): {len(parsed.targets)} targets, {len(parsed.cells)} scored cells, "
        f"{parsed.missing_count} not scored."
    )
