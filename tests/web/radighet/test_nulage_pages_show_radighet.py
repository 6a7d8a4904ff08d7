"""The nulägesanalys goal page has a short rådighet section and the KPI page the KPI's
inherited level; both follow the organisation's own levels (on real, sampled data)."""

import pytest
from django.core.cache import cache

from styra.web.indicators.models import DataVersion, Kpi, KpiGroup, Value
from styra.web.nulage import data
from styra.web.organisations.models import MunicipalityGroup, Organisation
from styra.web.radighet.services import change_level
from tests.shared_data import REAL_BUNDLE
from tests.web.analysis_data import sample_bundle

from .conftest import text_of


@pytest.fixture(scope="module")
def _kolada_loaded(django_db_setup, django_db_blocker):
    if not REAL_BUNDLE.is_dir():
        pytest.skip(f"the real Kolada bundle is not at {REAL_BUNDLE}")
    from styra.web.indicators.services import load_bundle

    forget_analyses()
    with django_db_blocker.unblock():
        load_bundle(sample_bundle())
    yield
    with django_db_blocker.unblock():
        for model in (Value, KpiGroup, Kpi, MunicipalityGroup, Organisation, DataVersion):
            model.objects.all().delete()
    forget_analyses()  # the data version restarts: later tests must not see this sample


def forget_analyses() -> None:
    """Drop the cached analyses and pages and the in-memory snapshot of the data."""
    cache.clear()
    data._current = None


@pytest.fixture
def org_a(_kolada_loaded, db):
    cache.clear()
    yield Organisation.objects.get(pk="0180")
    cache.clear()


@pytest.fixture
def org_b(_kolada_loaded, db):
    return Organisation.objects.get(pk="1480")


def test_goal_page_shows_the_goals_radighet_and_links_to_it(client_for, org_a, viewer_a):
    text = text_of(client_for(viewer_a).get("/omraden/0180/mal/14/"))
    section = text[text.index('<section aria-labelledby="mandate-heading">') :]
    section = section[: section.index("</section>")]
    assert "Medelnivå 0,6 av 3 (närmast: Kan påverka)." in section
    assert "0 med eget ansvar, 1 där organisationen äger, köper eller planerar" in section
    assert 'href="/organisationer/0180/radighet/mal/14/"' in section


def test_goal_page_follows_an_own_level_at_once(client_for, org_a, editor_a, viewer_a):
    client = client_for(viewer_a)
    assert "0 med eget ansvar" in text_of(client.get("/omraden/0180/mal/14/"))
    change_level(org_a, "14.2", 3, "Kustkommun med havsplan.", editor_a)
    text = text_of(client.get("/omraden/0180/mal/14/"))  # the cached body is renewed
    assert "1 med eget ansvar" in text and "1 delmål har en egen nivå." in text
    assert "Kustkommun" not in text and "Erik Ek" not in text


def test_kpi_page_shows_the_inherited_level_and_where_it_comes_from(client_for, org_a, viewer_a):
    text = text_of(client_for(viewer_a).get("/omraden/0180/nyckeltal/N07549/"))
    assert "<dt>Rådighet</dt>" in text
    assert "3 – Eget ansvar (lagkrav, egen verksamhet)" in text
    assert 'href="/organisationer/0180/radighet/mal/5/#delmal-5-2"' in text
    assert "den högsta nivån bland nyckeltalets 2 delmål" in text


def test_kpi_page_says_when_a_kpi_follows_no_target(client_for, org_a, viewer_a):
    text = text_of(client_for(viewer_a).get("/omraden/0180/nyckeltal/N00923/"))
    assert "Ingen koppling till delmål" in text
