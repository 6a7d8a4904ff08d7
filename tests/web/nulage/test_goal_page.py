"""A goal page lists the goal's KPIs, links each, and names the targets they measure."""

KPI = "N00401"  # greenhouse gas emissions per inhabitant: kommuner and regions, goal 13


def test_goal_page_lists_its_kpis_and_the_targets_they_measure(kolada_sample, client_for, viewer_a):
    response = client_for(viewer_a).get("/omraden/0180/mal/13/")
    ids = [row["kpi_id"] for row in response.context["kpi_rows"]]
    assert KPI in ids
    assert all(row["goal"] == 13 for row in response.context["kpi_rows"])
    assert "13.2" in [t.target_id for t in response.context["targets"]]
    assert f"/omraden/0180/nyckeltal/{KPI}/" in response.content.decode()
