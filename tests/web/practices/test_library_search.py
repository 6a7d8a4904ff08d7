"""The library lists what the user may read, searched by words and filtered by goal, target,
KPI and network (the same lookups on SQLite and PostgreSQL)."""

import pytest

from styra.web.practices.models import Visibility
from styra.web.practices.services import readable_practices, search

from .conftest import make_practice


@pytest.fixture
def library(org_a, org_b, org_c, network_n, network_m):
    return {
        "bikes": make_practice(
            org_a,
            "Lådcyklar att låna",
            Visibility.PUBLIC,
            action="Gratis utlåning av lådcyklar.",
            goals=[11],
            targets=["11.2"],
        ),
        "turnout": make_practice(
            org_b,
            "Valskjuts",
            Visibility.NETWORKS,
            networks=[network_n],
            action="Bussar till vallokalen.",
            kpis=["N05401"],
        ),
        "climate": make_practice(
            org_c,
            "Klimatlöften",
            Visibility.NETWORKS,
            networks=[network_m],
            action="Hushållen lovade att cykla mer.",
            goals=[13],
            kpis=["N00401"],
        ),
    }


def titles(practices) -> set[str]:
    return {p.title for p in practices}


def test_words_match_any_text_field_and_all_words_must_match(library, editor_b):
    readable = readable_practices(editor_b)  # in N and M: reads all three
    assert titles(search(readable, "CYKL")) == {"Lådcyklar att låna", "Klimatlöften"}
    assert titles(search(readable, "cykla mer")) == {"Klimatlöften"}
    assert titles(search(readable, "vallokalen")) == {"Valskjuts"}
    assert titles(search(readable, "ingenting")) == set()


def test_filters_by_goal_target_kpi_and_network(library, editor_b, network_n, network_m):
    readable = readable_practices(editor_b)
    assert titles(search(readable, goal=11)) == {"Lådcyklar att låna"}
    assert titles(search(readable, target="11.2")) == {"Lådcyklar att låna"}
    assert titles(search(readable, kpi="N05401")) == {"Valskjuts"}
    # N sees B's practice shared with it and A's public one; M sees C's
    assert titles(search(readable, network=network_n)) == {"Valskjuts", "Lådcyklar att låna"}
    assert titles(search(readable, network=network_m)) == {"Klimatlöften"}


def test_a_goal_includes_practices_linked_to_its_targets(org_a, editor_a):
    make_practice(org_a, "Bara delmål", targets=["13.2"])
    assert titles(search(readable_practices(editor_a), goal=13)) == {"Bara delmål"}


def test_the_library_page_shows_only_what_the_user_reads(library, client_for, editor_c):
    page = client_for(editor_c).get("/goda-exempel/", {"q": "cykl"})
    assert page.status_code == 200
    assert titles(page.context["page"].object_list) == {"Lådcyklar att låna", "Klimatlöften"}
    assert "Valskjuts" not in page.content.decode()  # shared with N only


def test_a_bad_filter_is_named(library, client_for, editor_c):
    page = client_for(editor_c).get("/goda-exempel/", {"target": "99.9"})
    assert page.status_code == 400 and "99.9" in page.content.decode()


def test_the_library_needs_a_login(client_for):
    assert client_for().get("/goda-exempel/").status_code == 302
