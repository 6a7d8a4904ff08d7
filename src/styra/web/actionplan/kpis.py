"""The indicators an action can be measured by: Styra's curated Agenda 2030 KPIs from
Kolada for the organisation's type, and the organisation's own indicators (``egen-N``).

``latest_values`` suggests a baseline: the organisation's newest value (total,
both genders) from the nulägesanalys' data or from its own values.
"""

import polars as pl
from django.utils.translation import gettext as _

from styra.agenda2030 import kpis_for_area_type, load_curated_kpis
from styra.web.common.goals import goal_title
from styra.web.indicators.models import OWN_PREFIX, OwnIndicator, OwnValue
from styra.web.nulage.data import snapshot
from styra.web.organisations.models import Organisation


def area_type(organisation: Organisation) -> str:
    return "L" if organisation.type == "L" else "K"


def own_indicators(organisation: Organisation) -> list[OwnIndicator]:
    return list(OwnIndicator.objects.filter(organisation=organisation).order_by("code"))


def choices(organisation: Organisation) -> list:
    """Grouped choices: per goal the curated KPIs, then the own indicators."""
    groups: dict[int, list] = {}
    for kpi in kpis_for_area_type(area_type(organisation)):
        groups.setdefault(kpi.goal, []).append((kpi.kpi_id, f"{kpi.title} ({kpi.kpi_id})"))
    result: list = [("", _("Välj nyckeltal"))]
    for goal in sorted(groups):
        label = _("Mål %(n)s: %(title)s") % {"n": goal, "title": goal_title(goal)}
        result.append((label, sorted(groups[goal], key=lambda c: c[1])))
    own = [
        (i.kpi_id, f"{i.title} ({i.code}, " + _("eget") + ")") for i in own_indicators(organisation)
    ]
    if own:
        result.append((_("Egna nyckeltal"), own))
    return result


def titles(organisation: Organisation) -> dict[str, str]:
    """Every known KPI id's title: the whole curated set and the organisation's own."""
    found = {kpi.kpi_id: kpi.title for kpi in load_curated_kpis()}
    found |= {i.kpi_id: f"{i.title} ({i.code})" for i in own_indicators(organisation)}
    return found


def latest_values(organisation: Organisation, kpi_ids: list[str]) -> dict[str, tuple[float, int]]:
    """``{kpi_id: (value, year)}``: the newest value for the organisation (gender total)."""
    found: dict[str, tuple[float, int]] = {}
    kolada = [k for k in kpi_ids if not k.startswith(OWN_PREFIX)]
    own = [
        int(k.removeprefix(OWN_PREFIX))
        for k in kpi_ids
        if k.startswith(OWN_PREFIX) and k.removeprefix(OWN_PREFIX).isdigit()
    ]
    if kolada:
        values = snapshot().values.filter(
            pl.col("kpi_id").is_in(kolada)
            & (pl.col("area_id") == organisation.pk)
            & (pl.col("gender") == "T")
            & pl.col("value").is_not_null()
        )
        for row in values.sort("year").iter_rows(named=True):
            found[row["kpi_id"]] = (row["value"], row["year"])
    if own:
        rows = OwnValue.objects.filter(
            indicator_id__in=own,
            indicator__organisation=organisation,
            area=organisation,
            gender="T",
            value__isnull=False,
        ).order_by("year")
        for value in rows:
            found[f"{OWN_PREFIX}{value.indicator_id}"] = (value.value, value.year)
    return found
