"""What the analysis reads: own indicators as catalog rows, their values as tidy tuples,
and the organisation's targets — never another organisation's."""

from styra.agenda2030 import curated_kpis_frame
from styra.analysis.catalog import OPTIONAL, REQUIRED
from styra.web.indicators.models import KpiTarget, OwnIndicator, OwnValue
from styra.web.indicators.own import own_catalog_rows, own_values_rows, targets_of


def test_catalog_rows(cycling_a, org_b):
    OwnIndicator.objects.create(organisation=org_b, code="B1", title="Annan", goal=3)
    assert own_catalog_rows(cycling_a.organisation) == [
        {
            "kpi_id": f"egen-{cycling_a.pk}",
            "title": "Andel cyklister över Slussen",
            "goal": 11,
            "targets": ["11.2"],
            "polarity": 1,
            "unit": "%",
            "municipality_type": "A",
            "target_value": None,
            "target_year": None,
            "bound_source": "",
            "comparable": True,
            "source": "own",
        }
    ]
    keys = set(own_catalog_rows(cycling_a.organisation)[0])
    assert set(REQUIRED) | set(OPTIONAL) - {"lower_bound", "upper_bound"} <= keys
    assert keys - {"source"} <= set(curated_kpis_frame().columns)


def test_values_rows(value_a, org_a, org_b):
    indicator = value_a.indicator
    OwnValue.objects.create(indicator=indicator, area=org_b, year=2019, gender="K", value=None)
    other = OwnIndicator.objects.create(organisation=org_b, code="B1", title="Annan", goal=3)
    OwnValue.objects.create(indicator=other, area=org_b, year=2019, value=5)
    assert own_values_rows(org_a) == [
        (indicator.kpi_id, "0180", 2020, "T", 10.0),
        (indicator.kpi_id, "1480", 2019, "K", None),
    ]


def test_targets_of(org_a, org_b, cycling_a):
    KpiTarget.objects.create(
        organisation=org_a, kpi_id="N00401", target_value=1.5, target_year=2030
    )
    KpiTarget.objects.create(
        organisation=org_a, kpi_id=cycling_a.kpi_id, target_value=40, target_year=2035
    )
    KpiTarget.objects.create(organisation=org_b, kpi_id="N00401", target_value=9, target_year=2045)
    assert targets_of(org_a) == {"N00401": (1.5, 2030), cycling_a.kpi_id: (40.0, 2035)}
    assert targets_of(org_b) == {"N00401": (9.0, 2045)}
