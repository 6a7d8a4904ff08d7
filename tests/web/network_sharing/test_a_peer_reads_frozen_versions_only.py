"""A shared nulägesanalys is its frozen versions: a peer reads and compares them, never
the live document (it gathers material that may not be shared)."""

from django.urls import reverse

from styra.web.network.models import Section
from styra.web.reports.models import ReportVersion
from tests.web.network_sharing.conftest import share
from tests.web.reports.test_documents_without_data import EMPTY


def test_versions_yes_live_no(client_for, editor_b, org_a, network_n):
    older = ReportVersion.objects.create(organisation=org_a, label="KS mars", content=EMPTY)
    newer = ReportVersion.objects.create(organisation=org_a, label="KS maj", content=EMPTY)
    share(org_a, network_n, Section.NULAGE)
    peer = client_for(editor_b)
    assert peer.get(reverse("reports-version", args=[org_a.pk, newer.pk])).status_code == 200
    assert peer.get(reverse("reports-document", args=[org_a.pk])).status_code == 403
    assert peer.get(reverse("reports-file", args=[org_a.pk, "pdf"])).status_code == 403
    compare = reverse("reports-compare", args=[org_a.pk])
    page = peer.get(compare)
    assert page.status_code == 200 and 'value="nu"' not in page.content.decode()
    assert peer.get(f"{compare}?fran={older.pk}&till=nu").status_code == 400
    assert peer.get(f"{compare}?fran={older.pk}&till={newer.pk}").status_code == 200
