"""A member's own expectations page: its users read it, its editors and admins mark and
unmark what Styra cannot see; users of another organisation are refused."""

import pytest
from django.urls import reverse

from styra.web.network.models import ExpectationMark

from .conftest import DAY

PAGE = "/omraden/0180/natverk/forvantningar/"


def mark_url(expectation="change"):
    return reverse("network-org-expectation-mark", args=["0180", expectation])


def unmark_url(expectation="change"):
    return reverse("network-org-expectation-unmark", args=["0180", expectation])


def test_the_page_url():
    assert reverse("network-org-expectations", args=["0180"]) == PAGE


def test_an_editor_marks_an_expectation(client_for, editor_a, org_a, network_n):
    client = client_for(editor_a)
    assert mark_url() in client.get(PAGE).content.decode()
    response = client.post(mark_url(), {"done_on": "2025-03-12", "evidence": "Uppdrag i budgeten"})
    assert response.status_code == 302 and response["Location"] == PAGE
    mark = ExpectationMark.objects.get(organisation=org_a, expectation="change")
    assert (mark.done_on, mark.evidence, mark.marked_by) == (DAY, "Uppdrag i budgeten", editor_a)
    text = client.get(PAGE).content.decode()
    assert "Uppdrag i budgeten" in text and "Markerat av er" in text
    # The coordinator sees it in the matrix, with its date.
    matrix = client_for(network_n.coordinators.get()).get(
        reverse("network-commitments", args=[network_n.pk])
    )
    assert "Uppdrag i budgeten" in matrix.content.decode()
    assert "2025-03-12" in matrix.content.decode()


def test_changing_a_mark_keeps_one_row(client_for, editor_a, org_a):
    client = client_for(editor_a)
    client.post(mark_url(), {"done_on": "2025-03-12", "evidence": "Först"})
    client.post(mark_url(), {"done_on": "2025-04-01", "evidence": "Sedan"})
    assert list(ExpectationMark.objects.values_list("evidence", flat=True)) == ["Sedan"]


def test_a_mark_needs_its_evidence(client_for, editor_a):
    response = client_for(editor_a).post(mark_url(), {"done_on": "2025-03-12", "evidence": ""})
    assert response.status_code == 400
    assert not ExpectationMark.objects.exists()


def test_an_editor_unmarks(client_for, editor_a, org_a):
    ExpectationMark.objects.create(
        organisation=org_a, expectation="change", done_on=DAY, evidence="Uppdrag"
    )
    client = client_for(editor_a)
    assert "Uppdrag" in client.get(unmark_url()).content.decode()  # asks first
    assert ExpectationMark.objects.exists()
    response = client.post(unmark_url())
    assert response.status_code == 302
    assert not ExpectationMark.objects.exists()


def test_a_viewer_reads_but_cannot_mark(client_for, viewer_a, org_a):
    ExpectationMark.objects.create(
        organisation=org_a, expectation="change", done_on=DAY, evidence="Uppdrag"
    )
    client = client_for(viewer_a)
    text = client.get(PAGE).content.decode()
    assert "Uppdrag" in text and mark_url() not in text and unmark_url() not in text
    assert client.post(mark_url(), {"done_on": "2025-03-12", "evidence": "x"}).status_code == 403
    assert client.post(unmark_url()).status_code == 403
    assert ExpectationMark.objects.get().evidence == "Uppdrag"


def test_another_organisation_is_refused(client_for, editor_b, org_a):
    ExpectationMark.objects.create(
        organisation=org_a, expectation="change", done_on=DAY, evidence="Hemligt underlag"
    )
    client = client_for(editor_b)
    for response in (
        client.get(PAGE),
        client.post(mark_url(), {"done_on": "2025-03-12", "evidence": "x"}),
        client.post(unmark_url()),
    ):
        assert response.status_code == 403
        assert "Hemligt underlag" not in response.content.decode()
    assert ExpectationMark.objects.get().evidence == "Hemligt underlag"


def test_anonymous_visitors_are_sent_to_log_in(client_for, org_a):
    for url in (PAGE, mark_url(), unmark_url()):
        assert client_for(None).get(url).status_code == 302


@pytest.mark.parametrize("url", [mark_url("nothing"), unmark_url("nothing"), unmark_url("change")])
def test_an_unknown_expectation_or_mark_is_404(client_for, editor_a, url):
    assert client_for(editor_a).get(url).status_code == 404


def test_what_styra_sees_shows_as_done_without_a_mark(client_for, viewer_a, records_of_a):
    text = client_for(viewer_a).get(PAGE).content.decode()
    assert "Enligt Styra" in text and "Beslutad i KS" in text
    assert "Saknas" not in text


def test_a_mark_hidden_by_a_record_in_styra_can_still_be_removed(
    client_for, editor_a, org_a, records_of_a
):
    ExpectationMark.objects.create(
        organisation=org_a, expectation="nulage", done_on=DAY, evidence="Gammal markering"
    )
    text = client_for(editor_a).get(PAGE).content.decode()
    assert "er egen markering visas inte i nätverket" in text
    assert unmark_url("nulage") in text
    assert mark_url("priorities") not in text  # done in Styra, nothing to mark
