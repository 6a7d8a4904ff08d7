"""Every file Styra hands out answers ``Cache-Control: private, no-store`` (issue 12).

The file URLs are found in the URLconf (a route ending in a file name, a decision's
``/dokument/`` or ``/fil/``), so a new download cannot be forgotten; each is asked by a member of
organisation A with small hand-made material, and must answer a file that neither the
browser nor a shared cache keeps. The area analysis' exports (``/omraden/…``) need
Kolada values and are checked with the sample in one test.
"""

import re
from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from styra.web.dialogue.models import Dialogue, Kind, Question
from styra.web.followup.models import Cycle
from styra.web.meetings.models import Meeting
from styra.web.organisations.models import LeadershipDecision, Network
from styra.web.practices.models import Attachment, Practice
from styra.web.priorities.interactions.models import Matrix, MatrixTarget
from styra.web.reports.models import ReportVersion
from styra.web.vlr.models import VlrVersion
from tests.web.analysis_data import kolada_sample  # noqa: F401  (the fixture)
from tests.web.factories import (
    budget_document,
    own_indicator,
    priority_decision,
    with_document,
)

# A file name, a file of its own (/fil/), or a document (the focus list /fokus/dokument/ is a page).
FILE_ROUTE = re.compile(r"(\.<str:fmt>|\.xlsx|\.csv|\.pdf|\.ics|/fil/|(?<!/fokus)/dokument/)$")
AREA_EXPORTS = {
    "nulage-overview-export": ["0180", "csv"],
    "nulage-goal-export": ["0180", 13, "xlsx"],
    "nulage-kpi-export": ["0180", "N00401", "csv"],
    "nulage-kpi-table-export": ["0180", "N00401", "alla-omraden", "xlsx"],
    "twins-export": ["0180", "csv"],
}
# A network's comparison of its members needs Kolada values: checked with the sample below.
NETWORK_EXPORTS = {"network-compare-export", "audit-network-log-export"}
# Files that need two kept data versions, checked where those are made:
# tests/web/changes/test_a_second_data_version_shows_what_changed.py.
CHECKED_WITH_DATA_VERSIONS = {"changes-export"}
# Open data: public on purpose (downloads.public_file), checked public in
# tests/web/public/test_open_data*.py.
PUBLIC_OPEN_DATA = {"public-data-file", "public-data-instance-file"}


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


@pytest.fixture
def material(org_a, org_b, editor_a, admin_a, client_for) -> dict[str, list]:
    """The arguments of every file URL of organisation A (and of its network)."""
    with_document(LeadershipDecision(organisation=org_a, decided_on="2025-03-12", reference="§ 1"))
    decision = priority_decision(org_a)
    document = budget_document(org_a, editor_a)
    own_indicator(org_a, "Cykel", values={2024: 3.0})
    network = Network.objects.create(name="Nätverket")
    network.members.set([org_a, org_b])
    network.coordinators.add(admin_a)  # the network report is its coordinators'
    matrix, shared = matrix_of(organisation=org_a), matrix_of(network=network)
    client_for(editor_a).post(
        "/omraden/0180/nulagesanalys/frys/",
        {"label": "Beslutad i KS", "decided_on": "2025-03-12", "reference": "KS 2025/12"},
    )
    client_for(editor_a).post(
        "/omraden/0180/vlr/2026/frys/",
        {"label": "VLR 2026", "decided_on": "2026-06-15", "reference": "KF 2026/3"},
    )
    cycle = Cycle.objects.create(
        organisation=org_a,
        name="Tertial 1 2026",
        period_start="2026-01-01",
        period_end="2026-04-30",
        opens_on="2026-05-01",
        deadline="2026-05-20",
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
        "vlr-file": ["0180", 2026, "pdf"],
        "vlr-version-file": ["0180", VlrVersion.objects.get().pk, "docx"],
        "followup-cycle-file": ["0180", cycle.pk, "xlsx"],
        "followup-annual-file": ["0180", 2026, "docx"],
        "interactions-export": ["0180", matrix.pk, "lang", "csv"],
        "interactions-results-export": ["0180", matrix.pk, "xlsx"],
        "interactions-network-export": [network.pk, shared.pk, "bred", "xlsx"],
        "interactions-network-results-export": [network.pk, shared.pk, "csv"],
        "network-commitments-export": [network.pk, "xlsx"],
        "network-report-file": [network.pk, "docx"],
        "network-meeting-ics": [network.pk, meeting_of(network).pk],
        "dialogue-results-file": ["0180", dialogue_of(org_a, editor_a).pk, "xlsx"],
        "practices-attachment-file": [practice_attachment(org_a, editor_a).pk],
        "audit-log-export": ["0180", "csv"],
        "audit-sign-ins-export": ["0180", "xlsx"],
    }


def practice_attachment(organisation, editor) -> Attachment:
    """A file attached to a good example of the organisation (goda exempel)."""
    practice = Practice.objects.create(
        organisation=organisation, title="Skolgårdar", action="Gröna"
    )
    attachment = Attachment(practice=practice, filename="plan.txt", size=4, uploaded_by=editor)
    attachment.file.save("plan.txt", ContentFile(b"plan"))
    return attachment


def meeting_of(network) -> Meeting:
    starts = timezone.now() + timedelta(days=7)
    return Meeting.objects.create(network=network, title="Träff", starts_at=starts, ends_at=starts)


def dialogue_of(organisation, editor) -> Dialogue:
    """A medborgardialog with a question (its results file is the organisation's)."""
    now = timezone.now()
    dialogue = Dialogue.objects.create(
        organisation=organisation,
        title="Parkerna",
        created_by=editor,
        opens_at=now - timedelta(days=2),
        closes_at=now - timedelta(days=1),
    )
    Question.objects.create(dialogue=dialogue, kind=Kind.TEXT, text="Något mer?")
    return dialogue


def assert_private_file(response) -> None:
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Cache-Control"] == "private, no-store"


def test_every_file_route_is_checked(material):
    expected = set(material) | set(AREA_EXPORTS) | CHECKED_WITH_DATA_VERSIONS | PUBLIC_OPEN_DATA
    expected |= NETWORK_EXPORTS
    assert file_routes() == expected


def test_every_file_of_an_organisation_is_private(material, client_for, admin_a):
    client = client_for(admin_a)
    for name, args in material.items():
        assert_private_file(client.get(reverse(name, args=args)))


def test_every_file_of_the_area_analysis_is_private(kolada_sample, client_for, viewer_a):  # noqa: F811
    client = client_for(viewer_a)
    for name, args in AREA_EXPORTS.items():
        assert_private_file(client.get(reverse(name, args=args)))


def test_the_network_comparison_export_is_private(kolada_sample, client_for, viewer_a):  # noqa: F811
    network = Network.objects.create(name="Nätverket")
    network.members.set(["0180", "1480"])
    client = client_for(viewer_a)
    for fmt in ("csv", "xlsx"):
        assert_private_file(client.get(reverse("network-compare-export", args=[network.pk, fmt])))


def test_the_network_log_export_is_private(client_for, viewer_a):
    from tests.web.factories import make_user

    coordinator = make_user("sara_samordnare", "Sara", "Samordnare")
    network = Network.objects.create(name="Nätverket")
    network.coordinators.add(coordinator)
    client = client_for(coordinator)
    for fmt in ("csv", "xlsx"):
        assert_private_file(client.get(reverse("audit-network-log-export", args=[network.pk, fmt])))
