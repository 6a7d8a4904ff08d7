"""The nulägesanalys goal page has a short rådighet section and the KPI page the KPI's
inherited level; both follow the organisation's own levels (on real, sampled data)."""

from styra.web.radighet.services import change_level
from tests.web.analysis_data import (  # noqa: F401  (the sample, loaded once for this module)
    fresh_analysis,
    sample_loaded,
    sample_org_a,
    sample_org_b,
)

from .conftest import text_of


def test_goal_page_shows_the_goals_radighet_and_links_to_it(client_for, org_a, viewer_a):
    text = text_of(client_for(viewer_a).get("/omraden/0180/mal/14/"))
    section = text[text.index('<section aria-labelledby="mandate-heading">') :]
    section = section[: section.index("</section>")]
    assert "Medelnivå 0,6 av 3 (närmast: Kan påverka)." in section
    assert "0 med eget ansvar, 1 där organisationen äger, köper eller planerar" in section
    assert 'href="/omraden/0180/radighet/mal/14/"' in section


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
    assert 'href="/omraden/0180/radighet/mal/5/#delmal-5-2"' in text
    assert "den högsta nivån bland nyckeltalets 2 delmål" in text


def test_kpi_page_says_when_a_kpi_follows_no_target(client_for, org_a, viewer_a):
    text = text_of(client_for(viewer_a).get("/omraden/0180/nyckeltal/N00923/"))
    assert "Ingen koppling till delmål" in text
