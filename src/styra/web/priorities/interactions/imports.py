"""A matrix from a CSV file (long or wide): check, preview, then save all cells at once.

The file is read by the core (``styra.priorities.parse_matrix_csv``), which
names every problem's row and column; the web adds its 10–40 targets rule.
Between the preview and "Spara" the file's text travels in a hidden field,
signed for the owner, matrix and user (``styra.web.common.previews``), so nobody can
alter it or replay it elsewhere; on confirm it is read again and written in
one transaction that replaces the matrix's targets and every cell. Nothing is
ever half-imported.
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from styra.priorities import InteractionMatrix, MatrixFileError, parse_matrix_csv
from styra.tables import RowErrors, TableError
from styra.web.common import previews

from .models import Matrix, MatrixCell, MatrixTarget
from .services import catalog_order, create_matrix, target_count_problem

MAX_BYTES = 1_000_000
PURPOSE = "interactions.import"


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 as Swedish Excel saves CSV."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def check_text(text: str) -> InteractionMatrix:
    """The matrix in ``text``; raises ``RowErrors`` naming rows and columns."""
    try:
        parsed = parse_matrix_csv(text)
    except MatrixFileError as error:
        raise RowErrors(list(error.problems), error.total) from error
    problem = target_count_problem(len(parsed.targets))
    if problem:
        raise RowErrors([TableError(problem)], 1)
    return parsed


@dataclass(frozen=True)
class Preview:
    """What saving the file would do to the matrix (all zeros but ``scored`` for a new one)."""

    targets: tuple[str, ...]
    added: tuple[str, ...]  # targets the matrix does not have yet
    removed: tuple[str, ...]  # targets of the matrix the file does not have
    scored: int
    missing: int
    new: int  # cells scored in the file, not in the matrix
    changed: int  # a different score or rationale
    unchanged: int
    cleared: int  # cells scored in the matrix, not in the file: they become not scored
    rationales_lost: int  # stored rationales the file does not carry (a wide file has none)


def preview(matrix: Matrix | None, parsed: InteractionMatrix) -> Preview:
    stored = {} if matrix is None else {(c.from_target, c.to_target): c for c in matrix.cells.all()}
    current = set() if matrix is None else set(matrix.targets.values_list("target_id", flat=True))
    new = changed = 0
    for pair, cell in parsed.cells.items():
        old = stored.get(pair)
        if old is None:
            new += 1
        elif (old.score, old.rationale) != (cell.score, cell.rationale):
            changed += 1
    lost = sum(
        1
        for pair, old in stored.items()
        if old.rationale and (pair not in parsed.cells or not parsed.cells[pair].rationale)
    )
    return Preview(
        targets=parsed.targets,
        added=catalog_order(set(parsed.targets) - current),
        removed=catalog_order(current - set(parsed.targets)),
        scored=len(parsed.cells),
        missing=parsed.missing_count,
        new=new,
        changed=changed,
        unchanged=len(parsed.cells) - new - changed,
        cleared=sum(1 for pair in stored if pair not in parsed.cells),
        rationales_lost=lost,
    )


def _bound_to(scope, matrix: Matrix | None, user) -> tuple:
    return scope.field, scope.owner.pk, "new" if matrix is None else matrix.pk, user.pk


def sign_upload(scope, matrix: Matrix | None, user, payload: dict) -> str:
    """``payload``: the file name and text, and for a new matrix its title and description."""
    return previews.sign(payload, PURPOSE, *_bound_to(scope, matrix, user))


def unsign_upload(scope, matrix: Matrix | None, user, token: str) -> dict:
    """The signed payload; raises ``signing.BadSignature`` (``SignatureExpired``)."""
    return previews.unsign(token, PURPOSE, *_bound_to(scope, matrix, user))


def replace_matrix(matrix: Matrix, parsed: InteractionMatrix, user) -> None:
    """The matrix's targets and all its cells become the file's, in one transaction."""
    with transaction.atomic():
        Matrix.objects.filter(pk=matrix.pk).update(updated_at=timezone.now())
        matrix.cells.all().delete()
        matrix.targets.exclude(target_id__in=parsed.targets).delete()
        have = set(matrix.targets.values_list("target_id", flat=True))
        MatrixTarget.objects.bulk_create(
            MatrixTarget(matrix=matrix, target_id=target)
            for target in parsed.targets
            if target not in have
        )
        _add_cells(matrix, parsed, user)


def create_from_file(scope, user, title: str, description: str, parsed) -> Matrix:
    with transaction.atomic():
        matrix = create_matrix(scope, user, title, description, parsed.targets)
        _add_cells(matrix, parsed, user)
    return matrix


def _add_cells(matrix: Matrix, parsed: InteractionMatrix, user) -> None:
    MatrixCell.objects.bulk_create(
        (
            MatrixCell(
                matrix=matrix,
                from_target=source,
                to_target=target,
                score=cell.score,
                rationale=cell.rationale,
                updated_by=user,
            )
            for (source, target), cell in parsed.cells.items()
        ),
        batch_size=500,
    )


def find_by_title(scope, title: str) -> Matrix | None:
    """The owner's matrix with this title (compared case-insensitively), if any."""
    wanted = title.strip().casefold()
    for matrix in scope.matrices():
        if matrix.title.strip().casefold() == wanted:
            return matrix
    return None
