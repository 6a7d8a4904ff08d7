"""`styra kolada refresh` against the local Kolada server: the first refresh loads and keeps
a data version, a second with nothing new loads nothing, and one after Kolada revised a
value loads a new version whose diff ("Vad har hänt sedan sist?") names the revision."""

import pytest
from click.testing import CliRunner

from styra.analysis.changes import REVISED
from styra.cli import main
from styra.web.changes.models import DataRelease
from styra.web.changes.services import version_changes
from tests.kolada.fake_kolada import KOLADA_DATA, FakeKolada, load_slice

pytestmark = pytest.mark.django_db(transaction=True)
KPI, AREA = "N00401", "0180"


@pytest.fixture
def kolada():
    if not KOLADA_DATA.is_dir():
        pytest.skip(f"the real Kolada bundle is not at {KOLADA_DATA}")
    server = FakeKolada(load_slice()).start()
    yield server
    server.stop()


def refresh(kolada: FakeKolada, out) -> str:
    args = ["kolada", "refresh", "--out", str(out), "--base-url", kolada.base_url]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return result.output


def revise_earliest_value(kolada: FakeKolada) -> tuple[int, float, float]:
    """Kolada revises the area's earliest total of the KPI: (year, before, after)."""
    items = [
        item
        for item in kolada.source.data
        if item["kpi"] == KPI and item["municipality"] == AREA
        for value in item["values"]
        if value["gender"] == "T" and value["value"] is not None
    ]
    item = min(items, key=lambda item: item["period"])
    (total,) = [value for value in item["values"] if value["gender"] == "T"]
    before = total["value"]
    total["value"] = round(before * 1.5 + 1, 2)
    return item["period"], before, total["value"]


def test_refresh_loads_only_new_or_revised_values(kolada, tmp_path, org_a):
    out = tmp_path / "bundle"
    first_output = refresh(kolada, out)
    (first,) = DataRelease.objects.all()
    assert "Loaded" in first_output and first.source == str(out)

    assert "No new or revised values for Styra's KPIs: nothing loaded." in refresh(kolada, out)
    assert DataRelease.objects.count() == 1

    year, before, after = revise_earliest_value(kolada)
    assert "Loaded" in refresh(kolada, out)
    second = DataRelease.objects.first()
    assert DataRelease.objects.count() == 2 and second.number > first.number

    changes = version_changes(org_a, first, second)
    (kpi,) = [kpi for kpi in changes.kpis if kpi.kpi_id == KPI]
    assert REVISED in kpi.classes
    assert [(r.year, r.before, r.after) for r in kpi.revisions] == [(year, before, after)]
