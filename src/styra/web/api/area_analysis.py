"""``/api/v1/areas/{id}/analysis``: an area's nulägesanalys, as ``styra analyse --format json``.

Public, so only the Kolada part: the curated KPIs, Kolada's values and the
default targets — never an organisation's own indicators or targets
(``services.analyse`` with ``own=False``). The document is the core's
``analysis_document``, the same the CLI prints.
"""

import polars as pl
from django.utils.translation import gettext as _

from styra.analysis import UnknownIdError, municipality_group
from styra.analysis.document import analysis_document
from styra.kolada import ATTRIBUTION
from styra.web.nulage.comparison import (
    ALL,
    GROUP,
    Comparison,
    ComparisonError,
    resolve,
    resolve_year,
)
from styra.web.nulage.data import Snapshot, snapshot
from styra.web.nulage.services import analyse
from styra.web.organisations.models import MunicipalityGroup, Organisation

from .errors import bad_request, not_found
from .params import ID

KOLADA_GROUP = "kolada-grupp"  # the comparison kind of a Kolada municipality group


def area_analysis(area_id: str, year: int | None, compare: str) -> dict:
    snap = snapshot()
    area = snap.organisations.get(area_id)
    if area is None or area.is_riket:
        raise not_found(_("Ingen kommun eller region med id %(id)s.") % {"id": area_id[:10]}, "id")
    try:
        chosen_year = resolve_year(None if year is None else str(year), snap)
    except ComparisonError as error:
        raise bad_request("year", str(error)) from None
    comparison = choose_comparison(area, compare, snap)
    try:
        analysis = analyse(area, comparison, chosen_year, snap, own=False)
    except UnknownIdError:
        raise not_found(
            _("Ingen kommun eller region med id %(id)s.") % {"id": area_id[:10]}, "id"
        ) from None
    return analysis_document(analysis, None, ATTRIBUTION)


def choose_comparison(area: Organisation, compare: str, snap: Snapshot) -> Comparison:
    """``all``, ``kommungrupp`` or a Kolada group id, as ``styra analyse --compare``."""
    try:
        if compare == "all":
            return resolve({"jamfor": ALL}, area, snap)
        if compare == "kommungrupp":
            return resolve({"jamfor": GROUP}, area, snap)
    except ComparisonError as error:
        raise bad_request("compare", str(error)) from None
    group = MunicipalityGroup.objects.filter(pk=compare).first() if ID.fullmatch(compare) else None
    if group is None:
        raise bad_request(
            "compare",
            _("Okänd jämförelse: %(compare)s. Välj all, kommungrupp eller ett grupp-id i Kolada.")
            % {"compare": compare[:40]},
        )
    members = list(group.members.values_list("pk", flat=True))
    reference = municipality_group(
        pl.DataFrame({"group_id": [group.pk], "title": [group.title]}),
        pl.DataFrame(
            {"group_id": [group.pk] * len(members), "area_id": members},
            schema={"group_id": pl.Utf8, "area_id": pl.Utf8},
        ),
        group.pk,
    )
    return Comparison(KOLADA_GROUP, reference.label, reference, (("jamfor", group.pk),))
