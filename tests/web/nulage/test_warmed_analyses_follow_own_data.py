"""``warm`` writes the members' default analyses; own data changed later is never hidden."""

import pytest
from django.core.cache import cache

from styra.web.indicators.models import OwnIndicator, OwnValue
from styra.web.indicators.versions import bump_own
from styra.web.nulage import data
from styra.web.nulage.comparison import resolve
from styra.web.nulage.default import default_analysis
from styra.web.nulage.services import own_key, persisted_name, warm


@pytest.fixture(autouse=True)
def _persisting(settings, tmp_path, monkeypatch):
    settings.STYRA_CACHE_DIR = str(tmp_path)
    monkeypatch.setattr(data, "_current", None)  # restored afterwards: no store left behind
    cache.clear()


def test_warm_writes_the_default_analysis_of_each_organisation_with_members(
    kolada_sample, org_a, editor_a
):
    assert warm() == 1
    snap = data.snapshot()
    name = persisted_name(org_a, resolve({}, org_a, snap), snap.latest_year, own_key(org_a, True))
    assert snap.store.has_object(name)
    cache.clear()  # a new process: its cache is empty, the file is read
    assert default_analysis(org_a).kpis == snap.store.read_object(name).kpis


def test_an_own_value_after_warming_shows_at_once(kolada_sample, org_a, editor_a):
    warm()
    snap = data.snapshot()
    own = OwnIndicator.objects.create(organisation=org_a, code="E1", title="Solceller", goal=7)
    OwnValue.objects.create(indicator=own, area=org_a, year=snap.latest_year, value=12.0)
    bump_own(org_a.pk)  # what an own-value upload does
    kpi_ids = [kpi.kpi_id for kpi in default_analysis(org_a).kpis]
    assert f"egen-{own.pk}" in kpi_ids
