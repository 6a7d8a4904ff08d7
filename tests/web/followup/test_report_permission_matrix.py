"""The follow-up report and the årsredovisning chapter with admin, editor, viewer and a
contributor of A, editor of B and an anonymous visitor: every member of A reads them
(with the waiting page of a render), editor of B is refused (403) and sees none of A's
content, a cycle of A under B's address is not found."""

import pytest
from django.urls import reverse

from styra.web.background.models import Job

from .conftest import url

# name, args after the Kolada id ("open": the open cycle's pk, "job": a render job's pk)
CASES = [
    ("followup-cycle-file", ("open", "xlsx")),
    ("followup-annual", (2026,)),
    ("followup-annual-file", (2026, "docx")),
    ("followup-job", ("job",)),
]
IDS = [c[0] for c in CASES]
MEMBERS = ["admin_a", "editor_a", "viewer_a", "contributor_a"]


@pytest.fixture
def found(org_a, plan, cycles):
    job = Job.objects.create(
        kind=Job.Kind.RENDER,
        organisation=org_a,
        params={"document": "cycle", "cycle": cycles["open"].pk, "fmt": "pdf"},
    )
    return {"open": cycles["open"].pk, "job": job.pk}


def path(name, args, found, kolada_id="0180"):
    return url(name, *[found.get(a, a) for a in args], kolada_id=kolada_id)


@pytest.mark.parametrize("member", MEMBERS)
@pytest.mark.parametrize(("name", "args"), CASES, ids=IDS)
def test_members_of_a_read(client_for, request, found, member, name, args):
    response = client_for(request.getfixturevalue(member)).get(path(name, args, found))
    assert response.status_code == 200, response.content[:500]
    if name != "followup-annual":
        assert response["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize(("name", "args"), CASES, ids=IDS)
def test_editor_of_b_is_refused(client_for, editor_b, found, name, args):
    response = client_for(editor_b).get(path(name, args, found))
    assert response.status_code == 403
    assert b"Tertial 2 2026" not in response.content


@pytest.mark.parametrize(("name", "args"), CASES, ids=IDS)
def test_anonymous_is_sent_to_login(client_for, found, name, args):
    response = client_for(None).get(path(name, args, found))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts-login"))


@pytest.mark.parametrize(("name", "args"), [c for c in CASES if "open" in c[1] or "job" in c[1]])
def test_as_cycle_or_job_under_bs_address_is_not_found(client_for, editor_b, found, name, args):
    response = client_for(editor_b).get(path(name, args, found, kolada_id="1480"))
    assert response.status_code == 404


def test_the_nulagesanalys_job_is_not_the_reports(client_for, editor_a, org_a, found):
    job = Job.objects.create(kind=Job.Kind.RENDER, organisation=org_a, params={"fmt": "pdf"})
    assert client_for(editor_a).get(url("followup-job", job.pk)).status_code == 404
