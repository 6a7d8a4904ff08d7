"""The årsredovisning chapter: the year's cycles, the status per goal from the last cycle
of the year, per goal the KPIs with a target and their status against it, and a short
text per prioritised goal; as a page to copy from and as Word."""

from datetime import date
from io import BytesIO

from docx import Document

from styra.web.followup.models import Report
from styra.web.indicators.models import KpiTarget
from styra.web.priorities.decisions.models import Decision
from tests.web.analysis_data import (  # noqa: F401  (the fixtures of the real data)
    sample_loaded,
    sample_org_a,
    sample_org_b,
)

from .conftest import make_cycle, url


def year_of_cycles(org, plan):
    first = make_cycle(org, "Tertial 1 2026", date(2026, 1, 1), date(2026, 4, 30), closed=True)
    Report.objects.create(cycle=first, action=plan["x"], status="started")
    year = make_cycle(org, "Helår 2026", date(2026, 1, 1), date(2026, 12, 31), opened=True)
    Report.objects.create(cycle=year, action=plan["x"], status="done")
    make_cycle(org, "Tertial 1 2027", date(2027, 1, 1), date(2027, 4, 30))  # another year
    Decision.objects.create(
        organisation=org,
        goals=[13],
        body="Kommunstyrelsen",
        decided_on=date(2025, 5, 1),
        reference="KS 2025/1",
        motivation="Störst utmaning",
        snapshot={},
    )
    KpiTarget.objects.create(organisation=org, kpi_id="N00401", target_value=1.0, target_year=2030)


def test_the_chapter_of_a_year_per_goal(client_for, viewer_a, org_a, plan):
    year_of_cycles(org_a, plan)
    viewer = client_for(viewer_a)
    assert url("followup-annual", 2026) in viewer.get(url("followup-list")).content.decode()
    page = viewer.get(url("followup-annual", 2026))
    assert page.status_code == 200
    text = " ".join(page.content.decode().split())
    assert "Uppföljning 2026 – Stockholm" in text
    assert "Tertial 1 2026" in text and "Helår 2026" in text and "Tertial 1 2027" not in text
    assert "Status per mål är från Helår 2026." in text
    # the prioritised goal first, with its text: S1.1 done in Helår, S1.3 not reported
    goal_13 = text.index("Mål 13: Bekämpa klimatförändringen</h3>")
    status = text.index("Åtgärdernas status per mål")
    row_13 = text.index("Mål 13: Bekämpa klimatförändringen</th>", status)
    assert row_13 < text.index("Mål 11: Hållbara städer och samhällen</th>", status) < goal_13
    assert "I Helår 2026 följdes 2 åtgärder för målet upp: genomförd 1, inte rapporterad 1." in text
    assert "Nyckeltal med målvärde:" in text[goal_13:]
    assert "N00401" in text[goal_13:]  # its own target, against which M4 judges it
    m4 = ("Målet är nått", "I takt med målet", "Behöver öka takten", "Små framsteg")
    assert any(word in text[goal_13:] for word in (*m4, "Går åt fel håll", "För lite data"))
    assert url("followup-annual-file", 2026, "docx") in text

    response = viewer.get(url("followup-annual-file", 2026, "docx"))
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    doc = Document(BytesIO(response.content))
    words = "\n".join(p.text for p in doc.paragraphs)
    assert "Uppföljning 2026 – Stockholm" in words
    assert "I Helår 2026 följdes 2 åtgärder för målet upp" in words
    cells = {cell.text for table in doc.tables for row in table.rows for cell in row.cells}
    assert "Helår 2026" in cells and any("N00401" in cell for cell in cells)


def test_a_year_without_cycles_says_so(client_for, viewer_a, org_a, plan):
    text = client_for(viewer_a).get(url("followup-annual", 2025)).content.decode()
    assert "Ingen uppföljning har en period som slutar 2025." in text


def test_only_word_and_sensible_years(client_for, viewer_a, org_a, plan):
    viewer = client_for(viewer_a)
    assert viewer.get(url("followup-annual-file", 2026, "pdf")).status_code == 404
    assert viewer.get(url("followup-annual", 1900)).status_code == 404
