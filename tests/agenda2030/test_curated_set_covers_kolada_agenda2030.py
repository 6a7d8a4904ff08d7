"""Every Kolada Agenda 2030 KPI that still exists is mapped, and every KPI is a real one."""

from styra.agenda2030 import kpis_for_area_type, kpis_for_goal, load_curated_kpis
from tests.agenda2030.shared_files import read_kolada_csv


def test_every_surviving_kolada_agenda2030_kpi_is_in_the_set():
    agenda = read_kolada_csv("agenda2030_kpis_kommun.csv")
    surviving = {row["id"] for row in agenda if row["in_kpi_metadata_2026"] == "True"}
    assert len(surviving) == 79
    kolada_rows = {kpi.kpi_id for kpi in load_curated_kpis() if kpi.origin == "kolada_agenda2030"}
    assert kolada_rows == surviving


def test_every_kpi_exists_in_the_2026_catalog_with_its_title_and_type():
    catalog = {row["id"]: row for row in read_kolada_csv("kpi_metadata_2026_rkolada.csv")}
    for kpi in load_curated_kpis():
        assert kpi.kpi_id in catalog, kpi.kpi_id
        assert kpi.title == catalog[kpi.kpi_id]["title"].strip(), kpi.kpi_id
        assert kpi.municipality_type == catalog[kpi.kpi_id]["municipality_type"], kpi.kpi_id


def test_goals_1_to_16_each_have_a_kpi_for_kommuner_and_for_regioner():
    for goal in range(1, 17):
        assert kpis_for_goal(goal), f"goal {goal} has no KPI"
        for area_type in ("K", "L"):
            goals = {kpi.goal for kpi in kpis_for_area_type(area_type)}
            assert goal in goals, f"goal {goal} has no KPI for area type {area_type}"


def test_regional_rows_are_region_kpis_not_duplicates():
    regional = [kpi for kpi in load_curated_kpis() if kpi.origin == "styra_regional"]
    assert 20 <= len(regional) <= 40
    assert all(kpi.municipality_type in ("L", "A") for kpi in regional)
