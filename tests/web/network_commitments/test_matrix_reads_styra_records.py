"""The matrix from Styra's own records: each source makes its column done, with its date
and evidence; the member's mark fills what Styra cannot see; nothing known is missing."""

import datetime

from django.urls import reverse
from django.utils import timezone

from styra.network.commitments import COLUMNS, Source, Status
from styra.web.dialogue.models import Dialogue
from styra.web.network.commitments import matrix_for, organisation_row
from styra.web.network.models import ExpectationMark

from .conftest import DAY


def test_every_column_of_a_comes_from_styra(coordinator, network_n, records_of_a):
    row = matrix_for(coordinator, network_n).rows[0]
    assert row.name == "Stockholm"
    assert row.done == 9 and row.missing == []
    assert {cell.source for cell in row.cells} == {Source.STYRA}
    assert row.cell("decision").on == DAY
    assert row.cell("decision").evidence == "Kommunstyrelsen, KS 2025/1"
    assert row.cell("nulage").evidence == "Beslutad i KS"
    assert row.cell("priorities").evidence == "KF, KF § 9"
    assert row.cell("change").evidence == "1 åtgärd"
    assert row.cell("involve").evidence == "Vad är viktigast?, 1 svar"
    assert row.cell("followup").evidence == "Tertial 1 2025"
    assert row.cell("contact").evidence == "Karin Kontakt"


def test_a_coordinator_gets_no_links_to_pages_it_may_not_open(
    coordinator, editor_a, network_n, records_of_a
):
    assert all(not cell.link for cell in matrix_for(coordinator, network_n).rows[0].cells)
    own = organisation_row(editor_a, network_n.members.get(pk="0180"))
    assert own.cell("nulage").link == reverse("reports-versions", args=["0180"])
    assert own.cell("followup").link == reverse("followup-list", args=["0180"])


def test_a_dialogue_counts_only_once_closed_with_answers(org_a, coordinator, network_n):
    now = timezone.now()
    Dialogue.objects.create(
        organisation=org_a,
        title="Öppen",
        opens_at=now - datetime.timedelta(days=1),
        closes_at=now + datetime.timedelta(days=1),
    )
    Dialogue.objects.create(
        organisation=org_a,
        title="Stängd utan svar",
        opens_at=now - datetime.timedelta(days=9),
        closes_at=now - datetime.timedelta(days=1),
    )
    row = matrix_for(coordinator, network_n).rows[0]
    assert row.cell("involve").status == Status.MISSING


def test_a_mark_fills_what_styra_cannot_see(org_a, coordinator, network_n):
    ExpectationMark.objects.create(
        organisation=org_a, expectation="change", done_on=DAY, evidence="Uppdrag i budgeten"
    )
    row = matrix_for(coordinator, network_n).rows[0]
    cell = row.cell("change")
    assert (cell.status, cell.source, cell.on, cell.evidence) == (
        Status.DONE,
        Source.MARKED,
        DAY,
        "Uppdrag i budgeten",
    )
    assert row.missing == [c for c in COLUMNS if c != "change"]


def test_a_region_is_a_row_after_the_kommuner(coordinator, network_n):
    rows = matrix_for(coordinator, network_n).rows
    assert [(r.name, r.type) for r in rows] == [("Stockholm", "K"), ("Region Kronoberg", "L")]
    assert rows[1].missing == list(COLUMNS)


def test_a_member_sees_only_its_own_row_filled(editor_a, network_n, records_of_a):
    stockholm, region = matrix_for(editor_a, network_n).rows
    assert not stockholm.hidden and stockholm.done == 9
    assert region.hidden and {c.status for c in region.cells} == {Status.HIDDEN}
