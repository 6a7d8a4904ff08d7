"""What every analysis page is about: the area, the data snapshot, the comparison and the
year (``Page``, read from the request by ``prepared``), the context every page shares,
and its export links and downloads.

Any logged-in user may read the analysis of any kommun or region (the Kolada data
is open, rules.py); the organisation's own indicators, target values and rådighet
join it only for its members. The comparison is chosen in the URL (comparison.py).
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from styra.analysis.area import RANK_BY_COMPARISON
from styra.analysis.settings import DEFAULT_SETTINGS
from styra.web.common.access import organisation_or_404
from styra.web.common.downloads import FORMATS
from styra.web.indicators.versions import Versions, versions_of
from styra.web.organisations.models import Network, Organisation

from .comparison import (
    RANK_PARAM,
    Comparison,
    ComparisonError,
    choices_for,
    resolve,
    resolve_reference,
    resolve_year,
    with_ranking,
)
from .data import Snapshot, snapshot

VIEW = "nulage.view_analysis"
OWN_DATA = "indicators.view_own_data"  # members: own indicators, targets and rådighet
ASKED = ("jamfor", "natverk", "omraden", "tvillingar", "ar", RANK_PARAM)  # the form's fields


def area_or_404(request, kolada_id: str, snap: Snapshot) -> Organisation:
    """The kommun or region (from the snapshot: no query), if the user may see it."""
    return organisation_or_404(request, kolada_id, VIEW, known=snap.organisations)


@dataclass(frozen=True)
class Page:
    """What every analysis page is about: the area, the data, the comparison and the year."""

    area: Organisation
    snap: Snapshot
    comparison: Comparison
    year: int
    can_edit: bool
    own: bool  # the organisation's own material joins the analysis (its members)
    problems: tuple[str, ...] = ()  # a comparison or year asked for that cannot be used
    asked: tuple[tuple[str, str], ...] = ()  # what was asked, to show it again in the form
    versions: Versions = Versions(0)  # the Kolada data's and the area's own data's

    @property
    def query(self) -> str:
        """The comparison and year as a query string for links onward ("" if default)."""
        params = list(self.comparison.params)
        if self.year != self.snap.latest_year:
            params.append(("ar", str(self.year)))
        return f"?{urlencode(params)}" if params else ""

    def cache_key(self, name: str, *extra) -> str:
        """The key of a body showing the area's analysis; ``extra``: what else it shows
        (e.g. the rådighet versions of its goals, ``Versions.mandate``)."""
        own = f"o{self.versions.data}"
        parts = (self.snap.version, own, self.area.pk, self.year, self.comparison.key)
        parts += (get_language(), int(self.can_edit), int(self.own), *extra)
        return ":".join(["styra:page", name, *map(str, parts)])


def prepared(request, kolada_id: str) -> Page:
    """Area, data snapshot, comparison and year. A comparison or a year that cannot be
    used is named on the page, next to what was asked, and all of the type or the
    latest year shown instead (and so said)."""
    versions = versions_of(kolada_id)
    snap = snapshot(versions.kolada)
    area = area_or_404(request, kolada_id, snap)
    if not snap.latest_year:
        raise Http404(_("Inga värden är inlästa ännu (kör styra load)."))
    problems = []
    try:
        comparison = resolve_reference(request.GET, area, snap)
    except ComparisonError as error:
        problems.append(_("%(problem)s Visar jämförelsen med alla.") % {"problem": error})
        comparison = resolve({}, area, snap)
    try:
        comparison = with_ranking(request.GET, comparison)
    except ComparisonError as error:
        problems.append(str(error))
    try:
        year = resolve_year(request.GET.get("ar"), snap)
    except ComparisonError as error:
        problems.append(
            _("%(problem)s Visar %(year)s.") % {"problem": error, "year": snap.latest_year}
        )
        year = snap.latest_year
    can_edit = request.user.has_perm("organisations.change_commitments", area)
    own = request.user.has_perm(OWN_DATA, area)
    asked = tuple((k, request.GET[k][:200]) for k in ASKED if k in request.GET) if problems else ()
    return Page(area, snap, comparison, year, can_edit, own, tuple(problems), asked, versions)


def page_context(page: Page) -> dict:
    params = dict(page.comparison.params) | dict(page.asked)
    data_year = page.snap.latest_year
    return {
        "area": page.area,
        "comparison": page.comparison,
        "comparison_choices": choices_for(page.area),
        "chosen_kind": params.get("jamfor", page.comparison.kind),
        "networks": list(Network.objects.filter(members=page.area).order_by("name")),
        "chosen_network": params.get("natverk", ""),
        "custom_ids": params.get("omraden", ""),
        "twins_spec": params.get("tvillingar", ""),  # the twins' KPIs and weights, if not default
        "asked_year": params.get("ar", page.year),
        "rank_in_comparison": page.comparison.ranking == RANK_BY_COMPARISON,
        "problems": page.problems,
        "year": page.year,
        "first_year": (page.snap.years or (0, 0))[0],
        "latest_year": data_year,
        "data_year": data_year,
        "data_is_old": today().year - data_year > DEFAULT_SETTINGS.data_age_warning,
        "max_value_age": DEFAULT_SETTINGS.max_value_age,
        "can_edit": page.can_edit,
        "is_member": page.own,
        "query_suffix": page.query,
    }


def today():
    """Today's date, read here in the shell (the analysis core never reads the clock)."""
    return timezone.localdate()


def export_links(page: Page, name: str, args: list) -> dict[str, str]:
    return {fmt: reverse(name, args=[*args, fmt]) + page.query for fmt in FORMATS}
