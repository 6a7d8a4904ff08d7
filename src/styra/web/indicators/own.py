"""An organisation's own indicators and targets: read for the analysis, written by editors.

The analysis reads three things from here, in the shapes the core uses:
``own_catalog_rows`` (rows like the curated catalog frame's), ``own_values_rows``
(tidy ``kpi_id, area_id, year, gender, value`` tuples) and ``targets_of`` (the
organisation's own target per KPI; curated default targets stay in the catalog).
Every write bumps the data version in the same transaction.
"""

from django.db import transaction
from django.utils.translation import gettext as _

from styra.tables import ExportTable
from styra.tables.values import HEADINGS

from .models import OWN_PREFIX, KpiTarget, OwnIndicator, OwnValue
from .versions import bump_own

OWN_MUNICIPALITY_TYPE = "A"  # an own indicator applies to whatever the organisation is


def own_catalog_rows(organisation) -> list[dict]:
    """The organisation's own indicators as catalog rows (``kpi_id`` is ``egen-<pk>``)."""
    return [
        {
            "kpi_id": indicator.kpi_id,
            "title": indicator.title,
            "goal": indicator.goal,
            "targets": indicator.target_ids,
            "polarity": indicator.polarity,
            "unit": indicator.unit,
            "municipality_type": OWN_MUNICIPALITY_TYPE,
            "target_value": None,
            "target_year": None,
            "bound_source": "",
            "comparable": True,
            "source": "own",
        }
        for indicator in OwnIndicator.objects.filter(organisation=organisation)
    ]


def own_values_rows(organisation) -> list[tuple[str, str, int, str, float | None]]:
    """The own indicators' values as ``(kpi_id, area_id, year, gender, value)`` tuples."""
    values = (
        OwnValue.objects.filter(indicator__organisation=organisation)
        .order_by("indicator_id", "area_id", "year", "gender")
        .values_list("indicator_id", "area_id", "year", "gender", "value")
    )
    return [(f"{OWN_PREFIX}{pk}", *rest) for pk, *rest in values]


def targets_of(organisation) -> dict[str, tuple[float, int]]:
    """The targets the organisation has set itself: ``{kpi_id: (target_value, target_year)}``."""
    return {
        kpi_id: (value, year)
        for kpi_id, value, year in KpiTarget.objects.filter(organisation=organisation).values_list(
            "kpi_id", "target_value", "target_year"
        )
    }


def save_indicator(indicator: OwnIndicator) -> OwnIndicator:
    with transaction.atomic():
        indicator.save()
        bump_own(indicator.organisation_id)
    return indicator


def delete_indicator(indicator: OwnIndicator) -> None:
    """Delete the indicator, its values and the organisation's target for it."""
    with transaction.atomic():
        KpiTarget.objects.filter(
            organisation_id=indicator.organisation_id, kpi_id=indicator.kpi_id
        ).delete()
        indicator.delete()
        bump_own(indicator.organisation_id)


def values_table(organisation) -> ExportTable:
    """The organisation's own values in the upload format (it reads back as is)."""
    values = (
        OwnValue.objects.filter(indicator__organisation=organisation)
        .select_related("indicator", "area")
        .order_by("indicator__code", "area_id", "year", "gender")
    )
    return ExportTable(
        title=_("Egna nyckeltal"),
        columns=[*HEADINGS[:2], "områdesnamn", *HEADINGS[2:], "titel", "enhet"],
        rows=(
            (
                v.indicator.code,
                v.area_id,
                v.area.name,
                v.year,
                v.gender,
                v.value,
                v.indicator.title,
                v.indicator.unit,
            )
            for v in values.iterator(chunk_size=2000)
        ),
        sources=[_("Källa: %(name)s, egna nyckeltal") % {"name": organisation.name}],
    )


def template_table(organisation) -> ExportTable:
    """An empty file to fill in: one row per own indicator with the organisation's id."""
    indicators = OwnIndicator.objects.filter(organisation=organisation)
    return ExportTable(
        title=_("Mall egna nyckeltal"),
        columns=[*HEADINGS, "titel"],
        rows=[(i.code, organisation.pk, None, "T", None, i.title) for i in indicators],
    )
