"""Every page of a real kommun and a real region answers, for every role (DESIGN §6).

Logged in as the organisation's admin, the crawl follows every link and form target
from the organisation page (``/omraden/<id>/organisation/``) within the organisation's own
URL space, on the real data of the curated KPIs: no page may answer 5xx, no link
may lead to a 404, and every whole page has a ``<main>`` landmark. The editor, the
contributor and the viewer then ask the admin's URLs (of the files, one per export
view) and follow their own links: never a 5xx, never a 404 behind a link they were
shown. A user of another organisation may see what is open to every user, and is
refused the rest. One database with every area's values serves both organisations.
"""

import re

import pytest
from django.urls import resolve

from styra.agenda2030 import kpis_for_area_type
from styra.web.accounts.models import Role
from styra.web.organisations.models import Organisation
from tests.web.factories import make_member

from .content import fill_organisation
from .crawler import Answer, crawl

pytestmark = pytest.mark.bundle

KOMMUN = "0780"  # Växjö
REGION = "0012"  # Region Skåne
OUTSIDERS_ORGANISATION = "1480"  # Göteborg
MEMBER_ROLES = (Role.EDITOR, Role.CONTRIBUTOR, Role.VIEWER)
REFUSED = (403, 404, 405)

# The pages of the working model's steps, and every kind of file, for the admin.
STEP_PAGES = {
    "organisations-detail",
    "nulage-overview",
    "focus-overview",
    "radighet-overview",
    "samverkan-overview",
    "maturity-list",
    "reports-document",
    "interactions-list",
    "priorities-overview",
    "actionplan-plan",
    "followup-list",
    "followup-cycle",
    "followup-report",
    "followup-compare",
    "indicators-own-list",
    "indicators-targets",
}
EXPORTS = {
    "nulage-overview-export",
    "nulage-goal-export",
    "nulage-kpi-export",
    "nulage-kpi-table-export",
    "focus-export",
    "radighet-export",
    "samverkan-matrix-export",
    "reports-file",
    "actionplan-export",
    "indicators-values-export",
    "indicators-upload-template",
    "interactions-export",
    "interactions-results-export",
}


def scope_of(kolada_id: str):
    """The organisation's own URL space: its page, its steps and its areas' analysis."""
    prefix = f"/omraden/{kolada_id}/"
    return lambda url: url.startswith(prefix)


def url_name(url: str) -> str:
    return resolve(url.split("?")[0]).url_name


def problems_of(answers: dict, shown_only: bool = False) -> list[str]:
    """5xx, 404 behind a link, and whole pages without <main>, one line each."""
    found = []
    for answer in answers.values():
        linked = bool(answer.found_on) or not shown_only
        if answer.status >= 500 or (answer.status == 404 and linked):
            found.append(f"{answer.status} {answer.url} (linked from {answer.found_on or '-'})")
        elif answer.whole_page and not answer.has_main:
            found.append(f"no <main>: {answer.url}")
    return found


def visited(answers: dict, pattern: str) -> set[str]:
    """The first group of ``pattern`` in every URL that answered 200."""
    return {
        match.group(1)
        for answer in answers.values()
        if answer.status == 200 and (match := re.fullmatch(pattern, answer.url))
    }


def is_refused(answer: Answer) -> bool:
    return answer.status in REFUSED or "/konto/logga-in/" in answer.location


@pytest.fixture
def members(kolada_sample):
    """``kolada_id`` → the organisation's admin, editor, contributor and viewer."""

    def make(kolada_id: str) -> dict[str, object]:
        organisation = Organisation.objects.get(pk=kolada_id)
        return {role: make_member(f"{role}_{kolada_id}", organisation, role) for role in Role}

    return make


@pytest.fixture
def outsider(kolada_sample):
    return make_member("utomstaende", Organisation.objects.get(pk=OUTSIDERS_ORGANISATION), "editor")


def cheapest_file_per_view(answers: dict) -> set[str]:
    """One file of each export view (CSV before Word, Excel and PDF): what the other
    roles ask, since a view's permission does not depend on the KPI or the format."""
    by_view: dict[str, list[str]] = {}
    for answer in answers.values():
        if answer.is_file:
            by_view.setdefault(url_name(answer.url), []).append(answer.url)
    cost = {".csv": 0, ".docx": 1, ".xlsx": 2, ".pdf": 3}
    return {
        min(urls, key=lambda u: (cost.get(u[u.rfind(".") :], 4), u)) for urls in by_view.values()
    }


def assert_admin_reached_everything(answers: dict, kolada_id: str, curated: list[str]):
    assert problems_of(answers) == []
    assert visited(answers, rf"/omraden/{kolada_id}/mal/(\d+)/") == {str(g) for g in range(1, 18)}
    kpi_pages = visited(answers, rf"/omraden/{kolada_id}/nyckeltal/([^/]+)/")
    assert kpi_pages >= set(curated) and len(curated) > 90
    assert any(kpi.startswith("egen-") for kpi in kpi_pages)  # the own indicator's page
    names = {url_name(answer.url) for answer in answers.values() if answer.status == 200}
    assert STEP_PAGES - names == set()
    assert EXPORTS - names == set()


@pytest.mark.parametrize("kolada_id", [KOMMUN, REGION])
def test_every_page_answers_for_every_role(kolada_id, members, outsider, client_for):
    organisation = Organisation.objects.get(pk=kolada_id)
    users = members(kolada_id)
    curated = [kpi.kpi_id for kpi in kpis_for_area_type(organisation.type)]
    fill_organisation(organisation, users[Role.EDITOR], curated[0], year=2022)
    start, in_scope = f"/omraden/{kolada_id}/organisation/", scope_of(kolada_id)

    answers = crawl(client_for(users[Role.ADMIN]), [start], in_scope)
    assert_admin_reached_everything(answers, kolada_id, curated)

    every_url = {request.url for request in answers if not request.hx}
    files = {answer.url for answer in answers.values() if answer.is_file}
    skip = files - cheapest_file_per_view(answers)
    for role in MEMBER_ROLES:
        seen = crawl(client_for(users[role]), [start, *sorted(every_url - skip)], in_scope, skip)
        assert problems_of(seen, shown_only=True) == [], role

    analysis = f"/omraden/{kolada_id}/"  # open to all; the organisation's pages are not
    open_to_all = crawl(client_for(outsider), [start, analysis], in_scope, skip)
    assert problems_of(open_to_all) == []
    rest = every_url - skip - {request.url for request in open_to_all}
    refused = crawl(client_for(outsider), sorted(rest), in_scope, skip)
    assert [answer.url for answer in refused.values() if not is_refused(answer)] == []
