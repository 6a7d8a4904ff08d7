"""The matrix editor's grid: a row per influencing target, a column per influenced one."""

from django.utils.translation import gettext as _

from styra.sdg import load_catalog

from .models import Matrix, MatrixCell, Score
from .services import cells_of, describe_cell, score_text, target_ids

CSS = {3: "p3", 2: "p2", 1: "p1", 0: "zero", -1: "n1", -2: "n2", -3: "n3"}


def dash(target_id: str) -> str:
    """The URL form of a target id: ``11.1`` → ``11-1``."""
    return target_id.replace(".", "-")


def cell_view(source: str, target: str, cell: MatrixCell | None, url: str) -> dict:
    """What one grid cell shows and links to."""
    score = None if cell is None else cell.score
    return {
        "id": f"c-{dash(source)}-{dash(target)}",
        "url": url,
        "text": score_text(score),
        "label": _("ej bedömd") if score is None else Score(score).label,
        "css": "missing" if score is None else CSS[score],
        "has_rationale": bool(cell and cell.rationale),
        "where": describe_cell(source, target),
    }


def grid_rows(matrix: Matrix, cell_url) -> tuple[list, list[dict]]:
    """(targets as catalog entries, rows); ``cell_url(source, target)`` builds each link."""
    catalog = load_catalog()
    targets = target_ids(matrix)
    cells = cells_of(matrix)
    rows = [
        {
            "target": catalog.target(source),
            "cells": [
                None
                if source == target
                else cell_view(
                    source, target, cells.get((source, target)), cell_url(source, target)
                )
                for target in targets
            ],
        }
        for source in targets
    ]
    return [catalog.target(t) for t in targets], rows


def url_maker(template: str):
    """A fast ``cell_url`` from one reversed URL with ``SOURCE``/``TARGET`` placeholders."""

    def make(source: str, target: str) -> str:
        return template.replace("SOURCE", dash(source)).replace("TARGET", dash(target))

    return make
