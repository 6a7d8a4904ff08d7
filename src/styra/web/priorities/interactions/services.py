"""Matrices in the database ↔ the pure core (styra.priorities): create, change, score, analyse.

The web app requires 10–40 targets per matrix (``MIN_TARGETS``–``MAX_TARGETS``:
enough for a holistic view, few enough to score every pair in a workshop); the
core itself accepts any matrix of at least two.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from styra.priorities import InteractionAnalysis, InteractionMatrix, analyse_interactions
from styra.priorities.matrix import Cell
from styra.sdg import load_catalog

from .models import MAX_TARGETS, MIN_TARGETS, Matrix, MatrixCell, MatrixTarget


def catalog_order(target_ids) -> tuple[str, ...]:
    return load_catalog().sort_targets(target_ids)


def target_ids(matrix: Matrix) -> tuple[str, ...]:
    """The matrix's targets in the catalog's order."""
    return catalog_order(matrix.targets.values_list("target_id", flat=True))


def cells_of(matrix: Matrix) -> dict[tuple[str, str], MatrixCell]:
    return {(cell.from_target, cell.to_target): cell for cell in matrix.cells.all()}


def to_core(matrix: Matrix) -> InteractionMatrix:
    """The stored matrix as the core's ``InteractionMatrix`` (missing cells stay missing)."""
    cells = {
        (source, target): Cell(score, rationale)
        for source, target, score, rationale in matrix.cells.values_list(
            "from_target", "to_target", "score", "rationale"
        )
    }
    return InteractionMatrix(target_ids(matrix), cells)


def analyse(matrix: Matrix) -> InteractionAnalysis:
    return analyse_interactions(to_core(matrix))


def target_count_problem(count: int) -> str | None:
    """The message when ``count`` targets are outside the web's 10–40, else ``None``."""
    if MIN_TARGETS <= count <= MAX_TARGETS:
        return None
    return ngettext(
        "Matrisen har %(count)s delmål. En matris ska ha mellan %(min)s och %(max)s delmål.",
        "Matrisen har %(count)s delmål. En matris ska ha mellan %(min)s och %(max)s delmål.",
        count,
    ) % {"count": count, "min": MIN_TARGETS, "max": MAX_TARGETS}


def create_matrix(scope, user, title: str, description: str, targets) -> Matrix:
    with transaction.atomic():
        matrix = scope.new_matrix(title=title, description=description, created_by=user)
        matrix.save()
        MatrixTarget.objects.bulk_create(
            MatrixTarget(matrix=matrix, target_id=target) for target in catalog_order(targets)
        )
    return matrix


def change_matrix(matrix: Matrix, title: str, description: str, targets) -> int:
    """Save title, description and targets; the cells of removed targets go. Returns their count."""
    wanted = set(targets)
    with transaction.atomic():
        matrix.title, matrix.description = title, description
        matrix.save()
        current = set(matrix.targets.values_list("target_id", flat=True))
        removed = current - wanted
        matrix.targets.filter(target_id__in=removed).delete()
        gone, _detail = matrix.cells.filter(from_target__in=removed).delete()
        gone_in, _detail = matrix.cells.filter(to_target__in=removed).delete()
        MatrixTarget.objects.bulk_create(
            MatrixTarget(matrix=matrix, target_id=target)
            for target in catalog_order(wanted - current)
        )
    return gone + gone_in


def save_cell(
    matrix: Matrix, source: str, target: str, score: int | None, rationale: str, user
) -> MatrixCell | None:
    """Score one cell; ``score`` ``None`` clears it (back to not scored)."""
    with transaction.atomic():
        if score is None:
            matrix.cells.filter(from_target=source, to_target=target).delete()
            cell = None
        else:
            cell, _created = MatrixCell.objects.update_or_create(
                matrix=matrix,
                from_target=source,
                to_target=target,
                defaults={"score": score, "rationale": rationale, "updated_by": user},
            )
        Matrix.objects.filter(pk=matrix.pk).update(updated_at=timezone.now())
    return cell


def score_text(score: int | None) -> str:
    """``+2``, ``0``, ``−1`` (a real minus sign), or ``–`` for a cell not scored."""
    if score is None:
        return "–"
    if score > 0:
        return f"+{score}"
    return str(score).replace("-", "\u2212")


def describe_cell(source: str, target: str) -> str:
    return _("%(source)s påverkar %(target)s") % {"source": source, "target": target}
