"""The commitments matrix and its export: coordinators and platform admins see every
member's row; a user of a member only its own; members of another network, users of no
member and anonymous visitors nothing."""

import pytest
from django.urls import reverse

SECRET = "Karin Kontakt"  # A's contact person, in A's row only


def page(network):
    return reverse("network-commitments", args=[network.pk])


def export(network, fmt="csv"):
    return reverse("network-commitments-export", args=[network.pk, fmt])


@pytest.mark.parametrize("who", ["coordinator", "platform_admin"])
def test_coordinators_and_platform_admins_see_every_row(
    request, client_for, who, network_n, records_of_a
):
    response = client_for(request.getfixturevalue(who)).get(page(network_n))
    assert response.status_code == 200
    text = response.content.decode()
    assert SECRET in text and "Region Kronoberg" in text
    assert "Du ser bara din egen organisations rad" not in text
    # The region's missing columns are said in words, not by colour only.
    assert "Region Kronoberg:</strong> Ledningsbeslut, Styrgrupp" in text
    assert reverse("network-report", args=[network_n.pk]) in text


def test_a_member_sees_its_own_row_and_a_note(client_for, editor_a, network_n, records_of_a):
    response = client_for(editor_a).get(page(network_n))
    assert response.status_code == 200
    text = response.content.decode()
    assert SECRET in text
    assert "Du ser bara din egen organisations rad" in text
    assert "Region Kronoberg:</strong>" not in text  # nothing said of the other member
    assert reverse("network-org-expectations", args=["0180"]) in text
    assert reverse("network-report", args=[network_n.pk]) not in text


@pytest.mark.parametrize("who", ["editor_b", "outsider"])
def test_others_are_refused(request, client_for, who, network_n, network_m, records_of_a):
    client = client_for(request.getfixturevalue(who))
    for url in (page(network_n), export(network_n)):
        response = client.get(url)
        assert response.status_code == 403
        assert SECRET not in response.content.decode()


def test_anonymous_visitors_are_sent_to_log_in(client_for, network_n):
    for url in (page(network_n), export(network_n)):
        response = client_for(None).get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts-login"))


def test_an_unknown_network_is_404(client_for, coordinator):
    assert client_for(coordinator).get("/natverk/999999/atagande/").status_code == 404


def test_the_export_has_every_row_for_the_coordinator(
    client_for, coordinator, network_n, records_of_a
):
    response = client_for(coordinator).get(export(network_n))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8-sig")
    assert "Stockholm;0180;Kommun;9" in text
    assert "Region Kronoberg;0007;Region;0" in text
    assert SECRET in text and "saknas" in text
    assert "Källa: Styra" in text


def test_the_export_of_a_member_has_only_its_own_row(client_for, editor_a, network_n, records_of_a):
    text = client_for(editor_a).get(export(network_n)).content.decode("utf-8-sig")
    assert "Stockholm;0180" in text and "Region Kronoberg" not in text


def test_the_excel_export_opens(client_for, coordinator, network_n, records_of_a):
    from io import BytesIO

    from openpyxl import load_workbook

    response = client_for(coordinator).get(export(network_n, "xlsx"))
    assert response.status_code == 200
    sheet = load_workbook(BytesIO(response.content)).active
    names = [row[0] for row in sheet.iter_rows(values_only=True)]
    assert "Stockholm" in names and "Region Kronoberg" in names


def test_an_unknown_format_is_404(client_for, coordinator, network_n):
    assert client_for(coordinator).get(export(network_n, "pdf")).status_code == 404
