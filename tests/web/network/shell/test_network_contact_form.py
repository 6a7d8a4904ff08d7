"""The public network page: members' names and a contact form whose messages go to the
coordinators (fixed by the server), with the contact form's robot checks and receipt."""

import pytest
from django.core import mail
from django.db import IntegrityError, transaction
from django.urls import reverse

from styra.web.contact.models import ContactMessage
from styra.web.network.models import SectionShare
from tests.web.antispam_helpers import robot_check

VISITOR = {"name": "Vera", "email": "vera@example.org", "subject": "Fråga", "message": "Hej!"}


def send(client, network, **check):
    url = reverse("network-public", args=[network.pk])
    return client.post(url, {**VISITOR, **robot_check(client, **check)})


def test_the_public_page_shows_names_and_nothing_shared(client, network_n, org_a, antispam):
    SectionShare.objects.create(organisation=org_a, network=network_n, section="priorities")
    page = client.get(reverse("network-public", args=[network_n.pk])).content.decode()
    assert "Nätverk N" in page and "Stockholm" in page and "altcha" in page
    assert "Samordnarna för nätverket Nätverk N" in page  # the privacy notice
    assert "sam_samordnare@example.se" not in page and "Prioriteringar" not in page


def test_a_message_goes_to_the_coordinators_with_a_receipt(
    client, network_n, coordinator_n, antispam
):
    response = send(client, network_n)
    assert response.status_code == 302
    assert response.url == reverse("network-public-sent", args=[network_n.pk])
    message = ContactMessage.objects.get()
    assert message.network == network_n and message.organisation is None
    notification, receipt = mail.outbox
    assert notification.to == [coordinator_n.email] and notification.reply_to == [VISITOR["email"]]
    assert f"/natverk/{network_n.pk}/meddelanden/" in notification.body
    assert receipt.to == [VISITOR["email"]] and "samordnare" in receipt.body
    assert message.recipients == [coordinator_n.email]


def test_without_a_proof_of_work_nothing_is_stored(client, network_n, antispam):
    assert send(client, network_n, payload="").status_code == 400
    assert not ContactMessage.objects.exists() and mail.outbox == []


def test_coordinators_read_only_their_networks_messages(
    client_for, coordinator_n, network_n, network_m, org_a
):
    fields = {"name": "V", "email": "v@example.org", "message": "M"}
    ContactMessage.objects.create(network=network_n, subject="Till N", **fields)
    ContactMessage.objects.create(network=network_m, subject="Till M", **fields)
    ContactMessage.objects.create(organisation=org_a, subject="Till A", **fields)
    page = client_for(coordinator_n).get(reverse("network-messages", args=[network_n.pk]))
    html = page.content.decode()
    assert "Till N" in html and "Till M" not in html and "Till A" not in html


@pytest.mark.parametrize("to", [{}, {"both": True}])
def test_a_message_is_to_an_organisation_or_a_network(to, network_n, org_a):
    owners = {"organisation": org_a, "network": network_n} if to else {}
    with pytest.raises(IntegrityError), transaction.atomic():
        ContactMessage.objects.create(name="V", email="v@a.se", subject="S", message="M", **owners)
