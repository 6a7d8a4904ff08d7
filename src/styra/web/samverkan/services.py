"""Load the register, the nulägesanalys, rådighet and KPI metadata; build the matrix and the
suggestions with the pure functions of ``matrix`` and ``suggestions``."""

from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.translation import gettext as _

from styra.agenda2030 import kpis_for_area_type
from styra.radighet import goal_summary
from styra.samverkan import suggestions
from styra.sdg import load_catalog
from styra.tables import ExportTable
from styra.web.common.goals import goal_title
from styra.web.indicators.models import Kpi
from styra.web.nulage.default import Challenges
from styra.web.organisations.models import Organisation
from styra.web.radighet.services import levels_of

from .matrix import Entry, MatrixRow, build_matrix
from .models import ROLE_ORDER, Actor, Involvement, Kind


def actors_of(organisation: Organisation) -> list[Actor]:
    """The organisation's actors: internal first, then external, each by name."""
    actors = Actor.objects.filter(organisation=organisation)
    return sorted(actors, key=lambda a: (a.kind != Kind.INTERNAL, a.name.casefold()))


def involvements_of(organisation: Organisation, goal: int | None = None) -> list[Involvement]:
    """The roles in the register (of one goal), by goal, target (UN order), role and actor."""
    found = Involvement.objects.filter(actor__organisation=organisation).select_related("actor")
    if goal is not None:
        found = found.filter(goal=goal)
    targets = load_catalog().sort_targets(i.target_id for i in found if i.target_id)
    order = {t: i for i, t in enumerate(targets)}
    return sorted(
        found,
        key=lambda i: (
            i.goal,
            order.get(i.target_id, -1),
            ROLE_ORDER.get(i.role, 9),
            i.actor.name.casefold(),
        ),
    )


@dataclass(frozen=True)
class Matrix:
    actors: Sequence[Actor]
    rows: Sequence[MatrixRow]


def matrix_of(organisation: Organisation) -> Matrix:
    actors = actors_of(organisation)
    entries = [
        Entry(i.actor_id, i.goal, i.target_id, i.role)
        for i in Involvement.objects.filter(actor__organisation=organisation)
    ]
    return Matrix(actors, build_matrix([a.pk for a in actors], entries))


def matrix_table(organisation: Organisation) -> ExportTable:
    """The matrix as rows for CSV and Excel: one row per goal, one column per actor."""
    matrix = matrix_of(organisation)
    columns = [_("Mål")] + [
        f"{actor.name} ({actor.get_kind_display().lower()}, {actor.get_category_display()})"
        for actor in matrix.actors
    ]
    rows = [
        [f"{row.goal} {goal_title(row.goal)}", *(cell or None for cell in row.cells)]
        for row in matrix.rows
    ]
    return ExportTable(
        title=_("Samverkan mål och aktörer"),
        columns=columns,
        rows=rows,
        sources=[
            _("Källa: samverkansregistret för %(name)s i Styra") % {"name": organisation.name}
        ],
    )


def goal_radighet(organisation: Organisation) -> dict[int, float]:
    """Per goal the mean rådighet level (0–3) of its targets: the organisation's levels in
    force (Styra's defaults for its type, with its own levels from the rådighet pages on top)."""
    if organisation.type not in ("K", "L"):
        return {}
    return {g.goal: g.mean_level for g in goal_summary(levels_of(organisation))}


def kpi_operating_areas(organisation: Organisation) -> dict[int, tuple[str, ...]] | None:
    """Per goal the operating areas of its curated KPIs; None if no Kolada metadata is loaded."""
    if organisation.type not in ("K", "L"):
        return None
    goals = {kpi.kpi_id: kpi.goal for kpi in kpis_for_area_type(organisation.type)}
    areas = dict(Kpi.objects.filter(pk__in=list(goals)).values_list("kpi_id", "operating_area"))
    if not areas:
        return None
    return suggestions.operating_areas_by_goal(goals, areas)


@dataclass(frozen=True)
class Suggestions:
    challenges: Challenges | None  # None: no Kolada values loaded
    external: tuple[suggestions.ExternalNeed, ...]
    cross_unit: tuple[suggestions.CrossUnitNeed, ...] | None  # None: no KPI metadata
    without_actors: tuple[int, ...]
    without_lead: tuple[int, ...]


def suggestions_for(organisation: Organisation, challenges: Challenges | None) -> Suggestions:
    """What the register suggests, with the organisation's ``goal_challenges`` (None: no
    analysis, so no goal is judged a major challenge)."""
    involvements = involvements_of(organisation)
    roles: dict[int, set[str]] = {}
    internal: dict[int, set[str]] = {}
    external: dict[int, set[str]] = {}
    for item in involvements:
        roles.setdefault(item.goal, set()).add(item.role)
        side = internal if item.actor.is_internal else external
        side.setdefault(item.goal, set()).add(item.actor.name)
    external_needs: tuple[suggestions.ExternalNeed, ...] = ()
    if challenges is not None:
        mandate = goal_radighet(organisation)
        external_needs = suggestions.needs_external_partners(challenges.major, mandate, external)
    areas = kpi_operating_areas(organisation)
    return Suggestions(
        challenges=challenges,
        external=external_needs,
        cross_unit=None if areas is None else suggestions.needs_cross_unit_work(areas, internal),
        without_actors=suggestions.goals_without_actors(roles),
        without_lead=suggestions.goals_without_lead(roles),
    )
