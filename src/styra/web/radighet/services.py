"""An organisation's rådighet: its levels in force, per goal and per KPI, and its changes.

Loads overrides from the database, calls the pure core ``styra.radighet`` and
saves changes. A change and its history row are written in one transaction,
which also bumps the data version (cached analyses may show rådighet).
"""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Max
from django.utils.translation import get_language

from styra.agenda2030 import load_curated_kpis
from styra.radighet import (
    LEVELS,
    GoalMandate,
    InvalidOverride,
    OverrideChange,
    default_levels,
    default_rationale,
    effective_levels,
    goal_summary,
    kpi_level,
    level_label,
)
from styra.sdg import GOAL_NUMBERS, Target, load_catalog, parse_target_id
from styra.web.common.goals import goal_title
from styra.web.indicators.models import OWN_PREFIX, OwnIndicator
from styra.web.indicators.versions import bump_mandate
from styra.web.organisations.models import Organisation

from .models import MandateChange, MandateOverride


def label_of(level: int) -> str:
    """The level in words, in the page's language."""
    return level_label(level, "en" if (get_language() or "sv").startswith("en") else "sv")


def area_type(organisation: Organisation) -> str:
    return "L" if organisation.type == Organisation.Type.REGION else "K"


def target_slug(target_id: str) -> str:
    """The URL and HTML-id form of a target id: ``14.2`` → ``14-2``."""
    return target_id.replace(".", "-")


def nearest_level(mean: float) -> int:
    """The level a mean is closest to (halves round up: 1.5 → 2)."""
    return min(max(LEVELS), int(mean + 0.5))


def overrides_of(organisation: Organisation) -> dict[str, MandateOverride]:
    overrides = MandateOverride.objects.filter(organisation=organisation).select_related(
        "updated_by"
    )
    return {override.target_id: override for override in overrides}


def levels_of(organisation: Organisation, overrides=None) -> dict[str, int]:
    """The organisation's levels in force: Styra's defaults with its own levels on top."""
    if overrides is None:
        overrides = overrides_of(organisation)
    own = {target_id: override.level for target_id, override in overrides.items()}
    return effective_levels(default_levels(area_type(organisation)), own)


@dataclass(frozen=True)
class TargetMandate:
    """One target's level in force for an organisation, and where it comes from."""

    target: Target
    level: int
    default_level: int
    rationale: str  # Styra's one-line rationale for the default
    override: MandateOverride | None

    @property
    def slug(self) -> str:
        return target_slug(self.target.target_id)

    @property
    def label(self) -> str:
        return label_of(self.level)

    @property
    def default_label(self) -> str:
        return label_of(self.default_level)

    @property
    def is_own(self) -> bool:
        return self.override is not None


def target_mandates(organisation: Organisation, goal: int | None = None) -> list[TargetMandate]:
    """Every target (of one goal, or all 169) with its level in force, in the UN order."""
    overrides = overrides_of(organisation)
    levels = levels_of(organisation, overrides)
    kind = area_type(organisation)
    defaults = default_levels(kind)
    catalog = load_catalog()
    targets = catalog.targets if goal is None else catalog.targets_of_goal(goal)
    return [
        TargetMandate(
            target=target,
            level=levels[target.target_id],
            default_level=defaults[target.target_id],
            rationale=default_rationale(target.target_id, kind),
            override=overrides.get(target.target_id),
        )
        for target in targets
    ]


@dataclass(frozen=True)
class GoalRow:
    """One goal of the overview: the core's summary plus the goal's name and own levels."""

    summary: GoalMandate
    title: str
    own: int  # how many of its targets have the organisation's own level

    @property
    def goal(self) -> int:
        return self.summary.goal

    @property
    def nearest_label(self) -> str:
        return label_of(nearest_level(self.summary.mean_level))

    @property
    def counts_high_first(self) -> list[int]:
        return [self.summary.count(level) for level in reversed(LEVELS)]


def goal_rows(organisation: Organisation, overrides=None) -> list[GoalRow]:
    """The 17 goals with ``goal_summary`` of the organisation's levels in force."""
    if overrides is None:
        overrides = overrides_of(organisation)
    own_per_goal: dict[int, int] = {}
    for target_id in overrides:
        goal = int(target_id.split(".")[0])
        own_per_goal[goal] = own_per_goal.get(goal, 0) + 1
    return [
        GoalRow(
            summary=summary, title=goal_title(summary.goal), own=own_per_goal.get(summary.goal, 0)
        )
        for summary in goal_summary(levels_of(organisation, overrides))
    ]


@dataclass(frozen=True)
class GoalMandateBox:
    """What the nulägesanalys goal page shows about the goal's rådighet."""

    kolada_id: str
    row: GoalRow
    own: bool = True  # the organisation's own levels, and a link to its rådighet pages

    @property
    def goal(self) -> int:
        return self.row.goal


def goal_mandate(organisation: Organisation, goal: int, own: bool = True) -> GoalMandateBox:
    """The goal's rådighet for the nulägesanalys goal page (radighet/_goal_mandate.html).

    Without ``own`` (a reader who is not a member): Styra's default levels only."""
    rows = goal_rows(organisation, None if own else {})
    row = next(r for r in rows if r.goal == goal)
    return GoalMandateBox(kolada_id=organisation.pk, row=row, own=own)


@dataclass(frozen=True)
class KpiMandate:
    """The level a KPI inherits: the highest among its targets (``None``: no target)."""

    kolada_id: str
    level: int | None
    target_ids: tuple[str, ...]
    source: str | None  # the target that gives the level
    own: bool = True  # the organisation's own levels, and a link to its rådighet pages

    @property
    def label(self) -> str:
        return "" if self.level is None else label_of(self.level)

    @property
    def source_goal(self) -> int | None:
        return None if self.source is None else int(self.source.split(".")[0])

    @property
    def source_slug(self) -> str:
        return "" if self.source is None else target_slug(self.source)


def kpi_targets(kpi_id: str) -> tuple[str, ...]:
    """The targets a curated KPI or an own indicator (``egen-N``) follows."""
    if kpi_id.startswith(OWN_PREFIX):
        number = kpi_id.removeprefix(OWN_PREFIX)
        indicator = OwnIndicator.objects.filter(pk=number).first() if number.isdigit() else None
        return tuple(indicator.target_ids) if indicator else ()
    for kpi in load_curated_kpis():
        if kpi.kpi_id == kpi_id:
            return kpi.targets
    return ()


def kpi_goals(kpi_id: str) -> tuple[int, ...]:
    """The goals whose rådighet a KPI's level comes from: its targets' (a curated KPI, no
    query), or every goal for an own indicator (its targets are its own data)."""
    if kpi_id.startswith(OWN_PREFIX):
        return tuple(GOAL_NUMBERS)
    return tuple(sorted({int(target.split(".")[0]) for target in kpi_targets(kpi_id)}))


def kpi_mandate(organisation: Organisation, kpi_id: str, own: bool = True) -> KpiMandate:
    """The KPI's inherited level for the nulägesanalys KPI page (radighet/_kpi_mandate.html);
    without ``own`` (a reader who is not a member) from Styra's default levels."""
    levels = levels_of(organisation, None if own else {})
    targets = tuple(t for t in kpi_targets(kpi_id) if t in levels)
    level = kpi_level(targets, levels)
    source = next((t for t in targets if levels[t] == level), None)
    return KpiMandate(organisation.pk, level, targets, source, own)


def _known_target(target_id: str, defaults: dict[str, int]) -> str:
    """The target id as issued (``14-2`` → ``14.2``); ``InvalidOverride`` if there is none."""
    try:
        normalised = parse_target_id(target_id)
    except ValueError as error:
        raise InvalidOverride(str(error), "target_id") from None
    if normalised not in defaults:
        raise InvalidOverride(f"no SDG target {target_id!r} in the catalog", "target_id")
    return normalised


def versions_of(organisation: Organisation) -> dict[str, str]:
    """Each changed target's version: its latest change in the history (absent: none yet)."""
    latest = (
        MandateChange.objects.filter(organisation=organisation)
        .values("target_id")
        .annotate(last=Max("pk"))
    )
    return {row["target_id"]: str(row["last"]) for row in latest}


def version_of(organisation: Organisation, target_id: str) -> str:
    """The target's version as a form carries it: "0" before its first change."""
    changes = MandateChange.objects.filter(organisation=organisation, target_id=target_id)
    return str(changes.aggregate(last=Max("pk"))["last"] or 0)


class ChangedSince(Exception):
    """Someone changed the target's level since the form was opened: nothing was saved."""

    def __init__(self, override: MandateOverride | None, version: str):
        super().__init__("the level changed since the form was opened")
        self.override = override  # the own level now (``None``: Styra's default)
        self.version = version


def _locked_override(
    organisation: Organisation, target_id: str, opened: str = ""
) -> MandateOverride | None:
    """The target's own level, read under a lock on the organisation (changes queue up);
    ``ChangedSince`` if it changed since the version ``opened`` ("": not checked)."""
    Organisation.objects.select_for_update().filter(pk=organisation.pk).first()
    current = MandateOverride.objects.filter(organisation=organisation, target_id=target_id)
    current = current.select_related("updated_by").first()
    version = version_of(organisation, target_id) if opened else ""
    if version != opened:
        raise ChangedSince(current, version)
    return current


def change_level(
    organisation: Organisation,
    target_id: str,
    to_level: int,
    motivation: str,
    user,
    opened: str = "",
) -> MandateChange:
    """Set the organisation's own level for a target; ``InvalidOverride`` names the field,
    ``ChangedSince`` says the level changed since the version ``opened`` (if given)."""
    defaults = default_levels(area_type(organisation))
    target_id = _known_target(target_id, defaults)
    with transaction.atomic():
        current = _locked_override(organisation, target_id, opened)
        from_level = current.level if current else defaults[target_id]
        change = OverrideChange(target_id, from_level, to_level, motivation)
        MandateOverride.objects.update_or_create(
            organisation=organisation,
            target_id=change.target_id,
            defaults={
                "level": change.to_level,
                "motivation": change.motivation,
                "updated_by": user,
            },
        )
        record = MandateChange.objects.create(
            organisation=organisation,
            target_id=change.target_id,
            from_level=change.from_level,
            to_level=change.to_level,
            motivation=change.motivation,
            changed_by=user,
        )
        bump_mandate(organisation.pk, target_id)
    return record


def reset_level(
    organisation: Organisation, target_id: str, motivation: str, user, opened: str = ""
) -> MandateChange:
    """Drop the organisation's own level: Styra's default applies again (a change too).
    ``ChangedSince`` as for ``change_level``."""
    defaults = default_levels(area_type(organisation))
    target_id = _known_target(target_id, defaults)
    default = defaults[target_id]
    with transaction.atomic():
        current = _locked_override(organisation, target_id, opened)
        if current is None:
            raise InvalidOverride("has no own level: the default already applies", "target_id")
        text = motivation.strip() if isinstance(motivation, str) else ""
        if current.level != default:  # the core checks the change; equal levels cannot be
            text = OverrideChange(target_id, current.level, default, text).motivation
        elif not text:
            raise InvalidOverride("is required: say why the level changes", "motivation")
        current.delete()
        record = MandateChange.objects.create(
            organisation=organisation,
            target_id=target_id,
            from_level=current.level,
            to_level=default,
            to_default=True,
            motivation=text,
            changed_by=user,
        )
        bump_mandate(organisation.pk, target_id)
    return record


def changes_of(organisation: Organisation):
    """The organisation's history, newest first."""
    return MandateChange.objects.filter(organisation=organisation).select_related("changed_by")
