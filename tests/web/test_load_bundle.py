"""Loading a bundle writes everything once, again idempotently, and all or nothing."""

import pytest
from django.db import IntegrityError, transaction

from styra.kolada.bundle import read_bundle
from styra.web.indicators import bundle_loader
from styra.web.indicators.models import Kpi, KpiGroup, Value
from styra.web.organisations.models import MunicipalityGroup, Organisation
from tests.kolada.minibundle import VALUES, write_mini_bundle

pytestmark = pytest.mark.django_db


def test_mini_bundle_is_written(tmp_path):
    summary = bundle_loader.load_bundle(read_bundle(write_mini_bundle(tmp_path)))
    assert summary["kommuner"] == 2 and summary["regioner"] == 1 and summary["values"] == 7
    stockholm = Organisation.objects.get(kolada_id="0180")
    assert (stockholm.type, stockholm.region_id, stockholm.skr_code) == ("K", "0001", "A1")
    assert stockholm.skr_group_id == "G92787"
    assert set(stockholm.kolada_groups.values_list("group_id", flat=True)) == {"G92787", "G1"}
    kpi = Kpi.objects.get(kpi_id="N00945")
    assert (kpi.unit, kpi.is_divided_by_gender, kpi.retired) == ("%", True, False)
    assert KpiGroup.objects.get(group_id="G2KPI130255").kpis.count() == 2
    missing = Value.objects.get(kpi_id="N00401", area_id="0114", year=2021)
    assert missing.value is None  # missing stays NULL, never 0
    assert Value.objects.get(kpi_id="N00945", area_id="0180", gender="K").value == 60.1


def test_loading_twice_gives_the_same_data(tmp_path):
    bundle = read_bundle(write_mini_bundle(tmp_path))
    first = bundle_loader.load_bundle(bundle)
    rows = sorted(Value.objects.values_list("kpi_id", "area_id", "year", "gender", "value"))
    second = bundle_loader.load_bundle(bundle)
    assert first == second
    assert sorted(Value.objects.values_list("kpi_id", "area_id", "year", "gender", "value")) == rows
    assert MunicipalityGroup.members.through.objects.count() == 4


def test_a_reload_replaces_changed_values(tmp_path):
    bundle_loader.load_bundle(read_bundle(write_mini_bundle(tmp_path / "a")))
    changed = VALUES.replace("N00401,0180,2020,T,1.5\n", "")
    changed = changed.replace("0180,2021,T,1.4", "0180,2021,T,1.3")
    bundle_loader.load_bundle(read_bundle(write_mini_bundle(tmp_path / "b", values=changed)))
    assert not Value.objects.filter(kpi_id="N00401", year=2020).exists()
    assert Value.objects.get(kpi_id="N00401", area_id="0180", year=2021).value == 1.3


def test_a_failure_half_way_keeps_the_previous_data(tmp_path, monkeypatch):
    bundle_loader.load_bundle(read_bundle(write_mini_bundle(tmp_path / "a")))
    before = sorted(Value.objects.values_list("kpi_id", "area_id", "year", "gender", "value"))
    renamed = write_mini_bundle(tmp_path / "b")
    text = (renamed / "municipalities.csv").read_text().replace("Stockholm,K", "Sthlm,K")
    (renamed / "municipalities.csv").write_text(text)
    bundle = read_bundle(renamed)

    def fail(values):
        raise RuntimeError("disk full")

    monkeypatch.setattr(bundle_loader, "copy_values", fail)
    monkeypatch.setattr(bundle_loader, "insert_values", fail)
    with pytest.raises(RuntimeError):
        bundle_loader.load_bundle(bundle)
    assert Organisation.objects.get(kolada_id="0180").name == "Stockholm"
    after = sorted(Value.objects.values_list("kpi_id", "area_id", "year", "gender", "value"))
    assert after == before
    # The unique key dropped for the bulk write is back too.
    with pytest.raises(IntegrityError), transaction.atomic():
        Value.objects.create(kpi_id="N00401", area_id="0180", year=2020, gender="T", value=1)


@pytest.mark.bundle
def test_the_real_agenda2030_load(real_bundle):
    summary = bundle_loader.load_bundle(read_bundle(real_bundle))
    assert summary["kommuner"] == 290
    assert summary["regioner"] == 21
    assert summary["kpis"] == 6099
    assert summary["values"] == summary["values_stored"] == 520_794
    assert Organisation.objects.get(kolada_id="0180").skr_code == "A1"
    value = Value.objects.get(kpi_id="N00401", area_id="0180", year=2020, gender="T").value
    assert value == pytest.approx(1.4, abs=0.5)
