"""The real data of the curated KPIs, loaded once for this package's tests (they only read it).

Each test still runs in a transaction that is rolled back; what the module
loaded is deleted after the last test, so other tests see an empty database.
"""

import pytest

from styra.web.indicators.models import DataVersion, Kpi, KpiGroup, Value
from styra.web.organisations.models import MunicipalityGroup, Organisation
from tests.shared_data import REAL_BUNDLE
from tests.web.analysis_data import sample_bundle


@pytest.fixture(scope="package")
def _kolada_loaded(django_db_setup, django_db_blocker):
    if not REAL_BUNDLE.is_dir():
        pytest.skip(f"the real Kolada bundle is not at {REAL_BUNDLE}")
    from styra.web.indicators.services import load_bundle

    with django_db_blocker.unblock():
        load_bundle(sample_bundle(all_areas=True))
    yield sample_bundle(all_areas=True)
    with django_db_blocker.unblock():
        for model in (Value, KpiGroup, Kpi, MunicipalityGroup, Organisation, DataVersion):
            model.objects.all().delete()


@pytest.fixture
def kolada_sample(_kolada_loaded, db):
    return _kolada_loaded


@pytest.fixture
def org_a(kolada_sample):
    return Organisation.objects.get(pk="0180")


@pytest.fixture
def org_b(kolada_sample):
    return Organisation.objects.get(pk="1480")
