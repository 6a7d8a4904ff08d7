"""A peer reads what A shared, read-only, on A's own pages; nothing else, and only while shared.

Every URL of A's material (from the URLconf, tests/web/test_private_by_default.py) is
asked by a user of B (a member of the network A shares with) and by the network's
coordinator, who belongs to no organisation. A page may answer (the shared sections'
reading pages) or refuse (403/404), never fail; a page that answers shows no form that
posts to A's pages; every POST is refused. When A unshares, every URL refuses again.
"""

import datetime
import re

import pytest
from django.urls import resolve

from styra.web.network.models import SectionShare
from styra.web.priorities.decisions.criteria import assemble
from styra.web.priorities.decisions.services import record_decision
from styra.web.reports.models import ReportVersion
from tests.web.analysis_data import fresh_analysis  # noqa: F401  (autouse)
from tests.web.network_sharing.conftest import share
from tests.web.reports.test_documents_without_data import EMPTY
from tests.web.test_private_by_default import material_of, private_urls

REFUSED = (403, 404, 405)
# Pages a peer must be able to read when everything is shared, by URL name.
READABLE = {
    "focus-overview",
    "focus-documents",
    "focus-own-goals",
    "radighet-overview",
    "radighet-goal",
    "radighet-history",
    "samverkan-overview",
    "samverkan-actors",
    "samverkan-goal",
    "maturity-list",
    "maturity-results",
    "reports-versions",
    "reports-version",
    "reports-compare",
    "interactions-list",
    "interactions-matrix",
    "priorities-overview",
    "priorities-decisions",
    "priorities-decision",
    "actionplan-plan",
    "actionplan-action",
    "followup-list",
    "followup-cycle",
    "dialogue-results",
}
# Pages that stay with the members whatever is shared.
MEMBERS_ONLY = {
    "organisations-detail",
    "reports-document",
    "dialogue-list",
    "dialogue-detail",
    "dialogue-moderation",
    "maturity-answer",
    "maturity-create",
    "publishing",
    "accounts-members",
}
DECISION = {
    "goals": [4],
    "targets": ["4.1"],
    "body": "Kommunstyrelsen",
    "decided_on": datetime.date(2026, 5, 12),
    "reference": "§ 1",
    "motivation": "Skolan först.",
    "upload": None,
    "weights": {
        "challenge": 0.5,
        "focus_gap": 0.1,
        "mandate": 0.1,
        "leverage": 0.1,
        "strategic": 0.1,
        "citizens": 0.1,
    },
    "top_n": 5,
}
POST_FORM = re.compile(r"<form\b[^>]*\bmethod=\"post\"[^>]*>", re.IGNORECASE)
ACTION = re.compile(r"\baction=\"([^\"]*)\"")
FORMACTION = re.compile(r"\bformaction=\"([^\"]*)\"")


def change_forms(html: str, url: str, prefix: str) -> list[str]:
    """The targets of the page's POST forms (and their buttons) that lie under A's pages."""
    targets = []
    for match in POST_FORM.finditer(html):
        action = ACTION.search(match.group(0))
        targets.append(action.group(1) if action and action.group(1) else url)
    targets += FORMACTION.findall(html)
    return [target for target in targets if target.startswith(prefix)]


@pytest.fixture
def a_urls(org_a, editor_a, network_n) -> list[str]:
    material = material_of(org_a, editor_a)
    # A frozen version and a decision as the app makes them (the shared test's are empty).
    ReportVersion.objects.filter(pk=material["report_version"]).update(content=EMPTY)
    material["decision"] = record_decision(org_a, assemble(org_a), DECISION, editor_a).pk
    urls = private_urls(org_a, material, known_only=True)
    share(org_a, network_n)
    return urls


@pytest.fixture(params=["editor_b", "coordinator"])
def peer(request):
    return request.getfixturevalue(request.param)


def test_a_peer_reads_the_shared_pages_and_changes_nothing(
    a_urls, peer, client_for, org_a, admin_a
):
    """A page that fails for A's own admin too (data these tests do not load) is not the
    peer's problem; one that fails only for the peer is. A POST to a page the peer reads
    is a read (the views answer it as a GET) unless it redirects, as a change does."""
    client, member = client_for(peer), client_for(admin_a)
    client.raise_request_exception = member.raise_request_exception = False
    prefix = f"/omraden/{org_a.pk}/"
    read, problems = set(), []
    for url in a_urls:
        name = resolve(url).url_name
        response = client.get(url)
        if response.status_code == 200:
            read.add(name)
            if "html" in response.get("Content-Type", ""):
                html = response.content.decode()
                problems += [f"form {t} on {url}" for t in change_forms(html, url, prefix)]
        elif response.status_code not in (*REFUSED, 302):
            if member.get(url).status_code == response.status_code:
                continue  # fails for A's admin too
            problems.append(f"GET {response.status_code} {url}")
        status = client.post(url).status_code
        if status == 302 or (status not in REFUSED and name not in read):
            problems.append(f"POST {status} {url}")
    assert problems == [], "\n".join(problems)
    assert READABLE - read == set()
    assert read & MEMBERS_ONLY == set()


def test_unsharing_refuses_every_page_at_once(a_urls, client_for, editor_b):
    client = client_for(editor_b)
    client.raise_request_exception = False
    read = [url for url in a_urls if client.get(url).status_code == 200]
    assert {resolve(url).url_name for url in read} >= READABLE
    SectionShare.objects.all().delete()
    leaks = [url for url in read if client.get(url).status_code not in REFUSED]
    assert leaks == []
