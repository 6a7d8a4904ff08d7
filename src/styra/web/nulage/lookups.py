"""What the goal and KPI pages look up in the database: the targets a goal's KPIs
measure, and a KPI's description and source."""

from styra.sdg import load_catalog
from styra.web.indicators.models import OWN_PREFIX, Kpi, OwnIndicator


def touched_targets(kpis, curated) -> list[str]:
    """The SDG targets the goal's KPIs measure (curated mapping and own indicators)."""
    ids = {k.kpi_id for k in kpis}
    found: set[str] = set()
    for row in curated.filter(curated["kpi_id"].is_in(list(ids))).iter_rows(named=True):
        found |= set(row.get("targets") or ())
    own = [int(i.removeprefix(OWN_PREFIX)) for i in ids if i.startswith(OWN_PREFIX)]
    for indicator in OwnIndicator.objects.filter(pk__in=own):
        found |= set(indicator.target_ids)
    catalog = load_catalog()
    known = {t.target_id for t in catalog.targets}
    return list(catalog.sort_targets(found & known))


def kpi_about(kpi_id: str) -> dict:
    """Description and source of a Kolada KPI or an own indicator."""
    if kpi_id.startswith(OWN_PREFIX):
        own = OwnIndicator.objects.filter(pk=kpi_id.removeprefix(OWN_PREFIX)).first()
        if own is None:
            return {}
        return {"description": own.description, "source": own.organisation.name, "own": own}
    kolada = Kpi.objects.filter(pk=kpi_id).first()
    if kolada is None:
        return {"source": "Kolada (RKA)"}
    return {
        "description": kolada.description,
        "source": "Kolada (RKA)",
        "operating_area": kolada.operating_area,
        "kolada": kolada,
    }
