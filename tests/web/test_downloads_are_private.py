"""Every file Styra hands out answers ``Cache-Control: private, no-store`` (issue 12).

The file URLs are found in the URLconf (a route ending in a file name, a decision's
``/dokument/`` or ``/fil/``), so a new download cannot be forgotten; each is asked by a member of
organisation A with small hand-made material, and must answer a file that neither the
browser nor a shared cache keeps. The area analysis' exports (``/omraden/…``) need
Kolada values and are checked with the sample in one test.
"""

import re

import pytest
from django.core.files.base import ContentFile
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from styra.web.focus import services as focus
from styra.web.indicators.models import OwnIndicator, OwnValue
from styra.web.organisations.models import LeadershipDecision, Network
from styra.web.priorities.decisions.models import Decision
from styra.web.priorities.interactions.models import Matrix, MatrixTarget
from styra.web.reports.models import ReportVersion
from tests.focus.documents import make_pdf
from tests.web.analysis_data import kolada_sample  # noqa: F401  (the fixture)

# A file name, a file of its own (/fil/), or a document (the focus list /fokus/dokument/ is a page).
FILE_ROUTE = re.compile(r"(\.<str:fmt>|\.xlsx|\.csv|\.pdf|/fil/|(?<!/fokus)/dokument/)$")
AREA_EXPORTS = {
    "nulage-overview-export": ["0180", "csv"],
    "nulage-goal-export": ["0180", 13, "xlsx"],
    "nulage-kpi-export": ["0180", "N00401", "csv"],
    "nulage-kpi-table-export": ["0180", "N00401", "alla-omraden", "xlsx"],
}


def file_routes() -> set[str]:
    found = set()

    def walk(patterns, prefix: str) -> None:
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, route)
            elif isinstance(pattern, URLPattern) and FILE_ROUTE.search(route):
                found.add(pattern.name)

    walk(get_resolver().url_patterns, "")
    return found


def matrix_of(**owner) -> Matrix:
    matrix = Matrix.objects.create(**owner, title="Matris")
    MatrixTarget.objects.bulk_create(
        MatrixTarget(matrix=matrix, target_id=t) for t in ["7.2", "13.1"]
    )
    return matrix


def with_document(decision, name: str = "beslut.pdf"):
    decision.document.save(name, ContentFile(make_pdf([["Beslut"]])), save=False)
    decision.document_name = name
    decision.save()
    return decision


@pytest.fixture
def material(org_a, org_b, editor_a, client_for) -> dict[str, list]:
    """The arguments of every file URL of organisation A (and of its network)."""
    with_document(LeadershipDecision(organisation=org_a, decided_on="2025-03-12", reference="§ 1"))
    decision = with_document(
        Decision(
            organisation=org_a,
            goals=[4],
            body="KS",
            decided_on="2025-05-01",
            reference="§ 2",
            motivation="Skolan.",
            snapshot={},
        )
    )
    document = focus.upload_document(
        org_a,
        editor_a,
        title="Budget",
        kind="budget",
        filename="budget.txt",
        data="Budget\n\nSkolan\nAlla elever ska nå kunskapskraven.\n".encode(),
        max_bytes=100_000,
    )
    own = OwnIndicator.objects.create(organisation=org_a, code="E1", title="Cykel", goal=11)
    OwnValue.objects.create(indicator=own, area=org_a, year=2024, value=3.0)
    network = Network.objects.create(name="Nätverket")
    network.members.set([org_a, org_b])
    matrix, shared = matrix_of(organisation=org_a), matrix_of(network=network)
    client_for(editor_a).post(
        "/organisationer/0180/nulagesanalys/frys/",
        {"label": "Beslutad i KS", "decided_on": "2025-03-12", "reference": "KS 2025/12"},
    )
    return {
        "organisations-decision-document": ["0180"],
        "priorities-decision-document": ["0180", decision.pk],
        "focus-document-file": ["0180", document.pk],
        "focus-export": ["0180", "csv"],
        "indicators-upload-template": ["0180", "xlsx"],
        "indicators-values-export": ["0180", "csv"],
        "samverkan-matrix-export": ["0180", "xlsx"],
        "radighet-export": ["0180", "delmal", "csv"],
        "actionplan-export": ["0180"],
        "reports-file": ["0180", "docx"],
        "reports-version-file": ["0180", ReportVersion.objects.get().pk, "pdf"],
        "interactions-export": ["0180", matrix.pk, "lang", "csv"],
        "interactions-results-export": ["0180", matrix.pk, "xlsx"],
        "interactions-network-export": [network.pk, shared.pk, "bred", "xlsx"],
        "interactions-network-results-export": [network.pk, shared.pk, "csv"],
    }


def assert_private_file(response) -> None:
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Cache-Control"] == "private, no-store"


def test_every_file_route_is_checked(material):
    assert file_routes() == set(material) | set(AREA_EXPORTS)


def test_every_file_of_an_organisation_is_private(material, client_for, admin_a):
    client = client_for(admin_a)
    for name, args in material.items():
        assert_private_file(client.get(reverse(name, args=args)))


def test_every_file_of_the_area_analysis_is_private(kolada_sample, client_for, viewer_a):  # noqa: F811
    client = client_for(viewer_a)
    for name, args in AREA_EXPORTS.items():
        assert_private_file(client.get(reverse(name, args=args)))
