"""The default analysis of an organisation: the one nulägesanalys the other apps read.

Focus (blind spots), samverkan (partners for major challenges), the
prioritisation's challenge criterion and the report's first section all take
the organisation's goal challenges from here, so they always agree: the
nulägesanalys compared with all kommuner (or all regions), in the latest year
with values, with the organisation's own indicators, values and targets
(``services.analyse``, cached per data version).
"""

from dataclasses import dataclass

from styra.analysis import AreaAnalysis, GoalResult
from styra.analysis.reference import UnknownIdError
from styra.web.organisations.models import Organisation

from .comparison import all_label, resolve
from .data import Snapshot, snapshot
from .services import analyse, analysis_year


def default_analysis(
    organisation: Organisation, snap: Snapshot | None = None
) -> AreaAnalysis | None:
    """The organisation's nulägesanalys against all kommuner (or all regions) in the latest
    year with values of ``snap`` (default: the data of now). One rule for every app:

    - Riket: None (it is what kommuner and regions are compared with, not one of them);
    - no Kolada values loaded (no year to analyse): None;
    - an area the loaded data does not know (not in the data snapshot, or not a kommun
      or region in it): None;
    - otherwise the analysis, also where the organisation itself has no values: then
      each goal says "too little data" (missing is explicit, never a challenge).
    """
    if organisation.is_riket:
        return None
    snap = snap or snapshot()
    if not snap.latest_year or organisation.pk not in snap.organisations:
        return None
    comparison = resolve({}, organisation, snap)
    try:
        return analyse(organisation, comparison, analysis_year(snap, None), snap)
    except UnknownIdError:  # not a kommun or region in the loaded areas
        return None


@dataclass(frozen=True)
class Challenges:
    """The default analysis as the other apps read it: per goal its M5 result, with the
    year and the comparison in words."""

    analysis: AreaAnalysis

    @property
    def year(self) -> int:
        return self.analysis.year

    @property
    def comparison(self) -> str:
        """The comparison in the language of now, e.g. "alla kommuner"."""
        return all_label(self.analysis.area_type)

    @property
    def comparison_size(self) -> int:
        """How many areas the organisation is compared with (itself included)."""
        return len(self.analysis.reference.area_ids)

    @property
    def goals(self) -> dict[int, GoalResult]:
        return {g.goal: g for g in self.analysis.goals}

    @property
    def ranks(self) -> dict[int, int]:
        """M5 rank per goal (1 = biggest challenge); goals with too little data left out."""
        return {g.goal: g.rank for g in self.analysis.goals if not g.too_little_data}

    @property
    def major(self) -> dict[int, bool]:
        """Per goal whether M5 calls it a major challenge ("stor utmaning", red)."""
        return {g.goal: g.major_challenge for g in self.analysis.goals}

    @property
    def major_goals(self) -> set[int]:
        return {goal for goal, major in self.major.items() if major}


def goal_challenges(organisation: Organisation, snap: Snapshot | None = None) -> Challenges | None:
    """The organisation's default analysis as ``Challenges``; None by the rule of
    ``default_analysis`` (Riket, no values loaded, an area the data does not know)."""
    analysis = default_analysis(organisation, snap)
    return None if analysis is None else Challenges(analysis)
