"""The results page's rows: influence per target (M9), clusters, trade-offs and graph links.

The rows are the core's ``analyse_interactions`` as it is, with catalog names
and words; the exports and the graph read the same rows, so every file and
chart says what the page says.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from styra.priorities import InteractionAnalysis, InteractionMatrix, TargetInfluence
from styra.sdg import Target, load_catalog

from .models import Score
from .services import score_text

# The graph draws every trade-off and the strong synergies: +2 and +3 while that makes at
# most GRAPH_MAX_LINKS lines, else +3 only (the table beside it lists the same links).
GRAPH_MAX_LINKS = 120


@dataclass(frozen=True)
class ResultRow:
    target: Target
    influence: TargetInfluence

    @property
    def anchor(self) -> str:
        return "delmal-" + self.target.target_id.replace(".", "-")

    @property
    def tradeoffs(self) -> str:
        """``motverkar 7.2 (−2); begränsar 13.1 (−1)``, worst first; empty when there are none."""
        return "; ".join(
            f"{Score(t.score).label.lower()} {t.target_id} ({score_text(t.score)})"
            for t in self.influence.tradeoffs
        )


@dataclass(frozen=True)
class Link:
    source: str
    target: str
    score: int
    rationale: str

    @property
    def shown_score(self) -> str:
        return score_text(self.score)

    @property
    def label(self) -> str:
        return Score(self.score).label


def result_rows(analysis: InteractionAnalysis) -> list[ResultRow]:
    """One row per target, largest net out-influence first (ties in the matrix's order)."""
    catalog = load_catalog()
    ordered = sorted(enumerate(analysis.targets), key=lambda item: (-item[1].out_net, item[0]))
    return [ResultRow(catalog.target(t.target_id), t) for _index, t in ordered]


def cluster_rows(analysis: InteractionAnalysis) -> list[dict]:
    catalog = load_catalog()
    return [
        {"number": number, "targets": [catalog.target(target) for target in members]}
        for number, members in enumerate(analysis.clusters, start=1)
    ]


def graph_links(matrix: InteractionMatrix) -> tuple[int, list[Link]]:
    """(lowest positive score drawn, the links): all negative ones, and +2 and +3 if that
    makes at most ``GRAPH_MAX_LINKS``, else +3; row by row."""

    def links(lowest: int) -> list[Link]:
        return [
            Link(source, target, cell.score, cell.rationale)
            for (source, target), cell in matrix.cells.items()
            if cell.score >= lowest or cell.score < 0
        ]

    drawn = links(2)
    return (2, drawn) if len(drawn) <= GRAPH_MAX_LINKS else (3, links(3))


def cluster_name(number: int) -> str:
    return _("Kluster %(number)s") % {"number": number}
