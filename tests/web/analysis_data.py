"""Real Kolada data, cut down so that a test can load it in a few seconds.

All areas are kept, and the municipality groups comparisons use; the
values are those of Styra's curated KPIs for a sample of kommuner — every
member of SKR's kommungrupp A1 (storstäder) and of Stockholm's and Göteborg's
"Liknande kommuner" groups, plus more — and of Riket and some regions.

Fixtures to import into a conftest or test module (pytest registers them there):
``kolada_sample`` loads the sample for each test; ``all_areas_loaded``,
``all_areas_sample``, ``all_areas_org_a`` and ``all_areas_org_b`` (as the fixtures
``_kolada_loaded``, ``kolada_sample``, ``org_a`` and ``org_b``) load every area's
values once for the package; ``sample_loaded``, ``sample_org_a`` and ``sample_org_b`` (as
``org_a`` and ``org_b``) load the sample once for the module that imports them;
``fresh_analysis`` (autouse) drops what an earlier test left of the analyses.
"""

import dataclasses
from functools import cache

import polars as pl
import pytest

from styra.agenda2030 import load_curated_kpis
from styra.kolada.bundle import Bundle, read_bundle
from styra.kolada.layout import SKR_GROUP_IDS
from styra.web.indicators.models import DataVersion, Kpi, KpiGroup, Value
from styra.web.organisations.models import MunicipalityGroup, Organisation
from tests.shared_data import REAL_BUNDLE

# fmt: off
SAMPLE_KOMMUNER = (
    "0180", "1480", "1280", "0114", "0115", "0117", "0120", "0123", "0125", "0126", "0127", "0128",
    "0136", "0138", "0139", "0140", "0160", "0162", "0163", "0181", "0182", "0183", "0184", "0186",
    "0187", "0188", "0191", "0192", "0380", "0580", "1880", "2480", "0680", "1283", "1281", "1401",
    "1402", "1384", "1485", "1489", "2580", "0305", "0584", "1290", "1490", "0480",
)
# fmt: on
SAMPLE_REGIONS = ("0000", "0001", "0003", "0012", "0014")


@cache
def sample_bundle(all_areas: bool = False) -> Bundle:
    """The real bundle with the curated KPIs' values for the sample areas (read once).

    ``all_areas`` keeps every area's values: M2 scores need a base year in
    which 80 % of all kommuner have a value, which a sample never reaches.
    """
    curated = [kpi.kpi_id for kpi in load_curated_kpis()]
    bundle = read_bundle(REAL_BUNDLE, extra_kpis=curated)
    areas = bundle.municipalities["area_id"] if all_areas else [*SAMPLE_KOMMUNER, *SAMPLE_REGIONS]
    wanted = pl.Series(areas).implode()
    kpis = pl.Series(curated).implode()
    groups = bundle.municipality_groups.filter(
        pl.col("title").str.starts_with("Liknande kommuner, övergripande")
        | pl.col("title").str.starts_with("Liknande regioner,")
        | pl.col("group_id").is_in(pl.Series(SKR_GROUP_IDS).implode())
    )
    return dataclasses.replace(
        bundle,
        municipality_groups=groups,
        group_members=bundle.group_members.filter(
            pl.col("group_id").is_in(groups["group_id"].implode())
        ),
        values=bundle.values.filter(pl.col("area_id").is_in(wanted)),
        kpis=bundle.kpis.filter(pl.col("kpi_id").is_in(kpis)),
        kpi_group_members=bundle.kpi_group_members.filter(pl.col("kpi_id").is_in(kpis)),
    )


@pytest.fixture
def kolada_sample(db, org_a, org_b):
    """The sample written into the test database (after org_a and org_b exist)."""
    if not REAL_BUNDLE.is_dir():
        pytest.skip(f"the real Kolada bundle is not at {REAL_BUNDLE}")
    from styra.web.indicators.bundle_loader import load_bundle

    load_bundle(sample_bundle())
    return sample_bundle()


@pytest.fixture(scope="package", name="_kolada_loaded")
def all_areas_loaded(django_db_setup, django_db_blocker):
    """The sample with every area's values, loaded once for the package whose conftest
    imports it (its tests only read it) and deleted after the package's last test, so
    that other tests see an empty database. Each test still runs in a transaction that
    is rolled back."""
    if not REAL_BUNDLE.is_dir():
        pytest.skip(f"the real Kolada bundle is not at {REAL_BUNDLE}")
    from styra.web.indicators.bundle_loader import load_bundle
    from styra.web.nulage import data

    with django_db_blocker.unblock():
        load_bundle(sample_bundle(all_areas=True))
    data._current = None  # a snapshot another package's data left, under the same version
    yield sample_bundle(all_areas=True)
    with django_db_blocker.unblock():
        delete_loaded()


@pytest.fixture(name="kolada_sample")
def all_areas_sample(_kolada_loaded, db):
    return _kolada_loaded


@pytest.fixture(name="org_a")
def all_areas_org_a(kolada_sample) -> Organisation:
    return Organisation.objects.get(pk="0180")


@pytest.fixture(name="org_b")
def all_areas_org_b(kolada_sample) -> Organisation:
    return Organisation.objects.get(pk="1480")


@pytest.fixture(scope="module")
def sample_loaded(django_db_setup, django_db_blocker):
    """The sample, loaded once for the module that imports it (its tests only read it) and
    deleted after the module's last test. The cached analyses and the data snapshot are
    dropped before and after: the data version restarts, and later tests must not see
    this sample."""
    if not REAL_BUNDLE.is_dir():
        pytest.skip(f"the real Kolada bundle is not at {REAL_BUNDLE}")
    from styra.web.indicators.bundle_loader import load_bundle

    forget_analyses()
    with django_db_blocker.unblock():
        load_bundle(sample_bundle())
    yield sample_bundle()
    with django_db_blocker.unblock():
        delete_loaded()
    forget_analyses()


@pytest.fixture(name="org_a")
def sample_org_a(sample_loaded, db) -> Organisation:
    return Organisation.objects.get(pk="0180")


@pytest.fixture(name="org_b")
def sample_org_b(sample_loaded, db) -> Organisation:
    return Organisation.objects.get(pk="1480")


def delete_loaded() -> None:
    """Delete what a load wrote, so that later tests see an empty database."""
    for model in (Value, KpiGroup, Kpi, MunicipalityGroup, Organisation, DataVersion):
        model.objects.all().delete()


def forget_analyses() -> None:
    """Drop the cached analyses and pages and the in-memory snapshot of the data."""
    from django.core.cache import cache

    from styra.web.nulage import data

    cache.clear()
    data._current = None


@pytest.fixture(autouse=True)
def fresh_analysis(monkeypatch):
    """No analysis or data snapshot from an earlier test (data versions restart per
    database). Autouse in the package whose conftest imports it."""
    from django.core.cache import cache

    from styra.web.nulage import data

    cache.clear()
    monkeypatch.setattr(data, "_current", None)
