"""The KPI statuses of two annexes compared (styra.reports.compare.kpi_status_changes)."""

from styra.reports.compare import kpi_status_changes


def row(kpi_id: str, colour: str, outlook: str = "") -> dict:
    return {"kpi_id": kpi_id, "title": kpi_id, "colour": colour, "outlook_text": outlook}


def test_changed_new_and_dropped_kpis_are_listed_unchanged_ones_not():
    before = [row("A", "red"), row("B", "green", "Nått"), row("C", "yellow")]
    after = [row("A", "green"), row("B", "green", "Nått"), row("D", "red")]
    found = kpi_status_changes(before, after)
    assert [r["kpi_id"] for r in found] == ["A", "D", "C"]
    assert found[0]["before"]["colour"] == "red" and found[0]["after"]["colour"] == "green"
    assert found[1]["before"] is None and found[2]["after"] is None


def test_a_changed_status_against_the_target_counts():
    found = kpi_status_changes([row("A", "red", "Långsamt")], [row("A", "red", "Nått")])
    assert len(found) == 1
