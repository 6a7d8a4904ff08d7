"""On the real bundle: KPIs measured every few years, and "Lär av andra" for valdeltagande."""

import polars as pl
import pytest

from styra.analysis import AnalysisSettings, all_of_type, learn_from_peers
from styra.analysis.measurements import carried_years

pytestmark = pytest.mark.bundle

# docs/methods.md, M3: the curated KPIs Kolada repeats between measurements
DOCUMENTED = {
    "N05401": "valdeltagande i kommunalvalet",
    "N05400": "valdeltagande i minst ett av valen",
    "N05831": "valdeltagande i valdistriktet med lägst deltagande",
    "U17410": "förstagångsväljare som röstade",
    "N05816": "kvinnor på ordförandeposter",
    "N05825": "utrikes födda bland förtroendevalda",
    "N85051": "sjöar med god ekologisk status",
    "N85052": "vattendrag med god ekologisk status",
    "N85053": "grundvatten med god status",
}


def test_the_curated_kpis_kolada_repeats_are_the_documented_ones(bundle):
    values, _catalog, _areas = bundle
    totals = values.filter((pl.col("gender") == "T") & pl.col("value").is_not_null())
    carried = carried_years(totals.lazy()).filter(pl.col("carried")).collect()
    assert set(carried["kpi_id"]) == set(DOCUMENTED)


def test_valdeltagande_peers_improved_between_elections(bundle):
    values, _catalog, areas = bundle
    kommuner = all_of_type(areas, "K")
    result = learn_from_peers(values, "N05401", 1, kommuner, 2022, AnalysisSettings())
    assert (result.measured_every, result.first_year) == (4, 2014)
    assert len(result.peers) == 5 and all(p.improvement > 0.1 for p in result.peers)
    assert result.too_little_data == 0


def test_two_elections_of_first_time_voters_cannot_be_judged(bundle):
    values, _catalog, areas = bundle
    kommuner = all_of_type(areas, "K")
    result = learn_from_peers(values, "U17410", 1, kommuner, 2022, AnalysisSettings())
    assert result.cannot_be_judged and result.peers == () and result.measured_every == 4
